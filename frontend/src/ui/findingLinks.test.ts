import { describe, expect, it } from 'vitest';
import type { Finding, WireElement } from '../sync/protocol';
import { describeElement, extentOf, readingOrder, withoutArrowEnds } from './findingLinks';

const view = new Map<string, WireElement>(
  [
    { id: 'c', kind: 'command', text: 'Place order', x: 0, y: 0, w: 100, h: 100, z: 1 },
    { id: 'e', kind: 'event', text: ' ', x: 300, y: 200, w: 100, h: 100, z: 2 },
    { id: 'a', kind: 'arrow', from: 'c', to: 'e', z: 3 },
  ].map((e) => [e.id, e as unknown as WireElement]),
);

describe('what a finding names', () => {
  it('reads a sticky by its text, or its kind when empty, and an arrow by its ends', () => {
    expect(describeElement(view, 'c')).toBe('“Place order”');
    expect(describeElement(view, 'a')).toBe('“Place order” → “Domain event”');
    expect(describeElement(view, 'gone')).toBe('');
  });

  it('leaves out the ends of an arrow it names', () => {
    expect(withoutArrowEnds(view, ['a', 'c', 'e'])).toEqual(['a']);
    expect(withoutArrowEnds(view, ['c'])).toEqual(['c']);
  });

  it('spans an arrow between its ends, and is nothing when none is on the wall', () => {
    const box = extentOf(view, ['a'])!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThanOrEqual(400);
    expect(box.w).toBeGreaterThan(100);
    expect(extentOf(view, ['c', 'e'])).toEqual({ x: 0, y: 0, w: 400, h: 300 });
    expect(extentOf(view, ['gone'])).toBeNull();
  });

  it('lists findings as the wall reads, left to right, then top to bottom, the gone last, equals by key', () => {
    const wall = new Map<string, WireElement>(
      [
        { id: 'late', kind: 'event', text: 'Late', x: 900, y: 0, w: 100, h: 100, z: 1 },
        { id: 'low', kind: 'event', text: 'Low', x: 0, y: 400, w: 100, h: 100, z: 2 },
        { id: 'high', kind: 'event', text: 'High', x: 0, y: 0, w: 100, h: 100, z: 3 },
        { id: 'twin', kind: 'event', text: 'Twin', x: 0, y: 0, w: 100, h: 100, z: 4 },
        { id: 'mid', kind: 'policy', text: 'Mid', x: 500, y: 0, w: 100, h: 100, z: 5 },
        { id: 'arrow', kind: 'arrow', from: 'mid', to: 'late', z: 6 },
      ].map((e) => [e.id, e as unknown as WireElement]),
    );
    const f = (key: string, elements: string[]): Finding =>
      ({ key, rule: 'event-causes-event', severity: 'warning', elements, message: '', hint: '', accepted: null }) as Finding;
    const findings = [f('1', ['gone']), f('2', ['late']), f('3', ['arrow']), f('5', ['twin']), f('4', ['high']), f('6', ['low'])];
    expect([...findings].sort(readingOrder(wall)).map((x) => x.key)).toEqual(['4', '5', '6', '3', '2', '1']);
  });
});
