import { el } from './dom';

/**
 * Who this page is on the wall: a name and a colour, and a client id. The client id is a secret made fresh for every
 * page load and never shown: the server tells others only a hash of it (the origin), so nobody else can send a batch
 * that passes for a resend of this page's. Its batch ids count from 1 again on every load, which a fresh client id
 * keeps from meeting the ids of the page before.
 */
export interface Identity {
  clientId: string;
  /** A secret this device keeps for good, unlike the client id: what its person owns on a board is owned under it. */
  personKey: string;
  name: string;
  colour: string;
}

const COLOURS = ['#e8590c', '#1971c2', '#2f9e44', '#9c36b5', '#c2255c', '#0c8599', '#f08c00', '#5c940d'];
const NAME_KEY = 'stormwall.name';
export const MAX_NAME = 60;

export function identity(name: string): Identity {
  const clientId = crypto.randomUUID();
  const personKey = remembered(localStorage, 'stormwall.person', () => crypto.randomUUID());
  const colour = remembered(localStorage, 'stormwall.colour', () => COLOURS[Math.floor(Math.random() * COLOURS.length)] ?? '#1971c2');
  return { clientId, personKey, name, colour };
}

/**
 * The name this device's person chose, or null when they have not chosen one yet. Earlier versions made up
 * "Guest 42" names and kept them: those were never chosen, so they are asked for again.
 */
export function rememberedName(): string | null {
  const name = localStorage.getItem(NAME_KEY)?.trim() ?? '';
  return name && !/^Guest \d{2}$/.test(name) && nameProblem(name) === null ? name : null;
}

export function rememberName(name: string): void {
  localStorage.setItem(NAME_KEY, name.trim());
}

/** Why others could not read this as a name (the server refuses the same), or null when it is fine. */
export function nameProblem(raw: string): string | null {
  const name = raw.trim();
  if (!name) return 'Type the name others will see next to your cursor.';
  if (name.length > MAX_NAME) return `A name has at most ${MAX_NAME} characters.`;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(name)) return 'A name cannot hold line breaks, tabs or control characters.';
  return null;
}

/**
 * Before the first board this device opens: the person's name, asked once and remembered here, so the others see
 * who is writing (cursors, "is editing", the participant list, the report). It can be changed on the wall later.
 */
export function askName(root: HTMLElement): Promise<string> {
  const input = el('input', {
    id: 'your-name',
    name: 'name',
    required: '',
    maxlength: String(MAX_NAME),
    autocomplete: 'name',
    placeholder: 'e.g. Ada Lovelace',
    'data-testid': 'your-name',
  });
  const error = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'name-error' });
  const form = el(
    'form',
    // checked here, to say what is wrong in words rather than in the browser's own bubble
    { class: 'create-board ask-name', 'data-testid': 'ask-name', novalidate: '' },
    el('label', { for: 'your-name' }, 'Your name'),
    input,
    el('p', { class: 'hint' }, 'The others on the wall see it next to your cursor and what you edit. This device remembers it; you can change it on the wall.'),
    el('button', { type: 'submit', class: 'primary' }, 'Join the wall'),
    error,
  );
  root.replaceChildren(el('main', { class: 'home' }, el('h1', {}, 'Stormwall'), form));
  input.focus();
  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const problem = nameProblem(input.value);
      error.textContent = problem ?? '';
      if (problem) return;
      rememberName(input.value);
      resolve(input.value.trim());
    });
  });
}

function remembered(storage: Storage, key: string, make: () => string): string {
  const existing = storage.getItem(key);
  if (existing) return existing;
  const value = make();
  storage.setItem(key, value);
  return value;
}
