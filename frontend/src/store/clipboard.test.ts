import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { CLIPBOARD_MARKER, copyPayload, kindsIn, parsePayload, pasteOps, zOrderOps } from './clipboard';

const base = { props: {}, version: 3, updatedBy: 'Ada', updatedAt: '2026-11-23T10:00:00Z' };
const sticky = (id: string, x: number, y: number, z = 1): WireElement =>
  ({ ...base, id, kind: 'event', text: id, x, y, w: 100, h: 100, z }) as WireElement;
const arrow = (id: string, from: string, to: string, z = 5): WireElement =>
  ({ ...base, id, kind: 'arrow', text: '', x: 0, y: 0, w: 10, h: 10, z, from, to, label: 'then' }) as WireElement;
const wall = (...elements: WireElement[]) => new Map(elements.map((e) => [e.id, e]));
const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('copy and paste', () => {
  const view = wall(sticky('a', 0, 0), sticky('b', 200, 0), sticky('c', 400, 0), arrow('ab', 'a', 'b'), arrow('bc', 'b', 'c'));

  it('copies the selection with the arrows joining two copied elements, nothing about who edited it', () => {
    const payload = copyPayload(['a', 'b'], view)!;
    expect(payload.marker).toBe(CLIPBOARD_MARKER);
    expect(payload.elements.map((e) => e.id)).toEqual(['a', 'b', 'ab']);
    expect(payload.elements[0]).not.toHaveProperty('version');
    expect(copyPayload(['ab'], view)).toBeNull();
  });

  it('pastes with new ids, arrows joined to the copies, shifted by the offset', () => {
    const { ops, ids } = pasteOps(copyPayload(['a', 'b'], view)!, null, { x: 30, y: 30 }, counter());
    expect(ids).toEqual(['new-1', 'new-2']);
    expect(ops).toEqual([
      { op: 'create', element: { id: 'new-1', kind: 'event', text: 'a', x: 30, y: 30, w: 100, h: 100, props: {} } },
      { op: 'create', element: { id: 'new-2', kind: 'event', text: 'b', x: 230, y: 30, w: 100, h: 100, props: {} } },
      { op: 'create', element: { id: 'new-3', kind: 'arrow', from: 'new-1', to: 'new-2', label: 'then' } },
    ]);
  });

  it('pastes centred on the pointer when there is one', () => {
    const { ops } = pasteOps(copyPayload(['a', 'b'], view)!, { x: 1000, y: 500 }, undefined, counter());
    expect(ops.slice(0, 2).map((op) => op.op === 'create' && [op.element.x, op.element.y])).toEqual([[850, 450], [1050, 450]]);
  });

  it('reads back only its own clipboard text', () => {
    const payload = copyPayload(['c'], view)!;
    expect(parsePayload(JSON.stringify(payload))).toEqual(payload);
    expect(parsePayload('Order Placed')).toBeNull();
    expect(parsePayload(JSON.stringify({ marker: 'other', elements: [] }))).toBeNull();
    expect(parsePayload(JSON.stringify({ marker: CLIPBOARD_MARKER, elements: [{ id: 'x', kind: 'event', text: '', x: 'no' }] }))).toBeNull();
    expect(kindsIn(payload)).toEqual(['event']);
  });
});

describe('bring to front, send to back', () => {
  const view = wall(sticky('a', 0, 0, 1), sticky('b', 0, 0, 2), sticky('c', 0, 0, 3), sticky('d', 0, 0, 4));

  it('puts the selection above everything else, keeping its own order', () => {
    expect(zOrderOps(['b', 'a'], view, 'front')).toEqual([
      { op: 'update', id: 'a', set: { z: 5 } },
      { op: 'update', id: 'b', set: { z: 6 } },
    ]);
  });

  it('puts the selection below everything else, and leaves what is already there', () => {
    expect(zOrderOps(['c'], view, 'back')).toEqual([{ op: 'update', id: 'c', set: { z: 0 } }]);
    expect(zOrderOps(['d'], view, 'front')).toEqual([]);
  });
});
