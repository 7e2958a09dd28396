import { describe, expect, it } from 'vitest';
import type { Op, WireElement } from '../sync/protocol';
import { UndoHistory, record } from './undo';
import { addPending, applyConfirmed, fromSnapshot, type WallState } from './wallState';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ARROW = '00000000-0000-4000-8000-0000000000ab';

function sticky(id: string, x: number, text = id): WireElement {
  return { id, kind: 'event', text, x, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'x', updatedAt: 't' } as WireElement;
}

/** A tiny model of one person editing: own edits go through the history, remote ones straight to the wall. */
function person(initial: WireElement[]) {
  let wall: WallState = fromSnapshot(1, initial, []);
  let seq = 1;
  const history = new UndoHistory();
  // as the server does: a deleted sticky's arrows are deleted with it, each a delete of its own
  const withArrows = (op: Op): Op[] => op.op !== 'delete' ? [op]
    : [op, ...[...wall.view.values()].filter((e) => e.kind === 'arrow' && (e.from === op.id || e.to === op.id)).map((e) => ({ op: 'delete' as const, id: e.id }))];
  const apply = (ops: Op[], origin: string) => {
    wall = applyConfirmed(addPending(wall, { clientOpId: `${origin}:${seq}`, ops }), {
      type: 'applied', seq: ++seq, origin, clientOpId: `${origin}:${seq - 1}`, by: origin, at: 't',
      ops: ops.flatMap(withArrows).map((op) => (op.op === 'update' ? { ...op, version: seq } : op.op === 'create' ? { op: 'create', element: { ...sticky(op.element.id!, 0), ...op.element } as WireElement } : op)),
    }, origin);
  };
  return {
    mine(ops: Op[]) {
      history.push(record(ops, wall.view));
      apply(ops, 'me');
    },
    theirs(ops: Op[]) {
      apply(ops, 'other');
    },
    undo() {
      apply(history.undo(wall.view), 'me');
    },
    redo() {
      apply(history.redo(wall.view), 'me');
    },
    get: (id: string) => wall.view.get(id),
  };
}

describe('undo and redo', () => {
  it('takes back an own move and does it again', () => {
    const me = person([sticky(A, 0)]);
    me.mine([{ op: 'update', id: A, set: { x: 100 } }]);
    me.undo();
    expect(me.get(A)?.x).toBe(0);
    me.redo();
    expect(me.get(A)?.x).toBe(100);
  });

  it("never reverts someone else's edit, even of the same sticky", () => {
    const me = person([sticky(A, 0, 'Old')]);
    me.mine([{ op: 'update', id: A, set: { x: 100, text: 'Mine' } }]);
    me.theirs([{ op: 'update', id: A, set: { x: 500 } }]);
    me.undo();
    expect(me.get(A)).toMatchObject({ x: 500, text: 'Old' });
  });

  it('takes back an own field without touching the field someone else added or changed meanwhile', () => {
    const field = (name: string, at: number) => ({ name, type: 'id', at });
    const me = person([sticky(A, 0)]);
    me.mine([{ op: 'update', id: A, set: { props: { fields: { mine: field('orderId', 1), both: field('total', 2) } } } }]);
    me.theirs([{ op: 'update', id: A, set: { props: { fields: { theirs: field('placedAt', 3), both: field('sum', 2) } } } }]);
    me.undo();
    expect(me.get(A)?.props).toEqual({ fields: { theirs: field('placedAt', 3), both: field('sum', 2) } });
    me.redo();
    expect(Object.keys((me.get(A)?.props as { fields: object }).fields).sort()).toEqual(['both', 'mine', 'theirs']);
  });

  it('skips an own edit that has nothing left to undo', () => {
    const me = person([sticky(A, 0), sticky(B, 0)]);
    me.mine([{ op: 'update', id: A, set: { x: 10 } }]);
    me.mine([{ op: 'update', id: B, set: { x: 20 } }]);
    me.theirs([{ op: 'update', id: B, set: { x: 99 } }]);
    me.undo();
    expect(me.get(B)?.x).toBe(99);
    expect(me.get(A)?.x).toBe(0);
  });

  it('brings back a deleted sticky with its arrows, and removes a created one', () => {
    const arrow = { ...sticky(ARROW, 0), kind: 'arrow', from: A, to: B, w: 0, h: 0 } as WireElement;
    const me = person([sticky(A, 0, 'Keep'), sticky(B, 300), arrow]);
    me.mine([{ op: 'delete', id: A }]);
    expect(me.get(A)).toBeUndefined();
    expect(me.get(ARROW)).toBeUndefined();
    me.undo();
    expect(me.get(A)?.text).toBe('Keep');
    expect(me.get(ARROW)).toMatchObject({ from: A, to: B });

    const id = '00000000-0000-4000-8000-0000000000cc';
    me.mine([{ op: 'create', element: { id, kind: 'event', text: 'New', x: 0, y: 0 } }]);
    me.undo();
    expect(me.get(id)).toBeUndefined();
  });

  it('brings back a sticky and an arrow to it deleted together, the arrow once', () => {
    const arrow = { ...sticky(ARROW, 0), kind: 'arrow', from: A, to: B, w: 0, h: 0 } as WireElement;
    const me = person([sticky(A, 0), sticky(B, 300), arrow]);
    me.mine([{ op: 'delete', id: A }, { op: 'delete', id: ARROW }]);
    me.undo();
    expect(me.get(A)).toBeDefined();
    expect(me.get(ARROW)).toMatchObject({ from: A, to: B });
  });

  it('does not recreate a sticky someone else deleted after my edit', () => {
    const me = person([sticky(A, 0)]);
    me.mine([{ op: 'update', id: A, set: { x: 100 } }]);
    me.theirs([{ op: 'delete', id: A }]);
    me.undo();
    expect(me.get(A)).toBeUndefined();
  });
});
