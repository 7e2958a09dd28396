import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { deleteOps, inBand, movedTogether } from './selection';

const base = { text: '', z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' };
const sticky = (id: string, x: number, y: number, kind: 'event' | 'aggregate' = 'event', w = 160, h = 120): WireElement =>
  ({ ...base, id, kind, x, y, w, h }) as WireElement;
const arrow = (id: string, from: string, to: string): WireElement =>
  ({ ...base, id, kind: 'arrow', x: 0, y: 0, w: 10, h: 10, from, to }) as WireElement;
const wall = (...elements: WireElement[]) => new Map(elements.map((e) => [e.id, e]));

describe('a selection of several elements', () => {
  it('moves together by the same distance, arrows left to follow', () => {
    const view = wall(sticky('a', 0, 0), sticky('b', 300, 0), arrow('ab', 'a', 'b'));
    expect(movedTogether(['a', 'b', 'ab'], 10.4, -20, view)).toEqual([
      { id: 'a', x: 10, y: -20 },
      { id: 'b', x: 310, y: -20 },
    ]);
  });

  it('carries what lies inside a selected container once, even when it is selected too', () => {
    const view = wall(sticky('card', 0, 0, 'aggregate', 400, 300), sticky('inner', 50, 50), sticky('far', 1000, 0));
    expect(movedTogether(['inner', 'card'], 5, 5, view)).toEqual([
      { id: 'inner', x: 55, y: 55 },
      { id: 'card', x: 5, y: 5 },
    ]);
  });

  it('moves a container alone past what it may not carry (frozen stickies stay)', () => {
    const view = wall(sticky('card', 0, 0, 'aggregate', 400, 300), sticky('frozen', 50, 50), sticky('free', 200, 50));
    expect(movedTogether(['card'], 5, 5, view, (e) => e.id !== 'frozen')).toEqual([
      { id: 'card', x: 5, y: 5 },
      { id: 'free', x: 205, y: 55 },
    ]);
  });

  it('is picked by a rubber band: wholly inside only, with the arrows between picked elements', () => {
    const view = wall(sticky('a', 0, 0), sticky('b', 200, 0), sticky('half', 350, 0), arrow('ab', 'a', 'b'), arrow('bh', 'b', 'half'));
    expect(inBand({ x: -10, y: -10, w: 400, h: 200 }, view).sort()).toEqual(['a', 'ab', 'b']);
  });

  it('is deleted leaving out the arrows that go with a deleted end anyway, and what is already gone', () => {
    const view = wall(sticky('a', 0, 0), sticky('b', 300, 0), sticky('c', 600, 0), arrow('ab', 'a', 'b'), arrow('bc', 'b', 'c'));
    expect(deleteOps(['ab', 'a', 'bc', 'gone'], view)).toEqual([{ op: 'delete', id: 'a' }, { op: 'delete', id: 'bc' }]);
  });
});
