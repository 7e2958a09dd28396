import { describe, expect, it } from 'vitest';
import { minimapScale } from './minimap';

describe('the minimap', () => {
  it('fits the whole wall, centred, at one scale', () => {
    const map = minimapScale({ x: -1000, y: 0, w: 4000, h: 1000 }, 200, 130);
    expect(map.scale).toBeCloseTo(188 / 4000);
    // the wall's middle lands in the minimap's middle
    expect(map.x + 1000 * map.scale).toBeCloseTo(100);
    expect(map.y + 500 * map.scale).toBeCloseTo(65);
  });
});
