import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { contents, placementOf } from './containment';

function el(id: string, kind: WireElement['kind'], x: number, y: number, w = 160, h = 120): WireElement {
  return { id, kind, text: id, x, y, w, h, z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' } as WireElement;
}

describe('contents', () => {
  const context = el('billing', 'boundary', 0, 0, 800, 500);
  const aggregate = el('subscription', 'aggregate', 40, 40, 320, 200);
  const inside = el('started', 'event', 100, 100);
  const straddling = el('half-in', 'event', 750, 100); // centre at x = 830: outside
  const outside = el('elsewhere', 'command', 900, 0);
  const view = new Map([context, aggregate, inside, straddling, outside].map((e) => [e.id, e]));

  it('holds what has its centre inside', () => {
    expect(contents(context, view).map((e) => e.id).sort()).toEqual(['started', 'subscription']);
    expect(contents(aggregate, view).map((e) => e.id)).toEqual(['started']);
  });

  it('holds nothing for a plain sticky', () => {
    expect(contents(inside, view)).toEqual([]);
  });
});

interface SharedCase {
  name: string;
  elements: Array<Pick<WireElement, 'id' | 'kind' | 'text' | 'x' | 'y' | 'w' | 'h' | 'z'> & { from?: string; to?: string }>;
  expect: Record<string, { aggregate: string | null; context: string | null }>;
}

const shared = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../docs/containment-cases.json', import.meta.url)), 'utf8'),
) as { cases: SharedCase[] };

describe('placementOf, by the table of cases the server is checked with too', () => {
  it('reads the shared table', () => {
    expect(shared.cases.length).toBeGreaterThan(5);
  });

  it.each(shared.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // the answer must not depend on the order the wall was read in
    for (const order of [c.elements, [...c.elements].reverse()]) {
      for (const [id, expected] of Object.entries(c.expect)) {
        const element = order.find((e) => e.id === id)!;
        const placed = placementOf(element, order);
        expect({ aggregate: placed.aggregate?.id ?? null, context: placed.context?.id ?? null }, element.text).toEqual(
          expected,
        );
      }
    }
  });
});
