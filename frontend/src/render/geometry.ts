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
    if (wrappedLines(text, width, size) * size * LINE_HEIGHT <= height) return size;
  }
  return min;
}

function wrappedLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let current = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      // a word longer than a line is broken across lines
      for (let rest = word.length; rest > 0; rest -= perLine) {
        const piece = Math.min(rest, perLine);
        if (current > 0 && current + 1 + piece > perLine) {
          lines++;
          current = piece;
        } else {
          current += (current > 0 ? 1 : 0) + piece;
        }
      }
    }
  }
  return lines;
}
