import { describe, expect, it } from 'vitest';
import type { Op, WireElement } from '../sync/protocol';
import { arrangeOps } from './arrange';

const el = (id: string, x: number, y: number, kind = 'event', w = 160, h = 120): WireElement =>
  ({ id, kind, text: id, x, y, w, h, z: 0 }) as WireElement;
const wall = (...elements: WireElement[]) => new Map(elements.map((e) => [e.id, e]));
/** Where each element is after the ops. */
const after = (view: Map<string, WireElement>, ops: Op[]): Record<string, [number, number]> => {
  const places = Object.fromEntries([...view.values()].map((e) => [e.id, [e.x, e.y] as [number, number]]));
  for (const op of ops) if (op.op === 'update') places[op.id] = [op.set.x as number, op.set.y as number];
  return places;
};

describe('align and distribute', () => {
  const a = el('a', 0, 10);
  const b = el('b', 300, 0);
  const c = el('c', 420, 35);

  it('aligns top edges to the topmost, in one batch, leaving the x alone', () => {
    const view = wall(a, b, c);
    const ops = arrangeOps(['a', 'b', 'c'], 'alignTop', view);
    expect(ops).toHaveLength(2); // b is in place already
    expect(after(view, ops)).toEqual({ a: [0, 0], b: [300, 0], c: [420, 0] });
  });

  it('aligns left edges to the leftmost', () => {
    const view = wall(a, b, c);
    expect(after(view, arrangeOps(['a', 'b', 'c'], 'alignLeft', view))).toEqual({ a: [0, 10], b: [0, 0], c: [0, 35] });
  });

  it('spreads across with equal gaps, the outermost staying', () => {
    const view = wall(a, b, c, el('d', 900, 0));
    // a ends at 160, d starts at 900: 740 for b and c (320) leaves three gaps of 140
    expect(after(view, arrangeOps(['d', 'b', 'a', 'c'], 'distributeAcross', view))).toEqual({ a: [0, 10], b: [300, 0], c: [600, 35], d: [900, 0] });
  });

  it('spreads down with equal gaps', () => {
    const view = wall(el('a', 0, 0), el('b', 0, 130), el('c', 0, 500));
    expect(after(view, arrangeOps(['a', 'b', 'c'], 'distributeDown', view))).toEqual({ a: [0, 0], b: [0, 250], c: [0, 500] });
  });

  it('needs two to align and three to distribute; arrows are not arranged', () => {
    const arrow = { id: 'r', kind: 'arrow', from: 'a', to: 'b', text: '', z: 0 } as unknown as WireElement;
    const view = wall(a, b, arrow);
    expect(arrangeOps(['a'], 'alignTop', view)).toEqual([]);
    expect(arrangeOps(['a', 'b', 'r'], 'distributeAcross', view)).toEqual([]);
    expect(arrangeOps(['a', 'b', 'r'], 'alignTop', view)).toHaveLength(1);
  });

  it('moves a card with what lies on it, and does not arrange its contents separately', () => {
    const card = el('card', 0, 100, 'aggregate', 320, 200);
    const onCard = el('onCard', 80, 150);
    const other = el('other', 500, 40);
    const view = wall(card, onCard, other);
    expect(after(view, arrangeOps(['card', 'onCard', 'other'], 'alignTop', view))).toEqual({ card: [0, 40], onCard: [80, 90], other: [500, 40] });
  });
});
