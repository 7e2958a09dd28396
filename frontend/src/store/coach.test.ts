import { describe, expect, it } from 'vitest';
import type { Finding } from '../sync/protocol';
import { readFileSync } from 'node:fs';
import { fromChecks, groupedByRule, HiddenFindings, isOpen, MAX_HIDDEN, NO_CHECKS, openCount, RULE_ORDER, ruleTitle, withChecks, withHidden, worst } from './coach';

const INVOICE = 'a0000000-0000-4000-8000-000000000001';
const SHIPPED = 'a0000000-0000-4000-8000-000000000002';
const ARROW = 'a0000000-0000-4000-8000-000000000003';
const POLICY = 'a0000000-0000-4000-8000-000000000004';

function finding(rule: Finding['rule'], severity: Finding['severity'], elements: Finding['elements'], accepted: Finding['accepted'] = null): Finding {
  return { key: `${rule}:${[...elements].sort().join(',')}`, rule, severity, elements, message: `${rule} message`, hint: `${rule} hint`, accepted };
}

const pastTense = finding('event-not-past-tense', 'error', [INVOICE]);
const eventCausesEvent = finding('event-causes-event', 'warning', [ARROW, INVOICE, SHIPPED]);
const whenThen = finding('policy-not-when-then', 'hint', [POLICY]);
const accepted = finding('crud-event', 'warning', [SHIPPED], { by: 'Fran', at: '2026-11-30T10:00:00Z' });

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe("the coach's findings as one person sees them", () => {
  const checks = { seq: 7, enabled: true, findings: [whenThen, eventCausesEvent, pastTense, accepted] };

  it('before the server has said anything: nothing, and not known whether the coach is on', () => {
    expect(NO_CHECKS.enabled).toBeNull();
    expect(openCount(NO_CHECKS)).toBe(0);
  });

  it('marks every element an open finding names, with all the findings naming it', () => {
    const state = fromChecks(checks, new Set());
    expect(state.seq).toBe(7);
    expect([...state.byElement.keys()].sort()).toEqual([INVOICE, SHIPPED, ARROW, POLICY].sort());
    expect(state.byElement.get(INVOICE)).toEqual([eventCausesEvent, pastTense]);
    // accepted for the board: kept in the list, marking nothing
    expect(state.byElement.get(SHIPPED)).toEqual([eventCausesEvent]);
    expect(state.byKey.get(accepted.key)).toBe(accepted);
    expect(openCount(state)).toBe(3);
  });

  it('leaves out what this person has hidden, and counts it no more', () => {
    const state = fromChecks(checks, new Set([pastTense.key]));
    expect(state.byElement.get(INVOICE)).toEqual([eventCausesEvent]);
    expect(isOpen(state, pastTense)).toBe(false);
    expect(isOpen(state, eventCausesEvent)).toBe(true);
    expect(openCount(state)).toBe(2);
    const shownAgain = withHidden(state, new Set());
    expect(shownAgain.byElement.get(INVOICE)).toEqual([eventCausesEvent, pastTense]);
    expect(openCount(shownAgain)).toBe(3);
  });

  it('shows nothing when the facilitator has switched the coach off, whatever the list holds', () => {
    const state = fromChecks({ ...checks, enabled: false }, new Set());
    expect(state.enabled).toBe(false);
    expect(state.byElement.size).toBe(0);
    expect(openCount(state)).toBe(0);
  });

  it('groups by rule, errors first, then warnings, then hints; accepted and hidden ones apart', () => {
    const state = fromChecks(
      { ...checks, findings: [...checks.findings, finding('event-not-past-tense', 'error', [SHIPPED])] },
      new Set([whenThen.key]),
    );
    expect(groupedByRule(state).map((g) => [g.rule, g.severity, g.findings.length])).toEqual([
      ['event-not-past-tense', 'error', 2],
      ['event-causes-event', 'warning', 1],
    ]);
    expect(groupedByRule(state, 'accepted').map((g) => g.findings)).toEqual([[accepted]]);
    expect(groupedByRule(state, 'hidden').map((g) => g.findings)).toEqual([[whenThen]]);
  });

  it('weighs an error over a warning over a hint', () => {
    expect(worst('hint', 'warning')).toBe('warning');
    expect(worst('error', 'warning')).toBe('error');
    expect(worst('hint', 'hint')).toBe('hint');
  });

  it('reads a rule id as a heading', () => {
    expect(ruleTitle('event-not-past-tense')).toBe('Event not past tense');
    expect(ruleTitle('god-aggregate')).toBe('God aggregate');
  });
});

describe('findings hidden by one person', () => {
  it('are kept per board on this device, and shown again on request', () => {
    const storage = new MemoryStorage();
    const here = new HiddenFindings(storage, 'board-1');
    expect(here.keys()).toEqual(new Set());
    expect(here.hide(pastTense.key)).toEqual(new Set([pastTense.key]));
    here.hide(whenThen.key);
    expect(new HiddenFindings(storage, 'board-1').keys()).toEqual(new Set([pastTense.key, whenThen.key]));
    expect(new HiddenFindings(storage, 'board-2').keys()).toEqual(new Set());
    expect(here.show(pastTense.key)).toEqual(new Set([whenThen.key]));
  });

  it('survive a stored value that is not theirs, and keep only the latest ones', () => {
    const storage = new MemoryStorage();
    storage.setItem('stormwall.coach.hidden.b', '{not json');
    const hidden = new HiddenFindings(storage, 'b');
    expect(hidden.keys()).toEqual(new Set());
    storage.setItem('stormwall.coach.hidden.b', JSON.stringify(['a', 1, null, 'b']));
    expect(hidden.keys()).toEqual(new Set(['a', 'b']));
    for (let i = 0; i < MAX_HIDDEN + 5; i++) hidden.hide(`k${i}`);
    const kept = hidden.keys();
    expect(kept.size).toBe(MAX_HIDDEN);
    expect(kept.has(`k${MAX_HIDDEN + 4}`)).toBe(true);
    expect(kept.has('a')).toBe(false);
  });

  it('still hide for this visit when the storage refuses to keep them', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('quota'); } };
    expect(new HiddenFindings(full, 'b').hide('k')).toEqual(new Set(['k']));
  });
});

describe('the list kept up to date from what changed in it', () => {
  const whole = { type: 'checks' as const, seq: 7, enabled: true, findings: [pastTense, whenThen, eventCausesEvent] };

  it('adds new findings in the server order, replaces changed ones and drops those gone', () => {
    const acceptedNow = { ...eventCausesEvent, accepted: { by: 'Grace', at: '2026-11-30T10:00:00Z' } };
    const next = withChecks(whole, { type: 'checksChanged', since: 7, seq: 9, added: [acceptedNow, accepted], removed: [pastTense.key] });
    expect(next).toEqual({ type: 'checks', seq: 9, enabled: true, findings: [accepted, whenThen, acceptedNow] });
  });

  it('a whole list replaces the one held', () => {
    const off = { type: 'checks' as const, seq: 8, enabled: false, findings: [] };
    expect(withChecks(whole, off)).toBe(off);
    expect(withChecks(null, whole)).toBe(whole);
  });

  it('ignores a change before any list, and one the list held already includes', () => {
    const change = { type: 'checksChanged' as const, since: 6, seq: 7, added: [accepted], removed: [] };
    expect(withChecks(null, change)).toBeNull();
    expect(withChecks(whole, change)).toBe(whole);
  });

  it('knows the rules in the order of the schema, which is the order of the server\'s table', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../docs/protocol/protocol.schema.json', import.meta.url), 'utf8'));
    expect(RULE_ORDER).toEqual(schema.$defs.finding.properties.rule.enum);
  });
});
