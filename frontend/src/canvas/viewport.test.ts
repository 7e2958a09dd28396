import { describe, expect, it } from 'vitest';
import { INITIAL_VIEWPORT, MAX_SCALE, MIN_SCALE, panBy, toWorld, wheelZoomFactor, zoomAt } from './viewport';

describe('viewport', () => {
  it('keeps the point under the cursor fixed while zooming', () => {
    const start = panBy(INITIAL_VIEWPORT, 120, -40);
    const anchor = { x: 300, y: 200 };
    const before = toWorld(start, anchor);
    const zoomed = zoomAt(start, anchor, 2.5);
    const after = toWorld(zoomed, anchor);
    expect(zoomed.scale).toBe(2.5);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('never zooms beyond 10%–400%', () => {
    const anchor = { x: 0, y: 0 };
    expect(zoomAt(INITIAL_VIEWPORT, anchor, 100).scale).toBe(MAX_SCALE);
    expect(zoomAt(INITIAL_VIEWPORT, anchor, 0.001).scale).toBe(MIN_SCALE);
  });

  it('zooms in on wheel up and out on wheel down', () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(0)).toBe(1);
  });
});
