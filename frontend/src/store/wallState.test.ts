import { describe, expect, it } from 'vitest';
import type { AppliedMessage, WireElement } from '../sync/protocol';
import { addPending, applyConfirmed, dropPending, EMPTY_WALL, fromSnapshot, inDrawingOrder } from './wallState';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ARROW = '00000000-0000-4000-8000-0000000000ab';

function sticky(id: string, x: number, extra: Partial<WireElement> = {}): WireElement {
  return { id, kind: 'event', text: id, x, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'x', updatedAt: 't', ...extra } as WireElement;
}

function applied(seq: number, origin: string, clientOpId: string, ops: AppliedMessage['ops']): AppliedMessage {
  return { type: 'applied', seq, origin, clientOpId, by: origin, at: `t${seq}`, ops };
}

describe('wall state', () => {
  it('shows an own edit at once and keeps it until the server confirms it', () => {
    let wall = fromSnapshot(1, [sticky(A, 0)], []);
    wall = addPending(wall, { clientOpId: 'me:1', ops: [{ op: 'update', id: A, set: { x: 50 } }] });
    expect(wall.view.get(A)?.x).toBe(50);
    expect(wall.confirmed.get(A)?.x).toBe(0);

    wall = applyConfirmed(wall, applied(2, 'me', 'me:1', [{ op: 'update', id: A, set: { x: 50 }, version: 2 }]), 'me');
    expect(wall.pending).toEqual([]);
    expect(wall.view.get(A)).toMatchObject({ x: 50, version: 2 });
  });

  it('replays pending edits over remote ones, and lets the server order decide once confirmed', () => {
    let wall = fromSnapshot(1, [sticky(A, 0)], []);
    wall = addPending(wall, { clientOpId: 'me:1', ops: [{ op: 'update', id: A, set: { x: 50 } }] });

    // someone else's move was ordered first: mine still shows on top of it
    wall = applyConfirmed(wall, applied(2, 'other', 'o:1', [{ op: 'update', id: A, set: { x: 900, text: 'theirs' } }] as never), 'me');
    expect(wall.view.get(A)).toMatchObject({ x: 50, text: 'theirs' });

    // then mine, ordered after theirs, wins the x field for everyone
    wall = applyConfirmed(wall, applied(3, 'me', 'me:1', [{ op: 'update', id: A, set: { x: 50 }, version: 3 }]), 'me');
    expect(wall.view.get(A)).toMatchObject({ x: 50, text: 'theirs', version: 3 });
  });

  it.each([
    ['an edit ordered after mine wins', 2, 3, 900],
    ['mine ordered after an edit wins', 3, 2, 50],
  ])('%s', (_name, mySeq, theirSeq, expectedX) => {
    const mine = applied(mySeq, 'me', 'me:1', [{ op: 'update', id: A, set: { x: 50 }, version: mySeq }]);
    const theirs = applied(theirSeq, 'other', 'o:1', [{ op: 'update', id: A, set: { x: 900 }, version: theirSeq }]);
    let wall = addPending(fromSnapshot(1, [sticky(A, 0)], []), { clientOpId: 'me:1', ops: [{ op: 'update', id: A, set: { x: 50 } }] });
    for (const batch of [mine, theirs].sort((p, q) => p.seq - q.seq)) wall = applyConfirmed(wall, batch, 'me');
    expect(wall.view.get(A)?.x).toBe(expectedX);
  });

  it('ignores batches it has already seen', () => {
    const wall = fromSnapshot(5, [sticky(A, 0)], []);
    expect(applyConfirmed(wall, applied(5, 'o', 'o:1', [{ op: 'delete', id: A }]), 'me')).toBe(wall);
  });

  it('removes arrows with a locally deleted sticky, and a refused batch leaves no trace', () => {
    const arrow = { ...sticky(ARROW, 0), kind: 'arrow', from: A, to: B, w: 0, h: 0 } as WireElement;
    let wall = fromSnapshot(3, [sticky(A, 0), sticky(B, 300), arrow], []);
    wall = addPending(wall, { clientOpId: 'me:1', ops: [{ op: 'delete', id: A }] });
    expect([...wall.view.keys()]).toEqual([B]);
    wall = dropPending(wall, 'me:1');
    expect(wall.view.size).toBe(3);
  });

  it('draws a pending create with the kind defaults, on top', () => {
    let wall = fromSnapshot(1, [sticky(A, 0, { z: 7 })], []);
    wall = addPending(wall, { clientOpId: 'me:1', ops: [{ op: 'create', element: { id: B, kind: 'actor', text: 'Customer', x: 5, y: 6 } }] });
    expect(wall.view.get(B)).toMatchObject({ w: 120, h: 60, z: 8, text: 'Customer' });
    expect(inDrawingOrder(wall.view).map((e) => e.id)).toEqual([A, B]);
  });

  it('merges props per key and removes keys set to null', () => {
    let wall = fromSnapshot(1, [sticky(A, 0, { kind: 'hotspot', props: { status: 'open', owner: 'Ada' } } as never)], []);
    wall = applyConfirmed(wall, applied(2, 'o', 'o:1', [{ op: 'update', id: A, set: { props: { status: 'resolved', owner: null } }, version: 2 }]), 'me');
    expect(wall.view.get(A)?.props).toEqual({ status: 'resolved' });
  });

  it('merges fields per entry, so two people adding a field each keep both, and a null removes one', () => {
    const planId = { name: 'planId', type: 'id', at: 1 };
    let wall = fromSnapshot(1, [sticky(A, 0, { props: { fields: { a: planId } } } as never)], []);
    wall = applyConfirmed(wall, applied(2, 'o', 'o:1', [{ op: 'update', id: A, set: { props: { fields: { b: { name: 'startedAt', type: 'date', at: 2 } } } }, version: 2 }]), 'me');
    wall = applyConfirmed(wall, applied(3, 'p', 'p:1', [{ op: 'update', id: A, set: { props: { fields: { c: { name: 'price', type: 'money', at: 3 } } } }, version: 3 }]), 'me');
    expect(Object.keys((wall.view.get(A)?.props as { fields: object }).fields)).toEqual(['a', 'b', 'c']);
    wall = applyConfirmed(wall, applied(4, 'o', 'o:2', [{ op: 'update', id: A, set: { props: { fields: { a: null, b: null, c: null } } }, version: 4 }]), 'me');
    expect(wall.view.get(A)?.props).toEqual({});
  });

  it('draws contexts behind cards behind stickies behind arrows, whatever their z', () => {
    const view = new Map<string, WireElement>([
      ['arrow', { ...sticky('arrow', 0, { z: 1 }), kind: 'arrow', from: A, to: B } as WireElement],
      ['event', sticky('event', 0, { z: 2 })],
      ['card', sticky('card', 0, { kind: 'aggregate', z: 9 })],
      ['context', sticky('context', 0, { kind: 'boundary', z: 10 })],
      ['command', sticky('command', 0, { kind: 'command', z: 1 })],
    ]);
    expect(inDrawingOrder(view).map((e) => e.id)).toEqual(['context', 'card', 'command', 'event', 'arrow']);
  });

  it('starts empty', () => {
    expect(EMPTY_WALL.view.size).toBe(0);
  });
});
