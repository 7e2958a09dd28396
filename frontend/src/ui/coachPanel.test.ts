// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fromChecks, NO_CHECKS, type CoachState } from '../store/coach';
import type { Finding } from '../sync/protocol';
import { coachPanel, LISTED_PER_RULE, type CoachPanelActions } from './coachPanel';

function finding(rule: Finding['rule'], severity: Finding['severity'], elements: Finding['elements'], accepted: Finding['accepted'] = null): Finding {
  return { key: `${rule}:${elements.join(',')}`, rule, severity, elements, message: `${rule} says`, hint: `${rule} fix`, accepted };
}

const NAMES: Record<string, string> = { a: '“Invoice Sends”', b: '“Order Placed”', c: '“Payment Captured”' };
const pastTense = finding('event-not-past-tense', 'error', ['a']);
const grammar = finding('event-causes-event', 'warning', ['b', 'c']);
const accepted = finding('crud-event', 'warning', ['c'], { by: 'Fran', at: '2026-11-30T10:00:00Z' });

function panel(state: CoachState, facilitator: boolean, order: () => (a: Finding, b: Finding) => number = () => () => 0) {
  const actions: CoachPanelActions = { jump: vi.fn(), hide: vi.fn(), accept: vi.fn(), setEnabled: vi.fn() };
  const ui = coachPanel(actions);
  document.body.replaceChildren(ui.button, ui.node);
  ui.update({ state, facilitator, describe: (id) => NAMES[id] ?? '', named: (ids) => [...ids], order });
  return { ui, actions };
}

const buttons = (node: HTMLElement, key: string): string[] =>
  [...node.querySelectorAll<HTMLButtonElement>(`[data-key="${key}"] .coach-actions button`)].map((b) => b.textContent ?? '');

describe('the Coach button and panel', () => {
  const state = fromChecks({ seq: 4, enabled: true, findings: [grammar, pastTense, accepted] }, new Set());

  it("counts the open findings on its button, for everyone, and opens and closes the panel", () => {
    const { ui } = panel(state, false);
    expect(ui.button.textContent).toBe('Coach · 2');
    expect(ui.node.hidden).toBe(true);
    ui.button.click();
    expect(ui.node.hidden).toBe(false);
    expect(ui.button.getAttribute('aria-expanded')).toBe('true');
    ui.node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.node.hidden).toBe(true);
  });

  it('lists findings by rule, errors first, each naming its stickies; a participant may hide, not accept', () => {
    const { ui, actions } = panel(state, false);
    ui.toggle();
    expect([...ui.node.querySelectorAll('.coach-list > .coach-group h3')].map((h) => h.textContent)).toEqual([
      '! Event not past tense (1)',
      '! Event causes event (1)',
    ]);
    expect(ui.node.querySelector(`[data-key="${grammar.key}"] .coach-names`)?.textContent).toBe('“Order Placed” · “Payment Captured”');
    expect(ui.node.querySelector<HTMLElement>('.coach-switch')?.hidden).toBe(true);
    expect(buttons(ui.node, pastTense.key)).toEqual(['Hide']);
    ui.node.querySelector<HTMLButtonElement>(`[data-key="${pastTense.key}"] .coach-actions button`)!.click();
    expect(actions.hide).toHaveBeenCalledWith(pastTense.key, true);
    ui.node.querySelector<HTMLButtonElement>(`[data-key="${grammar.key}"] .coach-jump`)!.click();
    expect(actions.jump).toHaveBeenCalledWith(grammar);
    // the accepted one is folded away, saying who accepted it
    expect(ui.node.querySelector('[data-testid=coach-accepted] summary')?.textContent).toBe('Accepted for the board (1)');
    expect(ui.node.querySelector(`[data-key="${accepted.key}"] .coach-accepted`)?.textContent).toMatch(/^Accepted by Fran, /);
    expect(buttons(ui.node, accepted.key)).toEqual([]);
  });

  it("gives the facilitator Accept, Reopen and the board's switch", () => {
    const { ui, actions } = panel(state, true);
    ui.toggle();
    expect(buttons(ui.node, pastTense.key)).toEqual(['Hide', 'Accept']);
    expect(buttons(ui.node, accepted.key)).toEqual(['Reopen']);
    ui.node.querySelector<HTMLButtonElement>(`[data-key="${pastTense.key}"] .coach-actions button:last-child`)!.click();
    expect(actions.accept).toHaveBeenCalledWith(pastTense.key, true);
    const toggle = ui.node.querySelector<HTMLInputElement>('[data-testid=coach-enabled]')!;
    expect(toggle.checked).toBe(true);
    toggle.click();
    expect(actions.setEnabled).toHaveBeenCalledWith(false);
    // it shows what the board says until the server has switched the coach
    expect(toggle.checked).toBe(true);
  });

  it("says a rule's message and hint once over its list when they are the same for each finding, else with each", () => {
    const large = (id: string, n: number) => ({ ...finding('aggregate-too-large', 'warning', [id]), message: `This aggregate holds ${n} events.` });
    const { ui } = panel(fromChecks({ seq: 6, enabled: true, findings: [pastTense, { ...pastTense, key: 'k2', elements: ['b'] }, large('a', 9), large('b', 12)] }, new Set()), false);
    ui.toggle();
    const group = (rule: string) => ui.node.querySelector(`.coach-list > .coach-group[data-rule=${rule}]`)!;
    expect(group('event-not-past-tense').querySelector(':scope > .coach-rule-message')?.textContent).toBe('event-not-past-tense says');
    expect(group('event-not-past-tense').querySelectorAll('.coach-item .coach-hint')).toHaveLength(0);
    expect([...group('event-not-past-tense').querySelectorAll('.coach-jump')].map((b) => b.textContent)).toEqual(['“Invoice Sends”', '“Order Placed”']);
    expect(group('aggregate-too-large').querySelector(':scope > .coach-rule-message')).toBeNull();
    expect([...group('aggregate-too-large').querySelectorAll('.coach-message')].map((m) => m.textContent)).toEqual(['This aggregate holds 9 events.', 'This aggregate holds 12 events.']);
  });

  it('lists at most a hundred findings of one rule, saying how many more there are', () => {
    const many = Array.from({ length: LISTED_PER_RULE + 20 }, (_, i) => finding('event-not-past-tense', 'error', [`e${i}`]));
    const { ui } = panel(fromChecks({ seq: 9, enabled: true, findings: many }, new Set()), false);
    ui.toggle();
    expect(ui.button.textContent).toBe(`Coach · ${LISTED_PER_RULE + 20}`);
    expect(ui.node.querySelectorAll('[data-testid=coach-finding]')).toHaveLength(LISTED_PER_RULE);
    expect(ui.node.querySelector('.coach-more')?.textContent).toBe('and 20 more: their markers are on the wall');
  });

  it("lists a rule's findings in the order the panel is given, as the wall stands when it is drawn", () => {
    const findings = ['e1', 'e2', 'e3'].map((id) => finding('event-not-past-tense', 'error', [id]));
    let places: Record<string, number> = { e1: 3, e2: 1, e3: 2 };
    const order = () => {
      const at = { ...places };
      return (a: Finding, b: Finding) => at[a.elements[0]!]! - at[b.elements[0]!]!;
    };
    const { ui } = panel(fromChecks({ seq: 9, enabled: true, findings }, new Set()), false, order);
    const listed = () => [...ui.node.querySelectorAll<HTMLElement>('[data-testid=coach-finding]')].map((li) => li.dataset['key']);
    ui.toggle();
    expect(listed()).toEqual([findings[1]!.key, findings[2]!.key, findings[0]!.key]);
    places = { e1: 1, e2: 2, e3: 3 };
    ui.toggle();
    ui.toggle();
    expect(listed()).toEqual(findings.map((f) => f.key));
  });

  it('keeps the focus on the finding when the button pressed moves with it to another part of the list', () => {
    const { ui } = panel(state, false);
    ui.toggle();
    const hide = ui.node.querySelector<HTMLButtonElement>(`[data-key="${pastTense.key}"] .coach-actions button`)!;
    hide.focus();
    const view = (hidden: string[]) => ({ state: fromChecks({ seq: 4, enabled: true, findings: [grammar, pastTense, accepted] }, new Set(hidden)), facilitator: false, describe: () => '', named: (ids: readonly string[]) => [...ids], order: () => () => 0 });
    ui.update(view([pastTense.key]));
    // hidden, it is folded away: the focus stays in the panel
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close the coach');
    ui.node.querySelector<HTMLDetailsElement>('[data-testid=coach-hidden]')!.open = true;
    ui.node.querySelector<HTMLButtonElement>(`[data-key="${pastTense.key}"] .coach-actions button`)!.focus();
    ui.update(view([]));
    // shown again, the focus is on the finding itself
    expect(document.activeElement?.classList.contains('coach-jump')).toBe(true);
    expect(document.activeElement?.closest('[data-key]')?.getAttribute('data-key')).toBe(pastTense.key);
  });

  it('says when the coach is off, or not heard from yet', () => {
    const off = panel(fromChecks({ seq: 5, enabled: false, findings: [pastTense] }, new Set()), false).ui;
    off.toggle();
    expect(off.button.textContent).toBe('Coach · off');
    expect(off.node.querySelector('[data-testid=coach-status]')?.textContent).toBe('The facilitator has switched the coach off for this board.');
    expect(off.node.querySelectorAll('[data-testid=coach-finding]')).toHaveLength(0);
    const waiting = panel(NO_CHECKS, true).ui;
    waiting.toggle();
    expect(waiting.node.querySelector('[data-testid=coach-status]')?.textContent).toBe('Waiting for the coach…');
    expect(waiting.node.querySelector<HTMLInputElement>('[data-testid=coach-enabled]')?.disabled).toBe(true);
  });
});
