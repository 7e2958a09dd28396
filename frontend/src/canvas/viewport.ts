/**
 * Where the wall sits on screen: a screen point is `world * scale + (x, y)`.
 * Kept as plain values so pan and zoom are pure, testable arithmetic.
 */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;

export const INITIAL_VIEWPORT: Viewport = { x: 0, y: 0, scale: 1 };

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function toWorld(viewport: Viewport, screen: Point): Point {
  return { x: (screen.x - viewport.x) / viewport.scale, y: (screen.y - viewport.y) / viewport.scale };
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}

/** Zooms by `factor` keeping the world point under `anchor` (a screen point) where it is. */
export function zoomAt(viewport: Viewport, anchor: Point, factor: number): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const world = toWorld(viewport, anchor);
  return { scale, x: anchor.x - world.x * scale, y: anchor.y - world.y * scale };
}

/** Wheel deltas to a zoom factor: one notch of a mouse wheel (~100) is about 10%. */
export function wheelZoomFactor(deltaY: number): number {
  return Math.exp(-deltaY / 1000);
}

/**
 * The viewport showing all of `world` as large as the screen allows (with a margin), centred, within the zoom
 * limits and never above 100 %: a few stickies blown up to fill the screen only look broken.
 */
export function fitting(world: { x: number; y: number; w: number; h: number }, width: number, height: number, margin = 40): Viewport {
  const scale = clampScale(Math.min((width - 2 * margin) / Math.max(1, world.w), (height - 2 * margin) / Math.max(1, world.h), 1));
  return { scale, x: width / 2 - (world.x + world.w / 2) * scale, y: height / 2 - (world.y + world.h / 2) * scale };
}

/**
 * The viewport that shows all of `area` (another screen's view of the wall) on a screen of this size, centred, as
 * large as it fits: on a screen of another shape the same part of the wall is seen, with some more around it.
 */
export function showing(area: { x: number; y: number; w: number; h: number }, width: number, height: number): Viewport {
  const scale = clampScale(Math.min(width / Math.max(1, area.w), height / Math.max(1, area.h)));
  return { scale, x: width / 2 - (area.x + area.w / 2) * scale, y: height / 2 - (area.y + area.h / 2) * scale };
}
