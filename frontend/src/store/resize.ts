import type { Point, Rect } from '../render/geometry';
import type { ElementKind, ElementPatch, Op, WireElement } from '../sync/protocol';

/**
 * The smallest size each resizable kind may take: small enough to tidy a wall, large enough that the kind's label
 * and a line of text stay readable. Kinds not listed (actors, arrows) keep their size.
 */
export const MIN_SIZE: Partial<Record<ElementKind, { w: number; h: number }>> = {
  event: { w: 100, h: 70 },
  command: { w: 100, h: 70 },
  policy: { w: 100, h: 70 },
  readModel: { w: 100, h: 70 },
  hotspot: { w: 100, h: 70 },
  externalSystem: { w: 100, h: 70 },
  aggregate: { w: 160, h: 100 },
  boundary: { w: 240, h: 160 },
};

/** The corner a resize handle sits on: north-west, north-east, south-west, south-east. */
export type Corner = 'nw' | 'ne' | 'sw' | 'se';

export const CORNERS: readonly Corner[] = ['nw', 'ne', 'sw', 'se'];

/** Where a corner of the rectangle is. */
export function cornerOf(r: Rect, corner: Corner): Point {
  return { x: corner.endsWith('w') ? r.x : r.x + r.w, y: corner.startsWith('n') ? r.y : r.y + r.h };
}

/**
 * The rectangle an element takes when its `corner` is dragged to `to`: the opposite corner stays where it is, also
 * when the kind's minimum stops the drag (the dragged corner then stops short instead of pushing the element away).
 */
export function resizedRect(element: WireElement, corner: Corner, to: Point): Rect {
  const min = MIN_SIZE[element.kind];
  if (!min) return { x: element.x, y: element.y, w: element.w, h: element.h };
  const [x, w] = span(element.x, element.w, to.x, corner.endsWith('w'), min.w);
  const [y, h] = span(element.y, element.h, to.y, corner.startsWith('n'), min.h);
  return { x, y, w, h };
}

/** One axis of a resize: the new start and size when the start (or else the end) edge is dragged to `at`. */
function span(start: number, size: number, at: number, movesStart: boolean, min: number): [number, number] {
  const end = start + size;
  if (!movesStart) return [start, Math.round(Math.max(min, at - start))];
  const length = Math.round(Math.max(min, end - at));
  return [end - length, length];
}

/**
 * The edit that gives an element a new place and size (`rect`, from `resizedRect`, which holds the kind's minimum):
 * only the fields that change, none for kinds that keep their size or when nothing changes.
 */
export function resizeOps(element: WireElement, rect: Rect): Op[] {
  if (!MIN_SIZE[element.kind]) return [];
  const set: Record<string, number> = {};
  for (const field of ['x', 'y', 'w', 'h'] as const) {
    const value = Math.round(rect[field]);
    if (value !== element[field]) set[field] = value;
  }
  return Object.keys(set).length === 0 ? [] : [{ op: 'update', id: element.id, set: set as ElementPatch }];
}
