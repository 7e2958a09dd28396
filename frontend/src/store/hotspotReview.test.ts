import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { reviewGroups } from './hotspotReview';

let n = 0;
function element(kind: WireElement['kind'], text: string, x: number, y: number, extra: Partial<WireElement> = {}): WireElement {
  const size = kind === 'boundary' ? { w: 800, h: 500 } : { w: 160, h: 120 };
  return { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, kind, text, x, y, z: 0, props: {}, version: 1,
    updatedBy: 'Ada', updatedAt: '2026-11-23T09:00:00Z', ...size, ...extra } as WireElement;
}

const wall = (...elements: WireElement[]) => new Map(elements.map((e) => [e.id, e]));

describe('the hotspot review', () => {
  const shipping = element('boundary', 'Shipping', 1000, 0);
  const billing = element('boundary', 'Billing', 0, 0);
  const refunds = element('hotspot', 'Refund rules?', 300, 100, { props: { theme: 'invariant' } });
  const cancel = element('hotspot', 'Who may cancel?', 100, 100, { props: { theme: 'api', owner: 'Grace' } });
  const carrier = element('hotspot', 'Which carrier API?', 1100, 100, { props: { theme: 'integration' } });
  const loose = element('hotspot', 'Loose question', 5000, 0);
  const view = wall(shipping, billing, refunds, cancel, carrier, loose, element('event', 'Order Placed', 120, 300));

  it('groups hotspots by the context they lie in, left to right, those outside any last', () => {
    const groups = reviewGroups(view, 'context');
    expect(groups.map((g) => g.title)).toEqual(['Billing', 'Shipping', 'Outside any context']);
    expect(groups[0]!.hotspots.map((h) => h.text)).toEqual(['Who may cancel?', 'Refund rules?']);
    expect(groups[0]!.key).toBe(billing.id);
    expect(groups[2]!.hotspots.map((h) => h.text)).toEqual(['Loose question']);
  });

  it('groups them by theme in the method\'s order, those without a theme last', () => {
    const groups = reviewGroups(view, 'theme');
    expect(groups.map((g) => g.title)).toEqual(['Unclear invariant', 'API to design', 'External integration', 'No theme yet']);
    expect(groups.map((g) => g.key)).toEqual(['invariant', 'api', 'integration', '']);
  });

  it('has no groups on a wall without hotspots', () => {
    expect(reviewGroups(wall(billing), 'context')).toEqual([]);
  });
});
