import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { resizeOps } from './resize';

const element = (kind: WireElement['kind']): WireElement =>
  ({ id: 'e1', kind, text: '', x: 0, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' }) as WireElement;

describe('resizing', () => {
  it('stores the new size as an update of w and h', () => {
    expect(resizeOps(element('event'), 240.4, 180.6)).toEqual([{ op: 'update', id: 'e1', set: { w: 240, h: 181 } }]);
  });

  it("never goes below the kind's minimum", () => {
    expect(resizeOps(element('boundary'), 20, 20)).toEqual([{ op: 'update', id: 'e1', set: { w: 240, h: 160 } }]);
  });

  it('sends nothing when the size is unchanged or the kind keeps its size', () => {
    expect(resizeOps(element('event'), 160, 120)).toEqual([]);
    expect(resizeOps(element('actor'), 300, 300)).toEqual([]);
  });
});
