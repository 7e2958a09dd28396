import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { layoutSticky, ownFontSize } from './stickyLayout';

/** Every character as wide as the average letter the font size is chosen by (0.56 of the size), bold or not. */
const measure = (font: string, text: string): number => Array.from(text).length * 0.56 * Number(/(\d+)px/.exec(font)![1]);

const sticky = (text: string, extra: Partial<WireElement> = {}): WireElement =>
  ({ id: 's', kind: 'event', text, x: 0, y: 0, w: 160, h: 100, z: 1, ...extra }) as WireElement;

describe('a sticky laid out for drawing', () => {
  it('at full size writes the kind label over the text at the sticky own size', () => {
    const e = sticky('Order placed');
    const own = ownFontSize(e);
    const laid = layoutSticky(e, own, 1, measure);
    expect(laid.label).toContain('Domain event');
    expect(laid.size).toBe(own);
    expect(laid.lines.join(' ')).toBe('Order placed');
    expect(laid.badge).toBeNull();
  });

  it('zoomed out drops the label and writes the text large enough to read on screen', () => {
    const e = sticky('Order paid');
    const own = ownFontSize(e);
    const laid = layoutSticky(e, own, 0.27, measure);
    expect(laid.label).toBe('');
    // 11 screen pixels at 25 % (the zoom taken in steps of 5 %)
    expect(laid.size).toBe(Math.ceil(11 / 0.25));
    expect(laid.size * 0.27).toBeGreaterThanOrEqual(11);
    expect(laid.lines.length).toBeGreaterThan(0);
    // one line of 44 units fits in the sticky's 100: what does not fit ends in an ellipsis
    expect(laid.lines).toEqual(['Order…']);
  });

  it('zoomed out cuts a word too long for a line short instead of breaking it in two', () => {
    const e = sticky('Subscriptionrenewalfailed');
    const laid = layoutSticky(e, ownFontSize(e), 0.2, measure);
    expect(laid.lines[0]).toMatch(/…$/);
    expect(laid.lines).toHaveLength(1);
  });

  it('keeps a badge at the foot that stays legible zoomed out', () => {
    const e = sticky('Payment failed', { kind: 'hotspot', props: { status: 'open', owner: 'Ann' } } as Partial<WireElement>);
    const full = layoutSticky(e, ownFontSize(e), 1, measure);
    expect(full.badge?.text).toBe('open · Ann');
    const far = layoutSticky(e, ownFontSize(e), 0.25, measure);
    expect(far.badge!.size * 0.25).toBeGreaterThanOrEqual(8);
    // the text's band ends above the badge
    expect(far.top + far.height).toBeLessThanOrEqual(e.h - far.badge!.size * 1.45);
  });

  it('moves its label and text below a title bar that covers its top, unless the bar hides most of it', () => {
    const e = sticky('Order placed');
    const own = ownFontSize(e);
    const free = layoutSticky(e, own, 1, measure);
    const under = layoutSticky(e, own, 1, measure, 20);
    expect(under.labelY).toBe(free.labelY + 20);
    expect(under.top).toBe(free.top + 20);
    expect(under.top + under.height).toBe(free.top + free.height);
    expect(under.lines.join(' ')).toBe('Order placed');
    expect(layoutSticky(e, own, 1, measure, 80)).toEqual(free);
  });

  describe('with fields', () => {
    const field = (name: string, type: string, at: number) => ({ name, type, at });
    const command = (count: number, extra: Partial<WireElement> = {}): WireElement =>
      sticky('Activate subscription', {
        kind: 'command',
        h: 160,
        props: { fields: Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, field(`field${i}`, i === 0 ? 'id' : 'date', i)])) },
        ...extra,
      } as Partial<WireElement>);

    it('at full size lists them under the text, a row each, in their order, instead of the badge', () => {
      const e = command(3);
      const laid = layoutSticky(e, ownFontSize(e), 1, measure);
      expect(laid.list?.rows).toEqual(['field0: id', 'field1: date', 'field2: date']);
      expect(laid.badge).toBeNull();
      // the text's band ends above the list, and the list ends inside the sticky
      expect(laid.top + laid.height).toBeLessThanOrEqual(laid.list!.top);
      expect(laid.list!.top + 3 * 13).toBeLessThanOrEqual(e.h);
      expect(laid.lines.join(' ')).toBe('Activate subscription');
    });

    it('says how many more there are when not all fit', () => {
      const e = command(12);
      const laid = layoutSticky(e, ownFontSize(e), 1, measure);
      const rows = laid.list!.rows;
      expect(rows.at(-1)).toBe(`+${12 - rows.length + 1} more`);
      expect(rows.slice(0, -1)).toEqual(rows.slice(0, -1).map((_, i) => `field${i}: ${i === 0 ? 'id' : 'date'}`));
      expect(laid.list!.top).toBeGreaterThanOrEqual(laid.top + 2 * 12);
    });

    it('counts the scenarios in the last row', () => {
      const e = command(1, {
        props: { fields: { f0: field('planId', 'id', 0) }, scenarios: { s1: { given: ['Plan Chosen'], then: ['Subscription Activated'], at: 0 } } },
      } as Partial<WireElement>);
      expect(layoutSticky(e, ownFontSize(e), 1, measure).list?.rows).toEqual(['planId: id', '1 scenario']);
    });

    it('zoomed out leaves the list to the badge, which names the fields in one line', () => {
      const e = command(3);
      const far = layoutSticky(e, ownFontSize(e), 0.25, measure);
      expect(far.list).toBeNull();
      expect(far.badge?.text).toMatch(/^field/);
    });

    it('on a sticky too small for two rows keeps the badge', () => {
      const e = command(3, { h: 70 });
      const laid = layoutSticky(e, ownFontSize(e), 1, measure);
      expect(laid.list).toBeNull();
      expect(laid.badge).not.toBeNull();
    });
  });
});
