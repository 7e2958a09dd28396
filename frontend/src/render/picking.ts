import type { Point, Rect } from './geometry';
import type { WireElement } from '../sync/protocol';

/** A container's title bar is never thinner than this on the wall, nor its name smaller than this on screen. */
const TITLE_MIN = 32;
const TITLE_MAX = 72;
const TITLE_SCREEN_PX = 22;

export function isContainer(element: WireElement): boolean {
  return element.kind === 'boundary' || element.kind === 'aggregate';
}

/**
 * How tall a container's title bar is at this zoom, in wall units: it grows as the wall is zoomed out, so the name
 * keeps a readable size on screen, up to a limit (and never more than a third of the container).
 */
export function titleHeight(container: Rect, scale: number): number {
  return Math.min(Math.max(TITLE_MIN, TITLE_SCREEN_PX / scale), TITLE_MAX, container.h / 3);
}

/** The title bar along a container's top edge: the part of it that is always on top of what it holds. */
export function titleBar(container: Rect, scale: number): Rect {
  return { x: container.x, y: container.y, w: container.w, h: titleHeight(container, scale) };
}

function inside(point: Point, r: Rect): boolean {
  return point.x >= r.x && point.x <= r.x + r.w && point.y >= r.y && point.y <= r.y + r.h;
}

/**
 * The topmost sticky, card or context under a wall point, as the wall is painted: containers' title bars over
 * everything but arrows, then stickies, cards and contexts by layer and z (`ordered` is in drawing order). A
 * container is picked by its title bar, or by its empty area where nothing lies above it.
 */
export function pickAt(point: Point, ordered: readonly WireElement[], scale: number, placed: (e: WireElement) => WireElement = (e) => e): WireElement | null {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const e = ordered[i]!;
    if (isContainer(e) && inside(point, titleBar(placed(e), scale))) return e;
  }
  for (let i = ordered.length - 1; i >= 0; i--) {
    const e = ordered[i]!;
    if (e.kind !== 'arrow' && inside(point, placed(e))) return e;
  }
  return null;
}
