import { describe, expect, it } from 'vitest';
import { arrowBox, bounds, contains, distanceToSegment, intersects, spanned, visibleWorld } from './visible';

describe('what is on screen', () => {
  it('turns the screen into a wall rectangle, margin included', () => {
    expect(visibleWorld({ x: -100, y: 50, scale: 2 }, 800, 600)).toEqual({ x: 50, y: -25, w: 400, h: 300 });
    expect(visibleWorld({ x: 0, y: 0, scale: 0.5 }, 100, 100, 10)).toEqual({ x: -20, y: -20, w: 240, h: 240 });
  });

  it('tells overlapping rectangles from separate ones, touching edges counting as overlap', () => {
    const a = { x: 0, y: 0, w: 100, h: 100 };
    expect(intersects(a, { x: 50, y: 50, w: 100, h: 100 })).toBe(true);
    expect(intersects(a, { x: 100, y: 0, w: 10, h: 10 })).toBe(true);
    expect(intersects(a, { x: 101, y: 0, w: 10, h: 10 })).toBe(false);
    expect(intersects(a, { x: 0, y: -20, w: 10, h: 10 })).toBe(false);
  });

  it('contains only what lies wholly inside', () => {
    const outer = { x: 0, y: 0, w: 100, h: 100 };
    expect(contains(outer, { x: 10, y: 10, w: 90, h: 90 })).toBe(true);
    expect(contains(outer, { x: 10, y: 10, w: 91, h: 10 })).toBe(false);
  });

  it('bounds several rectangles, and nothing when there are none', () => {
    expect(bounds([{ x: 10, y: 20, w: 5, h: 5 }, { x: -10, y: 0, w: 100, h: 10 }])).toEqual({ x: -10, y: 0, w: 100, h: 25 });
    expect(bounds([])).toBeNull();
  });

  it('spans a rectangle whichever way the pointer moved', () => {
    expect(spanned({ x: 50, y: 10 }, { x: 20, y: 40 })).toEqual({ x: 20, y: 10, w: 30, h: 30 });
  });

  it('boxes an arrow between the edges of its ends', () => {
    expect(arrowBox({ x: 0, y: 0, w: 100, h: 100 }, { x: 300, y: 0, w: 100, h: 100 })).toEqual({ x: 100, y: 50, w: 200, h: 0 });
  });

  it('measures the distance to a segment, beyond its ends too', () => {
    expect(distanceToSegment({ x: 50, y: 10 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toBe(10);
    expect(distanceToSegment({ x: 103, y: 4 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });
});
