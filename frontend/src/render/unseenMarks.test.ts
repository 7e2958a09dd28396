import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { unseenMarks } from './unseenMarks';

const sticky = (id: string, x: number): WireElement =>
  ({ id, kind: 'event', text: id, x, y: 10, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'Ada', updatedAt: 't' }) as WireElement;

describe('the marks of one’s own unseen stickies', () => {
  it('frame only the stickies this person wrote unseen, where they are placed now', () => {
    expect(unseenMarks([sticky('a', 0), sticky('b', 300)], new Set(['b']))).toEqual([{ x: 300, y: 10, w: 160, h: 120 }]);
    expect(unseenMarks([sticky('a', 0)], new Set())).toEqual([]);
  });
});
