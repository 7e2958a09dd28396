import { SEVERITY_STYLES } from '../render/coachMarkers';
import { groupedByRule, openCount, ruleTitle, type CoachState, type RuleGroup } from '../store/coach';
import type { Finding } from '../sync/protocol';
import { el } from './dom';
import { sidePanel } from './sidePanel';
import { shortcutTitle } from './help';

export interface CoachPanelActions {
  /** Selects the finding's elements and brings them to the middle of the view. */
  jump(finding: Finding): void;
  /** Hides a finding for this person only, or shows it again. */
  hide(key: string, hidden: boolean): void;
  /** Facilitator: accepts a finding for the whole board, or takes that back. */
  accept(key: string, accepted: boolean): void;
  /** Facilitator: switches the coach on or off for the board. */
  setEnabled(enabled: boolean): void;
}

export interface CoachView {
  readonly state: CoachState;
  readonly facilitator: boolean;
  /** How an element reads in a list: a sticky by its text, an arrow by its ends. */
  readonly describe: (id: string) => string;
  /** Which of a finding's elements to name: an arrow stands for its ends. */
  readonly named: (ids: readonly string[]) => string[];
  /** The order of a rule's findings in the list, as the wall stands when the list is drawn. */
  readonly order: () => (a: Finding, b: Finding) => number;
}

/**
 * The Coach button in the board bar ("Coach · 3": the open findings, for everyone) and the panel it opens over the
 * wall's right side: the findings grouped by rule, each jumping to its stickies; "Hide" for oneself; for the
 * facilitator "Accept" and the coach's switch for the board.
 */
export function coachPanel(actions: CoachPanelActions): {
  button: HTMLButtonElement;
  node: HTMLElement;
  toggle(): void;
  update(view: CoachView): void;
} {
  const button = el('button', {
    type: 'button',
    class: 'coach-toggle',
    title: shortcutTitle('Notation coach: what the wall breaks of the method', 'coach'),
    'aria-expanded': 'false',
    'aria-controls': 'coach-panel',
    'data-testid': 'coach-toggle',
  }, 'Coach');
  const close = el('button', { type: 'button', class: 'coach-close', 'aria-label': 'Close the coach' }, '×');
  const enabled = el('input', { type: 'checkbox', role: 'switch', 'data-testid': 'coach-enabled' });
  const switchRow = el('label', { class: 'coach-switch' }, enabled, ' Coach on for this board');
  const status = el('p', { class: 'coach-status', role: 'status', 'data-testid': 'coach-status' });
  const list = el('div', { class: 'coach-list', 'data-testid': 'coach-list' });
  const node = el(
    'aside',
    { id: 'coach-panel', class: 'coach-panel', 'aria-label': 'Notation coach', 'data-testid': 'coach-panel' },
    el('div', { class: 'coach-head' }, el('h2', {}, 'Notation coach'), close),
    switchRow,
    status,
    list,
  );
  let shown: CoachView | null = null;

  const { toggle } = sidePanel(button, node, () => {
    if (shown) render(shown);
  });
  close.addEventListener('click', () => {
    toggle();
    button.focus();
  });
  enabled.addEventListener('change', () => {
    actions.setEnabled(enabled.checked);
    // the switch shows what the board says: it moves when the server has switched the coach
    if (shown) enabled.checked = shown.state.enabled === true;
  });
  // typing in the panel is not a shortcut for the wall, except the key that closes it
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      toggle();
      button.focus();
    }
  });

  /**
   * After Hide, Show, Accept or Reopen the button pressed has moved to another part of the list: the focus follows
   * the finding there, or else stays in the panel, so that the keys still act on it.
   */
  const refocus = (focused: string): void => {
    const key = focused.slice(focused.indexOf(' ') + 1);
    // what is folded away cannot take the focus
    const shown = (e: HTMLElement): boolean => !e.closest('details:not([open])');
    const same = [...list.querySelectorAll<HTMLElement>('[data-focus]')].find((e) => e.dataset['focus'] === focused && shown(e));
    const finding = [...list.querySelectorAll<HTMLElement>('.coach-item')].find((e) => e.dataset['key'] === key && shown(e));
    (same ?? finding?.querySelector<HTMLElement>('.coach-jump') ?? close).focus();
  };

  const render = (view: CoachView): void => {
    const { state, facilitator } = view;
    switchRow.hidden = !facilitator;
    enabled.checked = state.enabled === true;
    enabled.disabled = state.enabled === null;
    status.textContent = statusText(state, facilitator);
    // the control that had the focus keeps it across the list being drawn again
    const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement.dataset['focus'] : undefined;
    const order = view.order();
    const groups = (which: Which): RuleGroup[] =>
      groupedByRule(state, which).map((group) => ({ ...group, findings: [...group.findings].sort(order) }));
    const sections = [
      ...groups('open').map((group) => ruleSection(group, view, actions, 'open')),
      past('Accepted for the board', groups('accepted'), view, actions, 'accepted'),
      past('Hidden by you', groups('hidden'), view, actions, 'hidden'),
    ].filter((section): section is HTMLElement => section !== null);
    list.replaceChildren(...sections);
    if (focused) refocus(focused);
  };

  return {
    button,
    node,
    toggle,
    update(view) {
      const count = openCount(view.state);
      button.textContent = view.state.enabled === false ? 'Coach · off' : `Coach · ${count}`;
      button.dataset['count'] = String(count);
      button.classList.toggle('coach-has-findings', count > 0);
      if (shown?.state === view.state && shown.facilitator === view.facilitator) return;
      shown = view;
      if (!node.hidden) render(view);
    },
  };
}

function statusText(state: CoachState, facilitator: boolean): string {
  if (state.enabled === null) return 'Waiting for the coach…';
  if (!state.enabled) {
    return facilitator
      ? 'The coach is off for this board: nobody sees its findings. Switch it on to see them again.'
      : 'The facilitator has switched the coach off for this board.';
  }
  const open = openCount(state);
  if (open === 0) return state.findings.length === 0 ? 'Nothing to point out on this wall.' : 'Nothing open: every finding is accepted or hidden.';
  return `${open} ${open === 1 ? 'finding' : 'findings'} on this wall.`;
}

type Which = 'open' | 'accepted' | 'hidden';

function ruleSection(group: RuleGroup, view: CoachView, actions: CoachPanelActions, which: Which): HTMLElement {
  const style = SEVERITY_STYLES[group.severity];
  // a rule says the same of each place it names: said once over its list, which then names the places only
  const first = group.findings[0]!;
  const shared = group.findings.every((f) => f.message === first.message && f.hint === first.hint);
  return el(
    'section',
    { class: 'coach-group', 'data-rule': group.rule },
    el(
      'h3',
      {},
      el('span', { class: `coach-severity coach-sev-${group.severity}`, title: style.label, 'aria-label': style.label }, style.glyph),
      ` ${ruleTitle(group.rule)} `,
      el('span', { class: 'coach-count' }, `(${group.findings.length})`),
    ),
    ...(shared ? [el('p', { class: 'coach-rule-message' }, first.message), el('p', { class: 'coach-hint' }, first.hint)] : []),
    el('ul', {}, ...group.findings.slice(0, LISTED_PER_RULE).map((finding) => item(finding, view, actions, which, shared))),
    ...(group.findings.length > LISTED_PER_RULE
      ? [el('p', { class: 'coach-more' }, `and ${group.findings.length - LISTED_PER_RULE} more: their markers are on the wall`)]
      : []),
  );
}

/** A rule that fires all over a large wall lists this many; the markers show the rest. */
export const LISTED_PER_RULE = 100;

/** Accepted and hidden findings, folded away under their own heading. */
function past(title: string, groups: RuleGroup[], view: CoachView, actions: CoachPanelActions, which: Which): HTMLElement | null {
  const count = groups.reduce((n, g) => n + g.findings.length, 0);
  if (count === 0) return null;
  return el(
    'details',
    { class: `coach-past coach-past-${which}`, 'data-testid': `coach-${which}` },
    el('summary', {}, `${title} (${count})`),
    ...groups.map((group) => ruleSection(group, view, actions, which)),
  );
}

/** One finding: what it names (with its message and hint, unless its rule's heading says them for all). */
function item(finding: Finding, view: CoachView, actions: CoachPanelActions, which: Which, shared: boolean): HTMLElement {
  const names = [...new Set(view.named(finding.elements).map(view.describe).filter(Boolean))].join(' · ');
  const jump = el(
    'button',
    { type: 'button', class: 'coach-jump', 'data-focus': `jump ${finding.key}`, title: `${finding.message} Select and show on the wall.` },
    ...(shared ? [] : [el('span', { class: 'coach-message' }, finding.message)]),
    ...(names ? [el('span', { class: 'coach-names' }, names)] : shared ? [el('span', { class: 'coach-message' }, finding.message)] : []),
  );
  jump.addEventListener('click', () => actions.jump(finding));
  const buttons: HTMLButtonElement[] = [];
  const add = (label: string, focus: string, title: string, action: () => void): void => {
    const b = el('button', { type: 'button', 'data-focus': `${focus} ${finding.key}`, title }, label);
    b.addEventListener('click', action);
    buttons.push(b);
  };
  if (which === 'open') add('Hide', 'hide', 'Hide it for you only: the others still see it', () => actions.hide(finding.key, true));
  if (which === 'hidden') add('Show', 'show', 'Show it to you again', () => actions.hide(finding.key, false));
  if (view.facilitator && which !== 'accepted') add('Accept', 'accept', 'Accept it for the whole board: it marks nothing any more, for anyone', () => actions.accept(finding.key, true));
  if (view.facilitator && which === 'accepted') add('Reopen', 'reopen', 'Take the acceptance back: it marks its stickies again', () => actions.accept(finding.key, false));
  const accepted = finding.accepted ? [el('p', { class: 'coach-accepted' }, `Accepted by ${finding.accepted.by}, ${when(finding.accepted.at)}`)] : [];
  return el(
    'li',
    { class: shared ? 'coach-item coach-compact' : 'coach-item', 'data-key': finding.key, 'data-testid': 'coach-finding' },
    jump,
    ...(shared ? [] : [el('p', { class: 'coach-hint' }, finding.hint)]),
    ...accepted,
    el('div', { class: 'coach-actions' }, ...buttons),
  );
}

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
