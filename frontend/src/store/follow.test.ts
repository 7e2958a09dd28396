import { describe, expect, it } from 'vitest';
import type { AppliedMessage } from '../sync/protocol';
import { liveSummons, wireViewport } from './follow';

const summon = (seq: number, origin = 'grace-origin'): AppliedMessage => ({
  type: 'applied', seq, origin, clientOpId: 'op-1', by: 'Grace', at: '2026-11-23T09:53:02.318Z',
  ops: [{ op: 'summon', viewport: { x: 400, y: -250, w: 1600, h: 900 } }],
});

describe('following and summons', () => {
  it('carries the view to a tenth of a wall unit, within the limits of the wire', () => {
    expect(wireViewport({ x: -120.04, y: 33.333, w: 1440.06, h: 810 })).toEqual({ x: -120, y: 33.3, w: 1440.1, h: 810 });
    expect(wireViewport({ x: -5e6, y: 5e6, w: 0.2, h: 9e6 })).toEqual({ x: -1e6, y: 1e6, w: 1, h: 2e6 });
  });

  it('moves a screen for a summon that arrives live, not for one replayed in a catch-up', () => {
    expect(liveSummons(summon(12), 11, 'mine')).toEqual({ by: 'Grace', viewport: { x: 400, y: -250, w: 1600, h: 900 } });
    expect(liveSummons(summon(11), 11, 'mine')).toBeNull();
    expect(liveSummons(summon(12), null, 'mine')).toBeNull();
  });

  it('leaves the screen that summoned where it is', () => {
    expect(liveSummons(summon(12, 'mine'), 11, 'mine')).toBeNull();
  });

  it('ignores batches without a summon', () => {
    const edit: AppliedMessage = { ...summon(12), ops: [{ op: 'freeze', frozen: true }] };
    expect(liveSummons(edit, 11, 'mine')).toBeNull();
  });
});
