import type { Point, Rect } from '../render/geometry';
import { intersects } from '../render/visible';
import type { WireElement } from '../sync/protocol';

/** Space kept between a new sticky and its neighbours. */
const GAP = 20;
/** How far (in steps of a quarter sticky) the search goes from the middle of the view. */
const REACH = 16;

/**
 * Where a new sticky of `size` goes, centred near `at` (the middle of the view): the nearest place where it covers
 * no other sticky or card and keeps a little gap, within `within` (the part of the wall on screen). Bounded contexts
 * are not in the way: a sticky is meant to lie inside them. Returns the sticky's top-left corner; when the view is
 * full, the middle of the view after all.
 */
export function freeSpot(at: Point, size: { w: number; h: number }, view: ReadonlyMap<string, WireElement>, within: Rect): Point {
  const area = { x: within.x - size.w, y: within.y - size.h, w: within.w + 2 * size.w, h: within.h + 2 * size.h };
  const obstacles: Rect[] = [];
  for (const e of view.values()) {
    if (e.kind !== 'arrow' && e.kind !== 'boundary' && intersects(e, area)) obstacles.push(e);
  }
  const step = { x: (size.w + GAP) / 4, y: (size.h + GAP) / 4 };
  const offsets: Point[] = [];
  for (let i = -REACH; i <= REACH; i++) for (let j = -REACH; j <= REACH; j++) offsets.push({ x: i * step.x, y: j * step.y });
  offsets.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y) || a.y - b.y || a.x - b.x);
  const centred = { x: Math.round(at.x - size.w / 2), y: Math.round(at.y - size.h / 2) };
  for (const o of offsets) {
    const spot = { x: Math.round(centred.x + o.x), y: Math.round(centred.y + o.y) };
    const padded = { x: spot.x - GAP / 2, y: spot.y - GAP / 2, w: size.w + GAP, h: size.h + GAP };
    const onScreen = spot.x >= within.x && spot.y >= within.y && spot.x + size.w <= within.x + within.w && spot.y + size.h <= within.y + within.h;
    if (onScreen && !obstacles.some((r) => overlaps(padded, r))) return spot;
  }
  return centred;
}

/** Overlapping by more than touching edges. */
function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
