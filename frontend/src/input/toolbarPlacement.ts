import type { Point, Rect } from '../render/geometry';
import { intersects } from '../render/visible';

export interface Size {
  readonly w: number;
  readonly h: number;
}

/** A selected arrow on screen: its line, and what the toolbar must leave visible around it (its ends, its label). */
export interface ArrowOnScreen {
  readonly from: Point;
  readonly to: Point;
  readonly keepClear: readonly Rect[];
}

/** Clear of the selection and its corner handles. */
const GAP = 14;
/** Kept from the stage's edges. */
const EDGE = 8;
/** How much worse covering the selection, or a container's title bar, is than covering a sticky by as much. */
const SELECTION_WEIGHT = 4;
const TITLE_WEIGHT = 2;

/** Centred just above the selection; below it when there is no room above; within the stage. */
export function aboveBox(box: Rect, size: Size, area: Size): Point {
  const x = clamp(box.x + box.w / 2 - size.w / 2, EDGE, area.w - size.w - EDGE);
  const above = box.y - GAP - size.h;
  const below = box.y + box.h + GAP;
  const y = above >= EDGE || below + size.h > area.h - EDGE ? Math.max(EDGE, above) : below;
  return { x: Math.round(x), y: Math.round(y) };
}

/**
 * Near the selection where it covers none of `others` (the stickies around it, on screen) nor `titleBars` (of the
 * cards and contexts around it): above, below, right, left, then the corners; where every place covers some, the
 * one covering least, a title bar counting more than a sticky. A click meant for a neighbour must never land on the
 * toolbar instead, and a container's name is how people find it and pick it.
 */
export function clearOf(box: Rect, size: Size, area: Size, others: readonly Rect[], titleBars: readonly Rect[] = []): Point {
  const first = aboveBox(box, size, area);
  const centred = { x: box.x + box.w / 2 - size.w / 2, y: box.y + box.h / 2 - size.h / 2 };
  const [left, right, up, down] = [box.x - GAP - size.w, box.x + box.w + GAP, box.y - GAP - size.h, box.y + box.h + GAP];
  const candidates: Point[] = [
    first, { x: first.x, y: down }, { x: right, y: centred.y }, { x: left, y: centred.y },
    { x: right, y: up }, { x: left, y: up }, { x: right, y: down }, { x: left, y: down },
  ].map((at) => ({ x: Math.round(clamp(at.x, EDGE, area.w - size.w - EDGE)), y: Math.round(clamp(at.y, EDGE, area.h - size.h - EDGE)) }));
  const covered = (at: Point): number => {
    const rect = { x: at.x, y: at.y, ...size };
    const weighed = (rects: readonly Rect[], weight: number): number => rects.reduce((sum, r) => sum + overlapArea(rect, r) * weight, 0);
    return weighed([box], SELECTION_WEIGHT) + weighed(titleBars, TITLE_WEIGHT) + weighed(others, 1);
  };
  let best = candidates[0]!;
  let least = covered(best);
  for (const at of candidates.slice(1)) {
    if (least === 0) break;
    const c = covered(at);
    if (c < least) [best, least] = [at, c];
  }
  return best;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Beside an arrow's middle, on the first side (below, above, right, left, then the corners between) where it
 * covers neither the line nor what is to be kept clear; below the middle if no side is free.
 */
export function besideArrow(arrow: ArrowOnScreen, size: Size, area: Size): Point {
  const m = { x: (arrow.from.x + arrow.to.x) / 2, y: (arrow.from.y + arrow.to.y) / 2 };
  const centred = { x: m.x - size.w / 2, y: m.y - size.h / 2 };
  const [left, right, up, down] = [m.x - GAP - size.w, m.x + GAP, m.y - GAP - size.h, m.y + GAP];
  const candidates: Point[] = [
    { x: centred.x, y: down }, { x: centred.x, y: up }, { x: right, y: centred.y }, { x: left, y: centred.y },
    { x: right, y: down }, { x: left, y: down }, { x: right, y: up }, { x: left, y: up },
  ];
  const free = candidates.find((at) => {
    const rect = { x: at.x, y: at.y, ...size };
    return inside(rect, area) && !crosses(rect, arrow.from, arrow.to) && !arrow.keepClear.some((r) => intersects(rect, r));
  });
  const at = free ?? candidates[0]!;
  return { x: Math.round(clamp(at.x, EDGE, area.w - size.w - EDGE)), y: Math.round(clamp(at.y, EDGE, area.h - size.h - EDGE)) };
}

function inside(rect: Rect, area: Size): boolean {
  return rect.x >= EDGE && rect.y >= EDGE && rect.x + rect.w <= area.w - EDGE && rect.y + rect.h <= area.h - EDGE;
}

/** Whether the segment a–b passes through the rectangle (Liang–Barsky clipping). */
export function crosses(rect: Rect, a: Point, b: Point): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let [t0, t1] = [0, 1];
  const edges: [number, number][] = [[-dx, a.x - rect.x], [dx, rect.x + rect.w - a.x], [-dy, a.y - rect.y], [dy, rect.y + rect.h - a.y]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}
