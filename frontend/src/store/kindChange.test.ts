import { describe, expect, it } from 'vitest';
import type { ElementKind, WireElement } from '../sync/protocol';
import { kindChangeOps } from './kindChange';

function element(id: string, kind: ElementKind): WireElement {
  return { id, kind, text: id, x: 0, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' } as WireElement;
}

const view = new Map([element('e', 'event'), element('c', 'command'), element('g', 'aggregate'), element('b', 'boundary')].map((e) => [e.id, e]));

describe('changing a sticky kind', () => {
  it('turns the selected stickies into the kind, keeping everything else', () => {
    expect(kindChangeOps(['e', 'c'], view, 'policy')).toEqual([
      { op: 'update', id: 'e', set: { kind: 'policy' } },
      { op: 'update', id: 'c', set: { kind: 'policy' } },
    ]);
  });

  it('leaves out stickies already of the kind, cards and contexts', () => {
    expect(kindChangeOps(['e', 'c', 'g', 'b', 'gone'], view, 'command')).toEqual([{ op: 'update', id: 'e', set: { kind: 'command' } }]);
  });

  it('turns nothing into a card, a context or an arrow', () => {
    expect(kindChangeOps(['e'], view, 'aggregate')).toEqual([]);
    expect(kindChangeOps(['e'], view, 'arrow')).toEqual([]);
  });
});
