import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { findStickies } from './findBox';

function sticky(id: string, text: string, x: number, kind = 'event'): WireElement {
  return { id, kind, text, x, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' } as WireElement;
}

describe('findStickies', () => {
  const view = new Map(
    [sticky('b', 'Payment Failed', 400), sticky('a', 'Payment Requested', 100), sticky('c', 'Café Opened', 50), sticky('d', 'x', 0, 'arrow')].map(
      (e) => [e.id, e],
    ),
  );

  it('finds text regardless of case, in timeline order', () => {
    expect(findStickies('payment', view).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('ignores accents and blank queries', () => {
    expect(findStickies('cafe', view).map((e) => e.id)).toEqual(['c']);
    expect(findStickies('  ', view)).toEqual([]);
  });
});
