import { describe, expect, it } from 'vitest';
import { aboveBox, besideArrow, crosses } from './toolbarPlacement';

const stage = { w: 1000, h: 700 };
const toolbar = { w: 300, h: 34 };

describe('where the selection toolbar goes over stickies', () => {
  it('sits centred just above the selection, clear of its corner handles', () => {
    expect(aboveBox({ x: 400, y: 300, w: 160, h: 120 }, toolbar, stage)).toEqual({ x: 330, y: 252 });
  });

  it('goes below the selection when there is no room above it', () => {
    expect(aboveBox({ x: 400, y: 20, w: 160, h: 120 }, toolbar, stage)).toEqual({ x: 330, y: 154 });
  });

  it('stays on the stage beside a selection at its edge', () => {
    expect(aboveBox({ x: -100, y: 300, w: 160, h: 120 }, toolbar, stage).x).toBe(8);
    expect(aboveBox({ x: 950, y: 300, w: 160, h: 120 }, toolbar, stage).x).toBe(692);
  });

  it('keeps to the top of the stage when the selection fills it from top to bottom', () => {
    expect(aboveBox({ x: 100, y: 10, w: 500, h: 680 }, toolbar, stage).y).toBe(8);
  });
});

describe('where the selection toolbar goes beside an arrow', () => {
  const small = { w: 120, h: 34 };

  it('goes below the middle of a level arrow, away from its label above', () => {
    const label = { x: 290, y: 280, w: 80, h: 20 };
    expect(besideArrow({ from: { x: 200, y: 300 }, to: { x: 460, y: 300 }, keepClear: [label] }, small, stage)).toEqual({ x: 270, y: 314 });
  });

  it('goes beside an upright arrow instead of over its line', () => {
    const at = besideArrow({ from: { x: 400, y: 100 }, to: { x: 400, y: 500 }, keepClear: [] }, small, stage);
    expect(crosses({ x: at.x, y: at.y, w: small.w, h: small.h }, { x: 400, y: 100 }, { x: 400, y: 500 })).toBe(false);
    expect(at).toEqual({ x: 414, y: 283 });
  });

  it('finds a free corner beside a slanting arrow, clear of the sticky at its end', () => {
    const arrow = { from: { x: 200, y: 200 }, to: { x: 500, y: 500 }, keepClear: [{ x: 40, y: 40, w: 160, h: 160 }, { x: 500, y: 500, w: 160, h: 120 }] };
    const at = besideArrow(arrow, small, stage);
    expect(crosses({ ...at, ...small }, arrow.from, arrow.to)).toBe(false);
    expect(at).toEqual({ x: 216, y: 364 }); // below the line, to its left
  });
});

describe('a line through a rectangle', () => {
  it('crosses it when it passes through, not when it passes by', () => {
    const rect = { x: 0, y: 0, w: 100, h: 50 };
    expect(crosses(rect, { x: -10, y: 25 }, { x: 110, y: 25 })).toBe(true);
    expect(crosses(rect, { x: 50, y: 25 }, { x: 60, y: 30 })).toBe(true);
    expect(crosses(rect, { x: -10, y: 60 }, { x: 110, y: 60 })).toBe(false);
    expect(crosses(rect, { x: 120, y: -100 }, { x: 200, y: 100 })).toBe(false);
  });
});
