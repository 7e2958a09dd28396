import type { ChecksChanged, Checks, Finding, Severity } from '../sync/protocol';

/**
 * What the notation coach says about the wall, as this person sees it: the server's list (the same for everyone),
 * less what this person has hidden for themselves. A finding is open when it is neither accepted for the board nor
 * hidden here; only open findings mark stickies and count.
 */
export interface CoachState {
  /** Whether the facilitator has the coach on for this board; null before the server has said. */
  readonly enabled: boolean | null;
  readonly seq: number;
  /** In the server's order. */
  readonly findings: readonly Finding[];
  readonly byKey: ReadonlyMap<string, Finding>;
  /** Open findings by the ids of the elements they name. */
  readonly byElement: ReadonlyMap<string, readonly Finding[]>;
  /** Keys this person has hidden on this board. */
  readonly hidden: ReadonlySet<string>;
}

export const NO_CHECKS: CoachState = { enabled: null, seq: 0, findings: [], byKey: new Map(), byElement: new Map(), hidden: new Set() };

const WEIGHT: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** The heavier of two severities: an element named by an error and a hint is marked as an error. */
export function worst(a: Severity, b: Severity): Severity {
  return WEIGHT[a] <= WEIGHT[b] ? a : b;
}

/** The rules in the order of the server's table (docs/coach.md): findings come in this order, then by key. */
export const RULE_ORDER: readonly Finding['rule'][] = [
  'event-not-past-tense', 'command-not-imperative', 'crud-event', 'policy-not-when-then', 'event-causes-event',
  'command-causes-command', 'aggregate-too-large', 'god-aggregate', 'overlapping-boundaries',
  'crossing-event-without-policy', 'command-chain-crosses-contexts', 'two-way-coupling', 'external-without-acl',
  'command-without-failure', 'hotspot-without-owner',
];

const RANK = new Map<string, number>(RULE_ORDER.map((rule, i) => [rule, i]));

function serverOrder(a: Finding, b: Finding): number {
  const byRule = (RANK.get(a.rule) ?? RULE_ORDER.length) - (RANK.get(b.rule) ?? RULE_ORDER.length);
  if (byRule !== 0) return byRule;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The coach's list after a message from the server: a whole list replaces the one held; a change applies to the
 * list it was made from. A change that comes before any list, or that a later whole list already holds, is
 * ignored. The server sends changes in order after the list it sent, so another `since` cannot come from it; were
 * one to, the change is applied all the same, being the best guess of the list at its `seq`.
 */
export function withChecks(held: Checks | null, message: Checks | ChecksChanged): Checks | null {
  if (message.type === 'checks') return message;
  if (held === null || message.seq <= held.seq) return held;
  const gone = new Set(message.removed);
  for (const finding of message.added) gone.add(finding.key);
  const findings = held.findings.filter((f) => !gone.has(f.key)).concat(message.added);
  findings.sort(serverOrder);
  return { type: 'checks', seq: message.seq, enabled: held.enabled, findings };
}

export function fromChecks(message: Pick<Checks, 'seq' | 'enabled' | 'findings'>, hidden: ReadonlySet<string>): CoachState {
  const findings = message.enabled ? message.findings : [];
  return index({ enabled: message.enabled, seq: message.seq, findings, hidden });
}

/** The same list with another set of hidden keys. */
export function withHidden(state: CoachState, hidden: ReadonlySet<string>): CoachState {
  return index({ enabled: state.enabled, seq: state.seq, findings: state.findings, hidden });
}

function index(state: Pick<CoachState, 'enabled' | 'seq' | 'findings' | 'hidden'>): CoachState {
  const byKey = new Map<string, Finding>();
  const byElement = new Map<string, Finding[]>();
  for (const finding of state.findings) {
    byKey.set(finding.key, finding);
    if (!open(finding, state.hidden)) continue;
    for (const id of new Set(finding.elements)) {
      const list = byElement.get(id);
      if (list) list.push(finding);
      else byElement.set(id, [finding]);
    }
  }
  return { ...state, byKey, byElement };
}

function open(finding: Finding, hidden: ReadonlySet<string>): boolean {
  return finding.accepted === null && !hidden.has(finding.key);
}

export function isOpen(state: CoachState, finding: Finding): boolean {
  return open(finding, state.hidden);
}

/** The count everyone sees beside the Coach button: the open findings. */
export function openCount(state: CoachState): number {
  let count = 0;
  for (const finding of state.findings) if (open(finding, state.hidden)) count++;
  return count;
}

export interface RuleGroup {
  readonly rule: string;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/**
 * The findings by rule, for the panel: errors first, then warnings, then hints, each group in the server's order.
 * `which` picks open ones, accepted ones or those this person has hidden.
 */
export function groupedByRule(state: CoachState, which: 'open' | 'accepted' | 'hidden' = 'open'): RuleGroup[] {
  const groups = new Map<string, { rule: string; severity: Severity; findings: Finding[] }>();
  for (const finding of state.findings) {
    const status = finding.accepted !== null ? 'accepted' : state.hidden.has(finding.key) ? 'hidden' : 'open';
    if (status !== which) continue;
    const group = groups.get(finding.rule);
    if (group) {
      group.findings.push(finding);
      group.severity = worst(group.severity, finding.severity);
    } else {
      groups.set(finding.rule, { rule: finding.rule, severity: finding.severity, findings: [finding] });
    }
  }
  return [...groups.values()].sort((a, b) => WEIGHT[a.severity] - WEIGHT[b.severity]);
}

/** How a rule's id reads as a heading: "event-not-past-tense" → "Event not past tense". */
export function ruleTitle(rule: string): string {
  const words = rule.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** At most this many hidden keys are kept per board, the latest ones. */
export const MAX_HIDDEN = 500;

/**
 * The findings this person has hidden on one board, kept on this device (they are nobody else's business and need
 * no server): a finding hidden stays hidden while its rule names the same elements.
 */
export class HiddenFindings {
  private readonly storageKey: string;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    boardId: string,
  ) {
    this.storageKey = `stormwall.coach.hidden.${boardId}`;
  }

  keys(): Set<string> {
    try {
      const value: unknown = JSON.parse(this.storage.getItem(this.storageKey) ?? '[]');
      return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
    } catch {
      return new Set();
    }
  }

  hide(key: string): Set<string> {
    const keys = this.keys();
    keys.delete(key);
    keys.add(key);
    return this.save(keys);
  }

  show(key: string): Set<string> {
    const keys = this.keys();
    keys.delete(key);
    return this.save(keys);
  }

  private save(keys: Set<string>): Set<string> {
    const kept = [...keys].slice(-MAX_HIDDEN);
    try {
      this.storage.setItem(this.storageKey, JSON.stringify(kept));
    } catch {
      // a full or refused storage: the choice holds for this visit only
    }
    return new Set(kept);
  }
}
