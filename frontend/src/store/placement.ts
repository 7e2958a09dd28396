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

/** What Tab (or Shift+Tab) does from an event: open the next one along its row, or make one there. */
export type TimelineStep = { readonly edit: string } | { readonly create: Point };

/**
 * The next event along a timeline from `from`, to the right (or, `backwards`, to the left): the nearest event on
 * the same row (overlapping its height) whose near edge is within a sticky's width; if there is none, a new event
 * goes there, 20 units away, level with it. So Tab walks along a row already written instead of piling new events
 * onto it, and Shift+Tab goes back.
 */
export function alongTimeline(from: WireElement, view: ReadonlyMap<string, WireElement>, backwards = false): TimelineStep {
  const sameRow = (e: WireElement): boolean => e.y < from.y + from.h && from.y < e.y + e.h;
  const distance = (e: WireElement): number => (backwards ? from.x - (e.x + e.w) : e.x - (from.x + from.w));
  let nearest: WireElement | null = null;
  for (const e of view.values()) {
    if (e.id === from.id || e.kind !== 'event' || !sameRow(e)) continue;
    const d = distance(e);
    // overlapping stickies (d < 0) count only when they lie mostly on that side
    if (d > from.w || (backwards ? e.x >= from.x : e.x <= from.x)) continue;
    if (!nearest || Math.abs(d) < Math.abs(distance(nearest))) nearest = e;
  }
  if (nearest) return { edit: nearest.id };
  const x = backwards ? from.x - GAP - from.w / 2 : from.x + from.w + GAP + from.w / 2;
  return { create: { x, y: from.y + from.h / 2 } };
}
