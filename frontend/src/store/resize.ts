import type { ElementKind, Op, WireElement } from '../sync/protocol';

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

/** The edit that gives an element a new size, kept at or above its kind's minimum; none if nothing changes. */
export function resizeOps(element: WireElement, w: number, h: number): Op[] {
  const min = MIN_SIZE[element.kind];
  if (!min) return [];
  const size = { w: Math.round(Math.max(min.w, w)), h: Math.round(Math.max(min.h, h)) };
  return size.w === element.w && size.h === element.h ? [] : [{ op: 'update', id: element.id, set: size }];
}
