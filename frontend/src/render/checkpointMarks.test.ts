import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { diffWalls } from '../store/checkpointDiff';
import { diffMarks } from './checkpointMarks';

const sticky = (id: string, over: Partial<WireElement> = {}): WireElement =>
  ({ id, kind: 'event', text: id, x: 0, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'Ada', updatedAt: '2026-11-23T09:00:00Z', ...over }) as WireElement;

describe('diffMarks', () => {
  it('ghosts a moved sticky where it was, with an arrow to where it is', () => {
    const now = new Map([['a', sticky('a', { x: 300, y: 100, text: 'Order Placed', w: 100, h: 200 })]]);
    const marks = diffMarks(diffWalls([sticky('a', { text: 'Order Placed', w: 100 })], now), now);
    expect(marks).toEqual([
      { kind: 'moved', id: 'a', x: 0, y: 0, w: 100, h: 200, caption: 'moved', text: 'Order Placed', arrow: { from: { x: 50, y: 100 }, to: { x: 350, y: 200 } } },
      { kind: 'changed', id: 'a', x: 300, y: 100, w: 100, h: 200, caption: 'changed: size', text: 'Order Placed' },
    ]);
  });

  it('outlines what was added and ghosts what was removed, leaving arrows to their ends', () => {
    const gone = sticky('gone', { x: 10, y: 20 });
    const arrow = { ...sticky('r'), kind: 'arrow', from: 'gone', to: 'x' } as WireElement;
    const now = new Map([['new', sticky('new', { x: 500 })]]);
    const marks = diffMarks(diffWalls([gone, arrow], now), now);
    expect(marks.map((m) => [m.kind, m.id, m.x])).toEqual([
      ['removed', 'gone', 10],
      ['added', 'new', 500],
    ]);
  });
});
