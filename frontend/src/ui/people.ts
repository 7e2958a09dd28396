import type { Participant, Role } from '../sync/protocol';
import { el } from './dom';
import { MAX_NAME, nameProblem, rememberName } from './identity';

const ROLE_NAMES: Record<Role, string> = { facilitator: 'facilitator', participant: 'participant', observer: 'observer' };

/**
 * Who is here: "3 here" in the board bar opens the list of everyone on the wall with their role (this person
 * first), and where this person changes the name the others see.
 */
export function peoplePanel(name: string, onRename: (name: string) => void, follow?: {
  start(person: Participant): void;
  /** The session followed now, or null. */
  current(): string | null;
}): {
  node: HTMLElement;
  /** Above the list: where acts on everyone go (the facilitator's summon). */
  actions: HTMLElement;
  update(participants: readonly Participant[], me: string | null): void;
} {
  const summary = el('summary', { class: 'participants', 'data-testid': 'participants', title: 'Who is here, and your name' }, '');
  const list = el('ul', { class: 'people-list', 'data-testid': 'participant-list' });
  const actions = el('div', { class: 'people-actions' });
  const input = el('input', { id: 'rename', maxlength: String(MAX_NAME), autocomplete: 'name', 'data-testid': 'rename-input' });
  input.value = name;
  const error = el('p', { class: 'form-error', role: 'alert' });
  const form = el(
    'form',
    { class: 'rename', 'data-testid': 'rename' },
    el('label', { for: 'rename' }, 'Your name'),
    input,
    el('button', { type: 'submit' }, 'Change'),
    error,
  );
  const node = el('details', { class: 'people' }, summary, el('div', { class: 'people-panel' }, actions, list, form));
  // typing a name is not a shortcut for the wall
  input.addEventListener('keydown', (event) => event.stopPropagation());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = nameProblem(input.value);
    error.textContent = problem ?? '';
    if (problem) return;
    const chosen = input.value.trim();
    input.value = chosen;
    if (chosen === name) return;
    name = chosen;
    rememberName(chosen);
    onRename(chosen);
  });
  let shown: { participants: readonly Participant[]; me: string | null } = { participants: [], me: null };
  const followButton = (p: Participant): HTMLButtonElement => {
    const followed = follow?.current() === p.sessionId;
    const b = el('button', {
      type: 'button', class: 'people-follow', 'data-testid': 'follow', 'data-name': p.name, 'aria-pressed': String(followed),
      title: followed ? `Stop following ${p.name}` : `See what ${p.name} sees, until you move yourself`,
    }, followed ? 'Following' : 'Follow');
    b.addEventListener('click', () => {
      follow?.start(p);
      panel.update(shown.participants, shown.me);
    });
    return b;
  };
  const panel = {
    node,
    actions,
    update(participants: readonly Participant[], me: string | null) {
      shown = { participants, me };
      summary.textContent = `${participants.length} here`;
      const ordered = [...participants].sort((a, b) => Number(b.sessionId === me) - Number(a.sessionId === me) || a.name.localeCompare(b.name));
      list.replaceChildren(
        ...ordered.map((p) => {
          const dot = el('span', { class: 'people-dot', 'aria-hidden': 'true' });
          // set through the style object: the page's content security policy allows no inline style attributes
          dot.style.background = p.colour;
          return el(
            'li',
            { 'data-role': p.role },
            dot,
            el('span', { class: 'people-name' }, p.sessionId === me ? `${p.name} (you)` : p.name),
            el('span', { class: 'people-role' }, ROLE_NAMES[p.role]),
            ...(follow && p.sessionId !== me ? [followButton(p)] : []),
          );
        }),
      );
    },
  };
  return panel;
}
