import { describe, expect, it } from 'vitest';
import type { AppliedMessage, AppliedOp } from '../sync/protocol';
import { NO_SILENT, silentFromSnapshot, withSilentOps, writtenText } from './silent';

const element = { id: 'e1', kind: 'event', text: 'Parcel Returned', x: 0, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'Ada', updatedAt: 't' };

function batch(seq: number, ...ops: AppliedOp[]): AppliedMessage {
  return { type: 'applied', seq, origin: 'o', clientOpId: `c${seq}`, by: 'Ada', at: 't', ops } as AppliedMessage;
}

describe('silent writing as one person knows it', () => {
  it('counts what others wrote, keeps its own unseen stickies and forgets both at the reveal', () => {
    let view = withSilentOps(NO_SILENT, batch(1, { op: 'silent', on: true }));
    view = withSilentOps(view, batch(2, { op: 'written', person: 'bo', count: 2 }));
    view = withSilentOps(view, batch(3, { op: 'create', element } as AppliedOp, { op: 'written', person: 'ada', count: 1 }));
    expect(view.on).toBe(true);
    expect([...view.mine]).toEqual(['e1']);
    expect(writtenText(view, (p) => ({ ada: 'Ada', bo: 'Bo' })[p])).toBe('Bo 2 · Ada 1');

    const revealed = withSilentOps(view, batch(4, { op: 'silent', on: false }, { op: 'create', element } as AppliedOp));
    expect(revealed).toEqual(NO_SILENT);
  });

  it('takes a create for everyone as nobody’s unseen sticky, and starts from the snapshot', () => {
    const on = silentFromSnapshot({ on: true, written: { ada: 1 } }, ['e1']);
    expect(withSilentOps(on, batch(5, { op: 'create', element: { ...element, id: 'e2' } } as AppliedOp)).mine).toEqual(new Set(['e1']));
    expect(withSilentOps(on, batch(6, { op: 'delete', id: 'e1' })).mine.size).toBe(0);
    expect(silentFromSnapshot({ on: false, written: {} }, undefined)).toBe(NO_SILENT);
  });
});
