import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { dataOps, fieldsLine, fieldsOf, newKey, scenariosOf } from './dataShape';

const ID = '00000000-0000-4000-8000-00000000000a';

function command(props: object = {}): WireElement {
  return { id: ID, kind: 'command', text: 'Place Order', x: 0, y: 0, w: 160, h: 120, z: 1, props, version: 1, updatedBy: 'x', updatedAt: 't' } as WireElement;
}

const stored = command({
  fields: { b: { name: 'total', type: 'money', at: 2 }, a: { name: 'orderId', type: 'id', at: 1 } },
  scenarios: { s: { given: ['Basket Filled'], then: ['Order Placed'], at: 1 } },
});

describe('fields and scenarios in the browser', () => {
  it('lists entries in their stored order, as the server and the report do', () => {
    expect(fieldsOf(stored).map((f) => f.name)).toEqual(['orderId', 'total']);
    expect(fieldsLine(stored)).toBe('orderId: id, total: money');
    expect(scenariosOf(stored)).toEqual([{ key: 's', title: '', given: ['Basket Filled'], then: ['Order Placed'], failure: '', at: 1 }]);
  });

  it('sends only the entries this person changed, removed ones as null and new ones after the others', () => {
    const opened = { fields: fieldsOf(stored), scenarios: scenariosOf(stored) };
    const edited = {
      fields: [{ key: 'b', name: 'total', type: 'money', at: 2 }, { key: 'c', name: ' placedAt ', type: 'date' }],
      scenarios: opened.scenarios,
    };
    expect(dataOps(stored, opened, edited)).toEqual({
      problem: null,
      ops: [{ op: 'update', id: ID, set: { props: { fields: { c: { name: 'placedAt', type: 'date', at: 3 }, a: null } } } }],
    });
  });

  it('writes a scenario with its failure and leaves out empty lines', () => {
    const opened = { fields: [], scenarios: [] };
    const edited = { fields: [], scenarios: [{ key: 's2', title: ' empty basket ', given: [' ', 'Basket Emptied'], then: [], failure: 'Basket Empty' }] };
    expect(dataOps(command(), opened, edited).ops).toEqual([{ op: 'update', id: ID, set: { props: { scenarios: {
      s2: { title: 'empty basket', given: ['Basket Emptied'], then: [], failure: 'Basket Empty', at: 1 },
    } } } }]);
  });

  it('says what is wrong before anything is sent', () => {
    const opened = { fields: fieldsOf(stored), scenarios: [] };
    const twice = { fields: [...opened.fields, { key: 'c', name: 'OrderID', type: 'string' }], scenarios: [] };
    expect(dataOps(stored, opened, twice)).toEqual({ ops: [], problem: 'Two fields are named "orderId".' });
    const nameless = { fields: [{ key: 'c', name: '', type: 'string' }], scenarios: [] };
    expect(dataOps(stored, opened, nameless).problem).toBe('The field of type "string" needs a name.');
    const untyped = { fields: [{ key: 'c', name: 'note', type: ' ' }], scenarios: [] };
    expect(dataOps(stored, opened, untyped).problem).toContain('Field "note" needs a type');
  });

  it('makes keys no entry has', () => {
    const key = newKey('f', ['a', 'b']);
    expect(key).toMatch(/^f[a-z0-9]{1,6}$/);
  });
});
