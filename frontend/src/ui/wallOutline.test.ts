// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, WireElement } from '../sync/protocol';
import { wallOutline } from './wallOutline';

const sticky = (i: number, text = `Event ${i}`): WireElement =>
  ({ id: `e${i}`, kind: 'event', text, x: i * 10, y: 0, w: 160, h: 120, z: i, version: 1 }) as WireElement;
const wall = (n: number, text?: (i: number) => string): Map<string, WireElement> =>
  new Map(Array.from({ length: n }, (_, i) => [`e${i}`, sticky(i, text?.(i))]));

/** The browser's idle callbacks, run by the test with as much time left as it chooses. */
let idle: ((deadline: { timeRemaining(): number }) => void)[] = [];
const runIdle = (budgetSlices: number): void => {
  const pending = idle;
  idle = [];
  let left = budgetSlices;
  // each deadline check costs one slice, so a callback builds `budgetSlices` slices and then yields
  pending.forEach((callback) => callback({ timeRemaining: () => (left-- > 0 ? 50 : 0) }));
};

beforeEach(() => {
  vi.stubGlobal('requestIdleCallback', (callback: (deadline: { timeRemaining(): number }) => void) => idle.push(callback));
});
afterEach(() => {
  idle = [];
  vi.unstubAllGlobals();
});

const texts = (node: HTMLElement): string[] => [...node.querySelectorAll('li')].map((li) => li.textContent ?? '');
const descriptions = (node: HTMLElement): (string | null)[] => [...node.querySelectorAll('li')].map((li) => li.getAttribute('aria-description'));

describe('wallOutline', () => {
  it('lists a small wall at once, in reading order', () => {
    const outline = wallOutline();
    outline.update(new Map([['b', { ...sticky(2), id: 'b', x: 300 }], ['a', { ...sticky(1), id: 'a', x: 100 }]]));
    expect(texts(outline.node)).toEqual(['Domain event: Event 1', 'Domain event: Event 2']);
  });

  it("says a sticky's notation properties as its badge does", () => {
    const outline = wallOutline();
    outline.update(new Map([['h', { ...sticky(1, 'Card expires?'), id: 'h', kind: 'hotspot', props: { status: 'open', owner: 'Ann' } } as WireElement]]));
    expect(texts(outline.node)).toEqual(['Hotspot (open · Ann): Card expires?']);
  });

  it('builds a large wall in slices over idle moments, then shows it whole', () => {
    const outline = wallOutline();
    outline.update(wall(3000));
    expect(texts(outline.node)).toEqual([]);
    runIdle(2);
    expect(texts(outline.node)).toEqual([]); // part built, nothing half-shown
    for (let i = 0; i < 10 && idle.length > 0; i++) runIdle(2);
    expect(texts(outline.node)).toHaveLength(3000);
    expect(texts(outline.node)[2999]).toBe('Domain event: Event 2999');
  });

  it('shows the newest wall when the wall changes while a slice is being built', () => {
    const outline = wallOutline();
    outline.update(wall(3000));
    runIdle(2);
    outline.update(wall(3000, (i) => (i === 0 ? 'Renamed' : `Event ${i}`)));
    for (let i = 0; i < 20 && idle.length > 0; i++) runIdle(2);
    expect(idle).toEqual([]);
    expect(texts(outline.node)[0]).toBe('Domain event: Renamed');
    expect(texts(outline.node)).toHaveLength(3000);
  });

  it('describes each sticky with what the coach finds about it, as its marker does, and again when the findings change', () => {
    const outline = wallOutline();
    const view = new Map([['a', { ...sticky(1, 'Invoice Sends'), id: 'a' }], ['b', { ...sticky(2, 'Box Shipped'), id: 'b' }]]);
    const sends: Finding = {
      key: 'event-not-past-tense:a', rule: 'event-not-past-tense', severity: 'error', elements: ['a'],
      message: 'An event records a fact that has happened, but this name does not read in the past tense.',
      hint: 'Name what happened, in the past tense.', accepted: null,
    };
    const arrow: Finding = { ...sends, key: 'event-causes-event:a,b', rule: 'event-causes-event', severity: 'warning', elements: ['a', 'b'], message: 'Events don\'t cause events.', hint: 'Put a policy between them.' };

    outline.update(view, new Map([['a', [sends, arrow]], ['b', [arrow]]]));
    expect(texts(outline.node)).toEqual(['Domain event: Invoice Sends', 'Domain event: Box Shipped']);
    expect(descriptions(outline.node)).toEqual([
      'Coach, error: An event records a fact that has happened, but this name does not read in the past tense. Name what happened, in the past tense.'
        + '; warning: Events don\'t cause events. Put a policy between them.',
      'Coach, warning: Events don\'t cause events. Put a policy between them.',
    ]);

    outline.update(view, new Map([['b', [arrow]]])); // the first fixed: the same wall, other findings
    expect(descriptions(outline.node)).toEqual([null, 'Coach, warning: Events don\'t cause events. Put a policy between them.']);
    outline.update(view);
    expect(descriptions(outline.node)).toEqual([null, null]);
    expect(texts(outline.node)).toEqual(['Domain event: Invoice Sends', 'Domain event: Box Shipped']);
  });
});
