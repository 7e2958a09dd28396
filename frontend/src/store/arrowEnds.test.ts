import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { withArrowEnds } from './arrowEnds';

const base = { text: '', x: 0, y: 0, w: 10, h: 10, z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' };
const view = new Map<string, WireElement>([
  ['s', { ...base, id: 's', kind: 'event' } as WireElement],
  ['a', { ...base, id: 'a', kind: 'arrow', from: 's', to: 't' } as WireElement],
]);

describe('updates of arrows', () => {
  it("name the arrow's ends, and leave other updates as they are", () => {
    expect(withArrowEnds([{ op: 'update', id: 'a', set: { label: 'then' } }, { op: 'update', id: 's', set: { z: 3 } }], view)).toEqual([
      { op: 'update', id: 'a', set: { from: 's', to: 't', label: 'then' } },
      { op: 'update', id: 's', set: { z: 3 } },
    ]);
  });

  it('keep ends the update sets itself', () => {
    expect(withArrowEnds([{ op: 'update', id: 'a', set: { from: 'x', to: 'y' } }], view)).toEqual([{ op: 'update', id: 'a', set: { from: 'x', to: 'y' } }]);
  });
});
