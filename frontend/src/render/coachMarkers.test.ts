import { describe, expect, it } from 'vitest';
import type { Finding, WireArrow, WireElement } from '../sync/protocol';
import { coachMarkers, MARKER_RADIUS, markerAt, markerRadius, MIN_MARKER_RADIUS, type MarkerScene } from './coachMarkers';

function sticky(id: string, x: number, y: number, kind: WireElement['kind'] = 'event'): WireElement {
  return { id, kind, text: id, x, y, w: 160, h: 100, z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' } as WireElement;
}

function finding(rule: Finding['rule'], severity: Finding['severity'], elements: Finding['elements']): Finding {
  return { key: `${rule}:${elements.join(',')}`, rule, severity, elements, message: 'm', hint: 'h', accepted: null };
}

const sends = sticky('sends', 0, 0);
const shipped = sticky('shipped', 400, 0);
const far = sticky('far', 5000, 0);
const arrow = { id: 'arrow', kind: 'arrow', from: 'sends', to: 'shipped', text: '', x: 0, y: 0, w: 0, h: 0, z: 1, props: {}, version: 1, updatedBy: '', updatedAt: '' } as WireArrow;
const all = new Map<string, WireElement>([sends, shipped, far, arrow].map((e) => [e.id, e]));

function scene(marks: Map<string, Finding[]>, scale = 1, visible = { x: -100, y: -100, w: 1200, h: 800 }): MarkerScene {
  return {
    marks,
    element: (id) => all.get(id),
    ends: (a) => {
      const from = all.get(a.from);
      const to = all.get(a.to);
      return from && to ? [from, to] : null;
    },
    visible,
    scale,
  };
}

describe("the coach's markers", () => {
  const pastTense = finding('event-not-past-tense', 'error', ['sends']);
  const grammar = finding('event-causes-event', 'warning', ['arrow', 'sends', 'shipped']);
  const hint = finding('command-without-failure', 'hint', ['shipped']);

  it("sit on a sticky's top-right corner, mostly inside it, one per sticky, coloured by its worst finding", () => {
    const markers = coachMarkers(scene(new Map([['sends', [grammar, pastTense]], ['shipped', [grammar, hint]]])));
    expect(markers.map((m) => [m.id, m.severity, m.findings.length])).toEqual([['sends', 'error', 2], ['shipped', 'warning', 2]]);
    const m = markers[0]!;
    expect(m.r).toBe(MARKER_RADIUS);
    expect(m.x).toBeLessThan(sends.x + sends.w);
    expect(m.x + m.r).toBeGreaterThan(sends.x + sends.w);
    expect(m.x - m.r).toBeGreaterThan(sends.x + sends.w / 2);
    expect(m.y).toBeGreaterThan(sends.y);
    expect(m.y + m.r).toBeLessThan(sends.y + sends.h / 2);
  });

  it("sit on an arrow's middle, below the line where its label is not", () => {
    const [m] = coachMarkers(scene(new Map([['arrow', [grammar]]])));
    expect(m!.x).toBeCloseTo((sends.x + sends.w + shipped.x) / 2);
    expect(m!.y).toBeGreaterThan(sends.y + sends.h / 2);
  });

  it('are drawn only on screen, and only for what is on the wall', () => {
    const markers = coachMarkers(scene(new Map([['far', [pastTense]], ['gone', [pastTense]], ['sends', [pastTense]]])));
    expect(markers.map((m) => m.id)).toEqual(['sends']);
  });

  it('keep their size on screen as the wall zooms, and stay visible far out', () => {
    expect(markerRadius(sends, 1) * 1).toBe(MARKER_RADIUS);
    expect(markerRadius(sends, 0.5) * 0.5).toBeCloseTo(MARKER_RADIUS);
    // zoomed out, smaller with the sticky, so it covers little of the text
    expect(markerRadius(sends, 0.3) * 0.3).toBeCloseTo(6);
    // so far out that the sticky is a few pixels: the marker is still a few pixels across
    expect(markerRadius(sends, 0.02) * 0.02).toBeCloseTo(MIN_MARKER_RADIUS);
    const [m] = coachMarkers(scene(new Map([['sends', [pastTense]]]), 0.02, { x: -100, y: -100, w: 60_000, h: 40_000 }));
    expect(m!.x).toBeGreaterThanOrEqual(sends.x);
    expect(m!.x).toBeLessThanOrEqual(sends.x + sends.w);
  });

  it('are found under the pointer, with a little room around them', () => {
    const markers = coachMarkers(scene(new Map([['sends', [pastTense]], ['shipped', [hint]]])));
    const m = markers[1]!;
    expect(markerAt({ x: m.x, y: m.y }, markers, 1)?.id).toBe('shipped');
    expect(markerAt({ x: m.x + m.r + 1, y: m.y }, markers, 1)?.id).toBe('shipped');
    expect(markerAt({ x: m.x + m.r + 5, y: m.y }, markers, 1)).toBeNull();
    expect(markerAt({ x: 80, y: 50 }, markers, 1)).toBeNull();
  });
});
