import type { Viewport } from '../canvas/viewport';

/** World spacing of the grid; lines get sparser when zoomed out so the grid stays a subtle texture. */
const BASE_STEP = 40;
const MIN_SCREEN_STEP = 16;

export interface GridLines {
  readonly step: number;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** The world coordinates of grid lines covering a `width` × `height` screen, edges included. */
export function gridLines(viewport: Viewport, width: number, height: number): GridLines {
  let step = BASE_STEP;
  while (step * viewport.scale < MIN_SCREEN_STEP) step *= 2;
  const left = (0 - viewport.x) / viewport.scale;
  const top = (0 - viewport.y) / viewport.scale;
  return {
    step,
    xs: range(left, left + width / viewport.scale, step),
    ys: range(top, top + height / viewport.scale, step),
  };
}

/** Multiples of `step` from the last one at or before `from` to the first one at or after `to`. */
function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  const last = Math.ceil(to / step) * step;
  for (let v = Math.floor(from / step) * step; v <= last; v += step) values.push(v);
  return values;
}
