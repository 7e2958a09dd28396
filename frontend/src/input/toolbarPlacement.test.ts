import { describe, expect, it } from 'vitest';
import { aboveBox, besideArrow, clearOf, crosses } from './toolbarPlacement';

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

describe('where the selection toolbar goes among neighbours', () => {
  // zoomed out to a third: stickies of 53 × 40 pixels, 20 apart
  const selected = { x: 400, y: 300, w: 53, h: 40 };
  const small = { w: 200, h: 34 };

  it('goes above when nothing is there', () => {
    expect(clearOf(selected, small, stage, [])).toEqual(aboveBox(selected, small, stage));
  });

  it('keeps off a neighbour above, going below', () => {
    const above = { x: 400, y: 240, w: 53, h: 40 };
    const at = clearOf(selected, small, stage, [above]);
    expect(at.y).toBeGreaterThanOrEqual(selected.y + selected.h);
    expect(covers(at, small, above)).toBe(false);
  });

  it('goes beside when the stickies above and below are taken', () => {
    const others = [{ x: 380, y: 240, w: 93, h: 40 }, { x: 380, y: 360, w: 93, h: 40 }];
    const at = clearOf(selected, small, stage, others);
    others.forEach((o) => expect(covers(at, small, o)).toBe(false));
    expect(covers(at, small, selected)).toBe(false);
  });

  it('covers as little as it must when the wall is full all around', () => {
    const grid = [-2, -1, 0, 1, 2].flatMap((i) => [-2, -1, 0, 1, 2].filter((j) => i || j).map((j) => ({ x: 400 + i * 73, y: 300 + j * 60, w: 53, h: 40 })));
    const at = clearOf(selected, small, stage, grid);
    expect(covers(at, small, selected)).toBe(false);
  });
});

function covers(at: { x: number; y: number }, size: { w: number; h: number }, r: { x: number; y: number; w: number; h: number }): boolean {
  return at.x < r.x + r.w && r.x < at.x + size.w && at.y < r.y + r.h && r.y < at.y + size.h;
}
