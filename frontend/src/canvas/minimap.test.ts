import { describe, expect, it } from 'vitest';
import { minimapScale, placing } from './minimap';

describe('the minimap', () => {
  it('fits the whole wall, centred, at one scale', () => {
    const map = minimapScale({ x: -1000, y: 0, w: 4000, h: 1000 }, 200, 130);
    expect(map.scale).toBeCloseTo(188 / 4000);
    // the wall's middle lands in the minimap's middle
    expect(map.x + 1000 * map.scale).toBeCloseTo(100);
    expect(map.y + 500 * map.scale).toBeCloseTo(65);
  });

  it('places the picture painted for the wall alone where the wall is on a map that also holds the view', () => {
    const wall = { x: 0, y: 0, w: 4000, h: 1000 };
    const painted = minimapScale(wall, 200, 130);
    const shown = minimapScale({ x: -2000, y: 0, w: 6000, h: 1000 }, 200, 130);
    const at = placing(painted, shown, 200, 130);
    // a wall point lands on the same minimap pixel whether painted at once on the shown map or placed from the picture
    for (const p of [{ x: 0, y: 0 }, { x: 4000, y: 1000 }, { x: 1234, y: 567 }]) {
      const inPicture = { x: p.x * painted.scale + painted.x, y: p.y * painted.scale + painted.y };
      const placed = { x: at.x + (inPicture.x * at.w) / 200, y: at.y + (inPicture.y * at.h) / 130 };
      expect(placed.x).toBeCloseTo(p.x * shown.scale + shown.x);
      expect(placed.y).toBeCloseTo(p.y * shown.scale + shown.y);
    }
  });
});
