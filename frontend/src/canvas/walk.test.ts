import { describe, expect, it } from 'vitest';
import { FULL_SCALE } from '../render/detail';
import { walk, walkStops, WALK_MAX_SCALE } from './walk';
import type { Viewport } from './viewport';

/** The wall's x range a view shows on a screen this wide. */
const shown = (v: Viewport, width: number): [number, number] => [-v.x / v.scale, (width - v.x) / v.scale];

describe('walking the wall', () => {
  // a timeline of 18 events, 220 apart, and a row of commands under it
  const wall = { x: 0, y: 0, w: 18 * 220, h: 300 };

  it('stops left to right at a readable zoom, covering the whole wall with overlap', () => {
    const stops = walkStops(wall, 1280, 700);
    expect(stops.length).toBeGreaterThan(1);
    for (const s of stops) expect(s.scale).toBeGreaterThanOrEqual(FULL_SCALE);
    const ranges = stops.map((s) => shown(s, 1280));
    expect(ranges[0]![0]).toBeLessThanOrEqual(wall.x);
    expect(ranges.at(-1)![1]).toBeGreaterThanOrEqual(wall.x + wall.w);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![0]);
      // each view overlaps the one before: nothing falls between two steps
      expect(ranges[i]![0]).toBeLessThan(ranges[i - 1]![1] - 100);
    }
  });

  it('shows a small wall at once, at a readable zoom', () => {
    const stops = walkStops({ x: 100, y: 100, w: 400, h: 100 }, 1280, 700);
    expect(stops).toHaveLength(1);
    expect(stops[0]!.scale).toBe(WALK_MAX_SCALE);
  });

  it('walks a tall wall along its middle at the full level of detail', () => {
    const stops = walkStops({ x: 0, y: 0, w: 5000, h: 5000 }, 1280, 700);
    expect(stops[0]!.scale).toBe(FULL_SCALE);
    expect((350 - stops[0]!.y) / stops[0]!.scale).toBeCloseTo(2500);
  });

  it('steps from a stop to its neighbours and stays at the ends', () => {
    const stops = walkStops(wall, 1280, 700);
    expect(walk(stops, stops[0]!, 1280, 'next')).toEqual(stops[1]);
    expect(walk(stops, stops[1]!, 1280, 'previous')).toEqual(stops[0]);
    expect(walk(stops, stops[0]!, 1280, 'previous')).toEqual(stops[0]);
    expect(walk(stops, stops.at(-1)!, 1280, 'next')).toEqual(stops.at(-1));
    expect(walk(stops, { x: 0, y: 0, scale: 0.2 }, 1280, 'last')).toEqual(stops.at(-1));
    expect(walk(stops, { x: 0, y: 0, scale: 0.2 }, 1280, 'first')).toEqual(stops[0]);
  });

  it('starts where one is looking', () => {
    const stops = walkStops(wall, 1280, 700);
    // zoomed out over the right end of the wall
    const overRightEnd = { scale: 0.3, x: 640 - (wall.w - 200) * 0.3, y: 0 };
    expect(walk(stops, overRightEnd, 1280, 'next')).toEqual(stops.at(-1));
  });

  it('starts at the end it walks from when the whole wall is in view', () => {
    const stops = walkStops(wall, 1280, 700);
    const whole = { scale: 0.25, x: 640 - (wall.w / 2) * 0.25, y: 0 };
    expect(shown(whole, 1280)[0]).toBeLessThan(0);
    expect(walk(stops, whole, 1280, 'next')).toEqual(stops[0]);
    expect(walk(stops, whole, 1280, 'previous')).toEqual(stops.at(-1));
  });
});
