import { describe, expect, it } from 'vitest';
import { fitting, INITIAL_VIEWPORT, MAX_SCALE, MIN_SCALE, panBy, showing, toWorld, wheelZoomFactor, zoomAt } from './viewport';

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

  it('fits a rectangle to the screen, centred and within the zoom limits', () => {
    const fit = fitting({ x: 1000, y: 500, w: 2000, h: 1000 }, 1040, 580);
    expect(fit.scale).toBeCloseTo(0.48);
    expect(toWorld(fit, { x: 520, y: 290 })).toEqual({ x: 2000, y: 1000 });
    expect(fitting({ x: 0, y: 0, w: 10, h: 10 }, 1000, 1000).scale).toBe(1);
    expect(fitting({ x: 0, y: 0, w: 1e6, h: 1e6 }, 1000, 1000).scale).toBe(MIN_SCALE);
  });
});

describe('showing another screen\'s view', () => {
  it('shows all of it, centred, on a screen of another shape', () => {
    const v = showing({ x: 100, y: 50, w: 1600, h: 900 }, 800, 800);
    expect(v.scale).toBeCloseTo(0.5);
    // the area's centre (900, 500) is the screen's centre
    expect(900 * v.scale + v.x).toBeCloseTo(400);
    expect(500 * v.scale + v.y).toBeCloseTo(400);
  });

  it('is exact on a screen of the same size', () => {
    expect(showing({ x: -200, y: 100, w: 1280, h: 720 }, 1280, 720)).toEqual({ scale: 1, x: 200, y: -100 });
  });
});
