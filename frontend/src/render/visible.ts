import type { Viewport } from '../canvas/viewport';
import { arrowPoints, type Rect } from './geometry';

/** The part of the wall a `width` × `height` screen shows, grown by `margin` screen pixels on every side. */
export function visibleWorld(viewport: Viewport, width: number, height: number, margin = 0): Rect {
  const m = margin / viewport.scale;
  return {
    x: -viewport.x / viewport.scale - m,
    y: -viewport.y / viewport.scale - m,
    w: width / viewport.scale + 2 * m,
    h: height / viewport.scale + 2 * m,
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

/** The smallest rectangle holding every one of `rects`, or null for none. */
export function bounds(rects: Iterable<Rect>): Rect | null {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.w);
    bottom = Math.max(bottom, r.y + r.h);
  }
  return left === Infinity ? null : { x: left, y: top, w: right - left, h: bottom - top };
}

/** The rectangle two screen or wall points span, whichever way the pointer went. */
export function spanned(a: { x: number; y: number }, b: { x: number; y: number }): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/** The box around an arrow drawn between two elements, for deciding whether it is on screen. */
export function arrowBox(from: Rect, to: Rect): Rect {
  const [x1, y1, x2, y2] = arrowPoints(from, to);
  return spanned({ x: x1, y: y1 }, { x: x2, y: y2 });
}

/** How far `p` is from the segment a–b. */
export function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
