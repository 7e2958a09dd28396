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

describe('where the selection toolbar goes below a title bar', () => {
  // at 41 %: a card 20 pixels below the top of its context, whose title bar is 22 pixels tall on screen
  const titleBar = { x: 100, y: 100, w: 600, h: 22 };
  const card = { x: 180, y: 120, w: 205, h: 164 };
  const toolbar = { w: 260, h: 34 };

  it('keeps off the title bar of the context holding the selected card, though nothing else is near', () => {
    // above the card it would lie over the context's name
    expect(covers(aboveBox(card, toolbar, stage), toolbar, titleBar)).toBe(true);
    const at = clearOf(card, toolbar, stage, [], [titleBar]);
    expect(covers(at, toolbar, titleBar)).toBe(false);
    expect(covers(at, toolbar, card)).toBe(false);
  });

  it('keeps off a title bar rather than a sticky, when it must cover one of them', () => {
    const sticky = { x: 400, y: 240, w: 53, h: 40 };
    const stickies = [{ x: 400, y: 300, w: 53, h: 40 }, { x: 400, y: 360, w: 53, h: 40 }];
    // the card's title bar just above the sticky, other stickies below and beside it
    const bar = { x: 300, y: 200, w: 400, h: 22 };
    const at = clearOf(sticky, { w: 200, h: 34 }, stage, [...stickies, { x: 473, y: 240, w: 260, h: 40 }, { x: 120, y: 240, w: 260, h: 40 }], [bar]);
    expect(covers(at, { w: 200, h: 34 }, bar)).toBe(false);
    expect(covers(at, { w: 200, h: 34 }, sticky)).toBe(false);
  });

  it('still goes above a selection when the title bar lies elsewhere', () => {
    const far = { x: 100, y: 600, w: 600, h: 22 };
    expect(clearOf(card, toolbar, stage, [], [far])).toEqual(aboveBox(card, toolbar, stage));
  });
});

function covers(at: { x: number; y: number }, size: { w: number; h: number }, r: { x: number; y: number; w: number; h: number }): boolean {
  return at.x < r.x + r.w && r.x < at.x + size.w && at.y < r.y + r.h && r.y < at.y + size.h;
}
