import { describe, expect, it } from 'vitest';
import { arrowPoints, edgePoint, fitFontSize } from './geometry';

describe('geometry', () => {
  const box = { x: 0, y: 0, w: 100, h: 50 };

  it.each([
    [{ x: 500, y: 25 }, { x: 100, y: 25 }],
    [{ x: -500, y: 25 }, { x: 0, y: 25 }],
    [{ x: 50, y: 500 }, { x: 50, y: 50 }],
    [{ x: 150, y: 75 }, { x: 100, y: 50 }],
    [{ x: 60, y: 30 }, { x: 60, y: 30 }],
  ])('leaves the box towards %j at %j', (target, expected) => {
    const p = edgePoint(box, target);
    expect(p.x).toBeCloseTo(expected.x);
    expect(p.y).toBeCloseTo(expected.y);
  });

  it('draws arrows between facing edges', () => {
    expect(arrowPoints(box, { x: 300, y: 0, w: 100, h: 50 })).toEqual([100, 25, 300, 25]);
  });

  it('writes smaller when there is more to say, never below the minimum', () => {
    const short = fitFontSize('Order Placed', 140, 90);
    const long = fitFontSize('When payment failed three times in a row, then suspend the subscription and notify the customer', 140, 90);
    expect(short).toBe(20);
    expect(long).toBeLessThan(short);
    expect(fitFontSize('x'.repeat(1000), 140, 90)).toBe(9);
  });
});
