import { wrapText } from './textLayout';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export function centre(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/** Where the line from the rectangle's centre towards `target` leaves the rectangle. */
export function edgePoint(r: Rect, target: Point): Point {
  const c = centre(r);
  const dx = target.x - c.x;
  const dy = target.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(dx === 0 ? Infinity : r.w / 2 / Math.abs(dx), dy === 0 ? Infinity : r.h / 2 / Math.abs(dy));
  return { x: c.x + dx * Math.min(scale, 1), y: c.y + dy * Math.min(scale, 1) };
}

/** An arrow from one element's edge to the other's, so its head stays visible whatever the sizes. */
export function arrowPoints(from: Rect, to: Rect): [number, number, number, number] {
  const start = edgePoint(from, centre(to));
  const end = edgePoint(to, centre(from));
  return [start.x, start.y, end.x, end.y];
}

const CHAR_WIDTH = 0.56;
/** Line spacing of sticky text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

/**
 * The largest font size (from `max` down to `min`) at which `text`, wrapped at word boundaries, fits in the box:
 * a sticky with much to say writes smaller rather than spilling over.
 */
export function fitFontSize(text: string, width: number, height: number, max = 20, min = 9): number {
  for (let size = max; size > min; size--) {
    const room = Math.floor(height / (size * LINE_HEIGHT));
    // the wrapping the sticky is written with, measured by an average letter: no canvas is needed to choose a size
    const estimate = (line: string): number => line.length * size * CHAR_WIDTH;
    if (room > 0 && wrapText(text, width, room + 1, estimate).length <= room) return size;
  }
  return min;
}
