import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { cornerOf, resizedRect, resizeOps, type Corner } from './resize';

const element = (kind: WireElement['kind']): WireElement =>
  ({ id: 'e1', kind, text: '', x: 100, y: 200, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' }) as WireElement;

const opposite: Record<Corner, Corner> = { nw: 'se', ne: 'sw', sw: 'ne', se: 'nw' };

describe('resizing by a corner', () => {
  it.each([
    // the dragged corner goes 40 right and 30 down from where it was
    ['se', { x: 100, y: 200, w: 200, h: 150 }],
    ['nw', { x: 140, y: 230, w: 120, h: 90 }],
    ['ne', { x: 100, y: 230, w: 200, h: 90 }],
    ['sw', { x: 140, y: 200, w: 120, h: 150 }],
  ] as const)('dragging the %s corner moves that corner only', (corner, expected) => {
    const sticky = element('event');
    const from = cornerOf(sticky, corner);
    const rect = resizedRect(sticky, corner, { x: from.x + 40, y: from.y + 30 });
    expect(rect).toEqual(expected);
    expect(cornerOf(rect, opposite[corner])).toEqual(cornerOf(sticky, opposite[corner]));
  });

  it.each(['nw', 'ne', 'sw', 'se'] as const)(
    "stops the %s corner at the kind's minimum, the opposite corner staying put",
    (corner) => {
      const context = { ...element('boundary'), w: 400, h: 300 };
      // dragged far past the opposite corner
      const far = cornerOf(context, opposite[corner]);
      const rect = resizedRect(context, corner, { x: far.x + (corner.endsWith('w') ? 500 : -500), y: far.y + (corner.startsWith('n') ? 500 : -500) });
      expect(rect.w).toBe(240);
      expect(rect.h).toBe(160);
      expect(cornerOf(rect, opposite[corner])).toEqual(far);
    },
  );

  it('rounds to whole units without shifting the opposite corner', () => {
    const rect = resizedRect(element('event'), 'nw', { x: 80.4, y: 150.6 });
    expect(rect).toEqual({ x: 80, y: 151, w: 180, h: 169 });
    expect(cornerOf(rect, 'se')).toEqual({ x: 260, y: 320 });
  });

  it('leaves kinds that keep their size as they are', () => {
    const actor = element('actor');
    expect(resizedRect(actor, 'se', { x: 900, y: 900 })).toEqual({ x: 100, y: 200, w: 160, h: 120 });
  });
});

describe('the resize edit', () => {
  it('updates only the fields that change', () => {
    expect(resizeOps(element('event'), { x: 100, y: 200, w: 240.4, h: 180.6 })).toEqual([{ op: 'update', id: 'e1', set: { w: 240, h: 181 } }]);
    expect(resizeOps(element('event'), { x: 60, y: 170, w: 200, h: 150 })).toEqual([{ op: 'update', id: 'e1', set: { x: 60, y: 170, w: 200, h: 150 } }]);
  });

  it('sends nothing when the rectangle is unchanged or the kind keeps its size', () => {
    expect(resizeOps(element('event'), { x: 100, y: 200, w: 160, h: 120 })).toEqual([]);
    expect(resizeOps(element('actor'), { x: 0, y: 0, w: 300, h: 300 })).toEqual([]);
  });
});
