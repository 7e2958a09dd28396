import { isOpen, isRevealed, leftText, ranking, type VotingView } from '../store/voting';
import type { Participant, WireElement } from '../sync/protocol';
import { el } from './dom';

export interface VotingActions {
  open(votesPerPerson: number): void;
  reveal(): void;
  close(): void;
  /** Brings a sticky of the ranking into view. */
  show(id: string): void;
}

export interface VotingPanelView {
  readonly voting: VotingView;
  readonly facilitator: boolean;
  /** Whether this person may vote (an edit role). */
  readonly voter: boolean;
  readonly participants: readonly Participant[];
  readonly element: (id: string) => WireElement | undefined;
}

/**
 * Dot voting for everyone in the room: the facilitator's buttons (they go in the phase bar), and a panel over the
 * wall's top-left corner. While the round is open it says how many votes this person has left and how many dots
 * each person has placed (never where); once revealed, the stickies ranked by their votes.
 */
export function votingPanel(actions: VotingActions): {
  controls: HTMLElement;
  node: HTMLElement;
  update(view: VotingPanelView): void;
} {
  const count = el('input', {
    type: 'number', min: '1', max: '50', step: '1', value: '3', class: 'voting-count',
    'aria-label': 'Votes per person', title: 'Votes per person', 'data-testid': 'voting-count',
  });
  const start = button('Start dot voting', 'Everyone gets this many dots to place on stickies, unseen by others until you reveal them',
    () => actions.open(Math.min(50, Math.max(1, Math.round(Number(count.value)) || 3))), 'voting-start');
  const reveal = button('Reveal votes', 'Show everyone the tally on the wall', () => actions.reveal(), 'voting-reveal');
  const close = button('End voting', 'End the round and take the dots off the wall (the tally stays in the report)', () => actions.close(), 'voting-close');
  // the phase bar is full already: it gets one button, and the round's own buttons are in the panel
  const setUp = button('Dot voting', 'Start a round of dot voting', () => {
    setting = !setting;
    draw();
    if (setting) count.focus();
  }, 'voting-setup');
  const controls = el('span', { class: 'voting-controls' }, setUp);
  const steering = el('div', { class: 'voting-steer', role: 'group', 'aria-label': 'Facilitator: dot voting' },
    el('label', { class: 'voting-count-label' }, 'Votes per person ', count), start, reveal, close);
  let setting = false;
  let last: VotingPanelView | null = null;

  const heading = el('h2', {}, 'Dot voting');
  const left = el('p', { class: 'voting-left', role: 'status', 'data-testid': 'votes-left' });
  const hint = el('p', { class: 'voting-hint' });
  const people = el('ul', { class: 'voting-people', 'data-testid': 'voting-people' });
  const ranked = el('ol', { class: 'voting-ranking', 'data-testid': 'voting-ranking' });
  const node = el('aside', { class: 'voting-panel', 'aria-label': 'Dot voting', 'data-testid': 'voting-panel' }, heading, left, hint, people, ranked, steering);
  node.hidden = true;

  const draw = (): void => {
    if (!last) return;
    const view = last;
    const { voting } = view;
    const open = isOpen(voting);
    const shown = voting.round.state === 'revealed' && isRevealed(voting);
    const idle = !open && voting.round.state !== 'revealed';
    if (!idle || !view.facilitator) setting = false;
    setUp.hidden = !idle;
    setUp.setAttribute('aria-expanded', String(setting));
    steering.hidden = !view.facilitator;
    count.parentElement!.hidden = start.hidden = !idle;
    reveal.hidden = !open;
    close.hidden = idle;
    node.hidden = !open && !shown && !setting;
    node.classList.toggle('voting-results', shown);
    heading.textContent = shown ? 'Dot voting: results' : 'Dot voting';
    left.hidden = !open || !view.voter;
    left.textContent = leftText(voting);
    hint.hidden = !open || !view.voter;
    hint.textContent = 'Click + on a sticky (or select it and press V) to add a dot; click your dot to take it back. Nobody sees where until the facilitator reveals.';
    people.hidden = !open;
    people.replaceChildren(...votersOf(view).map(({ name, colour, dots }) => {
      const swatch = el('span', { class: 'voting-swatch' });
      swatch.style.background = colour;
      return el('li', {}, swatch, `${name}: ${dots} of ${voting.round.votesPerPerson}`);
    }));
    ranked.hidden = !shown;
    const rows = ranking(voting, (id) => view.element(id) !== undefined).slice(0, 10);
    ranked.replaceChildren(...(rows.length === 0 ? [el('li', { class: 'voting-none' }, 'No votes were placed.')] : rows.map((r) => {
      const item = el('button', { type: 'button', class: 'voting-item', title: 'Show it on the wall' },
        el('span', { class: 'voting-rank' }, String(r.rank)),
        el('span', { class: 'voting-count-badge', title: `${r.votes} vote${r.votes === 1 ? '' : 's'}` }, `${r.votes}`),
        el('span', { class: 'voting-text' }, label(view.element(r.element))));
      item.addEventListener('click', () => actions.show(r.element));
      return el('li', {}, item);
    })));
  };

  return {
    controls,
    node,
    update(view) {
      last = view;
      draw();
    },
  };
}

/**
 * How many dots each person has placed, by name where the person is here (one line per person, however many tabs),
 * and those here who may vote and have placed none yet: what a facilitator waits for before revealing.
 */
export function votersOf(view: Pick<VotingPanelView, 'voting' | 'participants'>): { name: string; colour: string; dots: number }[] {
  const byPerson = new Map<string, Participant>();
  for (const p of view.participants) if (!byPerson.has(p.personId)) byPerson.set(p.personId, p);
  const voted = view.voting.round.used.map((u) => {
    const who = byPerson.get(u.person);
    const name = who?.name ?? (u.person.startsWith('rest:') ? 'API' : 'Someone who left');
    return { name, colour: who?.colour ?? '#868e96', dots: u.dots };
  });
  const placed = new Set(view.voting.round.used.map((u) => u.person));
  const waiting = [...byPerson.values()].filter((p) => p.role !== 'observer' && !placed.has(p.personId))
    .map((p) => ({ name: p.name, colour: p.colour, dots: 0 }));
  return [...voted, ...waiting].sort((a, b) => a.name.localeCompare(b.name));
}

function label(element: WireElement | undefined): string {
  const text = element?.text.trim() ?? '';
  return text === '' ? '(no text)' : text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function button(text: string, title: string, onClick: () => void, testId: string): HTMLButtonElement {
  const b = el('button', { type: 'button', title, 'data-testid': testId }, text);
  b.addEventListener('click', (event) => {
    onClick();
    if (event.detail > 0) b.blur();
  });
  return b;
}
