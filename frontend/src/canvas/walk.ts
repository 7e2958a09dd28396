import type { Rect } from '../render/geometry';
import { FULL_SCALE } from '../render/detail';
import type { Viewport } from './viewport';

/**
 * Walking the wall: the zoom is never below the one where stickies are drawn as they are, nor above 75 %, where text
 * is well readable and a screen still holds seven or eight events of a timeline.
 */
export const WALK_MAX_SCALE = 0.75;
/** How much of the screen one step moves on: the rest stays, so a sticky cut at the edge is seen whole next. */
const STEP = 0.75;
const MARGIN = 40;

export type WalkStep = 'next' | 'previous' | 'first' | 'last';

/**
 * The views a walk along the wall stops at, left to right, at a readable zoom: as large as shows the wall's whole
 * height, but never smaller than the full level of detail (a tall wall is then walked along its middle).
 */
export function walkStops(wall: Rect, width: number, height: number): Viewport[] {
  const scale = Math.min(WALK_MAX_SCALE, Math.max(FULL_SCALE, (height - 2 * MARGIN) / Math.max(1, wall.h)));
  const seen = width / scale;
  const y = height / 2 - (wall.y + wall.h / 2) * scale;
  const from = wall.x - MARGIN / scale;
  const to = wall.x + wall.w + MARGIN / scale - seen;
  const stop = (left: number): Viewport => ({ scale, x: -left * scale, y });
  if (to <= from) return [stop(wall.x + wall.w / 2 - seen / 2)];
  const count = Math.ceil((to - from) / (seen * STEP)) + 1;
  return Array.from({ length: count }, (_, i) => stop(from + ((to - from) * i) / (count - 1)));
}

/**
 * Where one step of the walk goes from the current view: from a stop to its neighbour; from a view of the whole
 * wall (as a wall first opens) to the end it walks from; from anywhere else first to the stop nearest the middle of
 * the screen (so the walk starts where one is looking), or to either end.
 */
export function walk(stops: readonly Viewport[], current: Viewport, width: number, step: WalkStep): Viewport {
  if (stops.length === 0) return current;
  const left = (v: Viewport): number => -v.x / v.scale;
  const right = (v: Viewport): number => (width - v.x) / v.scale;
  const whole = left(current) <= left(stops[0]!) && right(current) >= right(stops.at(-1)!);
  if (step === 'first' || (step === 'next' && whole)) return stops[0]!;
  if (step === 'last' || (step === 'previous' && whole)) return stops.at(-1)!;
  const at = stops.findIndex((s) => Math.abs(s.scale - current.scale) < 1e-6 && Math.abs(s.x - current.x) < 1 && Math.abs(s.y - current.y) < 1);
  if (at >= 0) return stops[Math.max(0, Math.min(stops.length - 1, at + (step === 'next' ? 1 : -1)))]!;
  const middle = (v: Viewport): number => (width / 2 - v.x) / v.scale;
  const here = middle(current);
  let nearest = 0;
  stops.forEach((s, i) => {
    if (Math.abs(middle(s) - here) < Math.abs(middle(stops[nearest]!) - here)) nearest = i;
  });
  return stops[nearest]!;
}
