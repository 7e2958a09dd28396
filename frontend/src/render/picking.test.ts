import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { inDrawingOrder } from '../store/wallState';
import { pickAt, titleHeight } from './picking';

function element(id: string, kind: WireElement['kind'], x: number, y: number, w: number, h: number, z = 1): WireElement {
  return { id, kind, text: id, x, y, w, h, z, props: {}, version: 1, updatedBy: 'x', updatedAt: 't' } as WireElement;
}

const wall = inDrawingOrder(new Map([
  // the context was made last: it is still drawn (and picked) behind the card and the sticky
  ['context', element('context', 'boundary', 0, 0, 1000, 800, 9)],
  ['card', element('card', 'aggregate', 100, 100, 400, 400, 5)],
  ['event', element('event', 'event', 150, 200, 160, 120, 1)],
]));

describe('picking', () => {
  it('picks the sticky on a card in a context, not the containers under it', () => {
    expect(pickAt({ x: 200, y: 250 }, wall, 1)?.id).toBe('event');
  });

  it("picks a container by its empty area and by its title bar, which lies over what it holds", () => {
    expect(pickAt({ x: 450, y: 450 }, wall, 1)?.id).toBe('card');
    expect(pickAt({ x: 800, y: 600 }, wall, 1)?.id).toBe('context');
    expect(pickAt({ x: 800, y: 10 }, wall, 1)?.id).toBe('context');
    const onTop = inDrawingOrder(new Map([
      ['card', element('card', 'aggregate', 100, 100, 400, 400)],
      ['event', element('event', 'event', 100, 100, 160, 120)],
    ]));
    expect(pickAt({ x: 150, y: 110 }, onTop, 1)?.id).toBe('card');
    expect(pickAt({ x: 150, y: 150 }, onTop, 1)?.id).toBe('event');
  });

  it('picks nothing on empty wall', () => {
    expect(pickAt({ x: 2000, y: 10 }, wall, 1)).toBeNull();
  });

  it('keeps a title readable on screen when zoomed out, within limits', () => {
    const card = { x: 0, y: 0, w: 400, h: 400 };
    expect(titleHeight(card, 1)).toBe(32);
    expect(titleHeight(card, 0.5) * 0.5).toBeCloseTo(22);
    expect(titleHeight(card, 0.1)).toBe(72);
    expect(titleHeight({ ...card, h: 60 }, 1)).toBe(20);
  });
});
