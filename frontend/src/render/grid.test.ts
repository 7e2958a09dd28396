import { describe, expect, it } from 'vitest';
import { gridLines } from './grid';

describe('gridLines', () => {
  it('covers the visible area up to its edges', () => {
    const grid = gridLines({ x: 0, y: 0, scale: 1 }, 200, 70);
    expect(grid.xs).toEqual([0, 40, 80, 120, 160, 200]);
    expect(grid.ys).toEqual([0, 40, 80]);
  });

  it('follows a pan', () => {
    const grid = gridLines({ x: -50, y: 0, scale: 1 }, 100, 10);
    expect(grid.xs[0]).toBe(40);
    expect(grid.xs.at(-1)).toBe(160);
  });

  it('reaches the far edges when zoomed', () => {
    const grid = gridLines({ x: 0, y: 0, scale: 1.35 }, 1280, 750);
    expect((grid.xs.at(-1) ?? 0) * 1.35).toBeGreaterThanOrEqual(1280);
    expect((grid.ys.at(-1) ?? 0) * 1.35).toBeGreaterThanOrEqual(750);
  });

  it('thins out when zoomed out, keeping the line count bounded', () => {
    const grid = gridLines({ x: 0, y: 0, scale: 0.1 }, 1000, 1000);
    expect(grid.step).toBe(160);
    expect(grid.xs.length).toBeLessThanOrEqual(1000 / 16 + 2);
  });
});
