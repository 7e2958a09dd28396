import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { dotAt, voteDots, type VoteScene } from './voteDots';

const sticky = (id: string, kind: WireElement['kind'] = 'event'): WireElement =>
  ({ id, kind, text: id, x: 0, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'Ada', updatedAt: '' }) as WireElement;

const scene = (over: Partial<VoteScene>): VoteScene => ({
  state: 'open',
  elements: [sticky('a'), { ...sticky('b'), x: 300 }, { ...sticky('c', 'boundary'), x: 600 }],
  votable: (e) => e.kind !== 'boundary',
  mine: new Map([['a', 2]]),
  canAdd: true,
  tally: new Map(),
  visible: { x: -100, y: -100, w: 2000, h: 1000 },
  scale: 1,
  ...over,
});

describe('vote dots', () => {
  it('shows a person their own dots and where one more can go, on votable stickies only', () => {
    const dots = voteDots(scene({}));
    expect(dots.map((d) => `${d.id}:${d.kind}`)).toEqual(['a:mine', 'a:mine', 'a:add', 'b:add']);
    const [first, second] = dots;
    expect(second!.x).toBeGreaterThan(first!.x);
    expect(dotAt({ x: first!.x, y: first!.y }, dots, 1)).toBe(first);
  });

  it('offers no more dots once the budget is spent, and none before a round or off screen', () => {
    expect(voteDots(scene({ canAdd: false })).map((d) => d.kind)).toEqual(['mine', 'mine']);
    expect(voteDots(scene({ state: 'none' }))).toEqual([]);
    expect(voteDots(scene({ visible: { x: 5000, y: 5000, w: 10, h: 10 } }))).toEqual([]);
  });

  it('after the reveal shows every voted sticky one badge with its count, and no own dots', () => {
    const dots = voteDots(scene({ state: 'revealed', tally: new Map([['b', 7]]), canAdd: false }));
    expect(dots).toHaveLength(1);
    expect(dots[0]).toMatchObject({ id: 'b', kind: 'tally', count: 7 });
  });
});
