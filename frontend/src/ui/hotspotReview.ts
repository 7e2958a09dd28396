import { notationOps, type NotationForm } from '../store/notation';
import { reviewGroups, STATUSES, THEMES, type GroupBy } from '../store/hotspotReview';
import { LIMITS, type Op, type WireElement } from '../sync/protocol';
import { el } from './dom';
import { sidePanel } from './sidePanel';

export interface HotspotReviewActions {
  /** Brings the hotspot to the middle of the view and selects it. */
  centre(hotspot: WireElement): void;
  edit(ops: Op[]): void;
  /** Facilitator: runs the board's timer for this many seconds (a group's timebox). */
  timebox(seconds: number): void;
  /** Downloads an export of the board (`owners.md`, `owners.csv`). */
  download(ext: string): void;
}

export interface HotspotReviewView {
  readonly wall: ReadonlyMap<string, WireElement>;
  readonly canEdit: boolean;
  readonly facilitator: boolean;
}

/** A group's timebox in the review: five minutes, as the method's wrap-up suggests. */
export const GROUP_TIMEBOX_SECONDS = 300;

/**
 * The hotspot review: the wall's hotspots grouped by bounded context or by theme, each with its theme, status and
 * owner changed in place (ordinary edits, merged per prop); a click on its text brings it to the middle of the wall.
 * The facilitator gives each group its five minutes on the board's timer. The wrap-up is the owner list, as
 * Markdown or CSV.
 */
export function hotspotReview(actions: HotspotReviewActions) {
  const button = el('button', {
    type: 'button', class: 'review-toggle', 'aria-expanded': 'false', 'aria-controls': 'hotspot-review', 'data-testid': 'review-toggle',
    'aria-label': 'Hotspot review', title: 'Hotspot review: each question with its theme, status and owner; the number is how many are open',
  }, '');
  // the board bar is full: the hotspot's own mark and how many are open say it in little room
  const count = el('span', { class: 'review-count', 'data-testid': 'review-count' }, '0');
  button.append(el('span', { class: 'review-mark', 'aria-hidden': 'true' }, '!'), count);
  const close = el('button', { type: 'button', class: 'coach-close', 'aria-label': 'Close the hotspot review' }, '×');
  const byContext = el('button', { type: 'button', 'aria-pressed': 'true', 'data-testid': 'review-by-context' }, 'By context');
  const byTheme = el('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': 'review-by-theme' }, 'By theme');
  const ownersMd = el('button', { type: 'button', 'data-testid': 'review-owners-md' }, 'Owner list (Markdown)');
  const ownersCsv = el('button', { type: 'button', 'data-testid': 'review-owners-csv' }, 'CSV');
  const list = el('div', { class: 'review-list', 'data-testid': 'review-list' });
  const node = el(
    'aside',
    { id: 'hotspot-review', class: 'coach-panel review-panel', 'aria-label': 'Hotspot review', 'data-testid': 'review-panel' },
    el('div', { class: 'coach-head' }, el('h2', {}, 'Hotspot review'), close),
    el('div', { class: 'review-tools', role: 'group', 'aria-label': 'Group the hotspots' }, byContext, byTheme),
    list,
    el('div', { class: 'review-wrapup' }, ownersMd, ownersCsv),
  );
  let by: GroupBy = 'context';
  let shown: HotspotReviewView | null = null;
  /** Set when the list changed while someone was typing in it: drawn again once they leave the field. */
  let stale = false;

  const { toggle } = sidePanel(button, node, () => {
    if (shown) render(shown);
  });
  close.addEventListener('click', () => {
    toggle();
    button.focus();
  });
  const groupBy = (next: GroupBy): void => {
    by = next;
    byContext.setAttribute('aria-pressed', String(by === 'context'));
    byTheme.setAttribute('aria-pressed', String(by === 'theme'));
    if (shown) render(shown);
  };
  byContext.addEventListener('click', () => groupBy('context'));
  byTheme.addEventListener('click', () => groupBy('theme'));
  ownersMd.addEventListener('click', () => actions.download('owners.md'));
  ownersCsv.addEventListener('click', () => actions.download('owners.csv'));
  // typing an owner is not a shortcut for the wall; Escape closes the panel
  node.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      toggle();
      button.focus();
    }
  });
  node.addEventListener('focusout', () => {
    queueMicrotask(() => {
      if (stale && shown && !typing()) render(shown);
    });
  });
  const typing = (): boolean => node.contains(document.activeElement) && document.activeElement?.tagName === 'INPUT';

  const change = (hotspot: WireElement, form: NotationForm): void => {
    const current = shown?.wall.get(hotspot.id) ?? hotspot;
    const { ops } = notationOps(current, form);
    if (ops.length > 0) actions.edit(ops);
  };

  const choice = (label: string, test: string, value: string, options: readonly { id: string; label: string }[], empty: string | null, disabled: boolean, onChange: (v: string) => void): HTMLSelectElement => {
    const select = el('select', { 'aria-label': label, 'data-testid': test },
      ...(empty !== null ? [el('option', { value: '' }, empty)] : []),
      ...options.map((o) => el('option', { value: o.id }, o.label)));
    select.value = value;
    select.disabled = disabled;
    select.addEventListener('change', () => onChange(select.value));
    return select;
  };

  const row = (hotspot: WireElement, view: HotspotReviewView): HTMLElement => {
    const props = hotspot.props ?? {};
    const text = hotspot.text.trim() || 'Untitled hotspot';
    const jump = el('button', { type: 'button', class: 'review-jump', 'data-testid': 'review-jump', title: 'Show it on the wall' }, text);
    jump.addEventListener('click', () => actions.centre(shown?.wall.get(hotspot.id) ?? hotspot));
    const readOnly = !view.canEdit;
    const theme = choice(`Theme of ${text}`, 'review-theme', props.theme ?? '', THEMES, 'No theme', readOnly, (v) => change(hotspot, { theme: v }));
    const status = choice(`Status of ${text}`, 'review-status', props.status ?? 'open', STATUSES, null, readOnly, (v) => change(hotspot, { status: v }));
    const owner = el('input', {
      type: 'text', 'aria-label': `Owner of ${text}`, placeholder: 'Owner', maxlength: String(LIMITS.ownerLength), 'data-testid': 'review-owner',
    });
    owner.value = props.owner ?? '';
    owner.readOnly = readOnly;
    owner.addEventListener('change', () => change(hotspot, { owner: owner.value }));
    owner.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') owner.blur();
    });
    return el('li', { class: 'review-item', 'data-id': hotspot.id, 'data-status': props.status ?? 'open' }, jump,
      el('div', { class: 'review-fields' }, theme, status, owner));
  };

  const render = (view: HotspotReviewView): void => {
    stale = false;
    const groups = reviewGroups(view.wall, by);
    const open = groups.reduce((n, g) => n + g.hotspots.filter((h) => (h.props?.status ?? 'open') === 'open').length, 0);
    count.textContent = String(open);
    if (node.hidden) return;
    if (groups.length === 0) {
      list.replaceChildren(el('p', { class: 'coach-status' }, 'No hotspots on the wall yet.'));
      return;
    }
    list.replaceChildren(
      ...groups.map((group) => {
        const start = el('button', {
          type: 'button', class: 'review-timebox', 'data-testid': 'review-timebox',
          title: `Run the board's timer for five minutes on ${group.title}`,
        }, 'Start 5 min');
        start.hidden = !view.facilitator;
        start.addEventListener('click', () => actions.timebox(GROUP_TIMEBOX_SECONDS));
        return el('section', { class: 'review-group', 'data-group': group.key, 'data-testid': 'review-group' },
          el('h3', {}, el('span', { class: 'review-title' }, group.title), el('span', { class: 'coach-count' }, String(group.hotspots.length)), start),
          el('ul', {}, ...group.hotspots.map((h) => row(h, view))));
      }),
    );
  };

  return {
    button,
    node,
    toggle,
    update(view: HotspotReviewView): void {
      shown = view;
      // someone typing an owner keeps what they type: the list is drawn again when they leave the field
      if (!node.hidden && typing()) {
        stale = true;
        return;
      }
      render(view);
    },
  };
}
