import { createBoard, importBoard, listFormats, type CreatedBoard, type Role, type SessionFormat } from '../api/boards';
import { ApiError } from '../api/http';
import { boardPath } from '../routes';
import { rememberLinks } from './shareDialog';
import { el } from './dom';

export function showHome(root: HTMLElement): void {
  const title = el('input', {
    id: 'board-title',
    name: 'title',
    required: '',
    maxlength: '200',
    placeholder: 'e.g. Subscription billing',
    autocomplete: 'off',
  });
  const format = el('select', { id: 'board-format', name: 'format' });
  const error = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'create-error' });
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Create board');
  const form = el(
    'form',
    { class: 'create-board', 'data-testid': 'create-board' },
    el('label', { for: 'board-title' }, 'Workshop title'),
    title,
    el('label', { for: 'board-format' }, 'Session format'),
    format,
    submit,
    error,
  );

  root.replaceChildren(
    el(
      'main',
      { class: 'home' },
      el('h1', {}, 'Stormwall'),
      el('p', { class: 'tagline' }, 'One live wall for your EventStorming workshop, from chaotic exploration to bounded contexts.'),
      form,
      importSection(),
    ),
  );
  title.focus();

  listFormats()
    .then((formats) => fillFormats(format, formats))
    .catch((e: unknown) => (error.textContent = `Could not load session formats: ${String(e)}`));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    createBoard(title.value.trim(), format.value)
      .then((board) => {
        rememberLinks(board.id, board.links);
        location.assign(boardPath(board.id, board.tokens.facilitator));
      })
      .catch((e: unknown) => {
        error.textContent = e instanceof Error ? e.message : String(e);
        submit.disabled = false;
      });
  });
}

function fillFormats(select: HTMLSelectElement, formats: SessionFormat[]): void {
  select.replaceChildren(
    ...formats.map((f) => el('option', { value: f.id, title: f.description }, `${f.name} (${f.phases.length} phases)`)),
  );
}

/** "Import a board": a file written by the Export menu's JSON download becomes a new board with new links. */
function importSection(): HTMLElement {
  const file = el('input', { type: 'file', id: 'import-file', accept: '.json,application/json', 'data-testid': 'import-file' });
  const result = el('div', { role: 'status', 'aria-live': 'polite', 'data-testid': 'import-result' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    file.disabled = true;
    result.replaceChildren('Importing…');
    importBoard(chosen)
      .then((board) => {
        rememberLinks(board.id, board.links);
        result.replaceChildren(...importedLinks(board));
      })
      .catch((e: unknown) => result.replaceChildren(...importProblems(e)))
      .finally(() => {
        file.disabled = false;
        file.value = '';
      });
  });
  return el(
    'section',
    { class: 'import-board', 'aria-labelledby': 'import-heading' },
    el('h2', { id: 'import-heading' }, 'Import a board'),
    el('label', { for: 'import-file' }, 'A JSON file from a board\'s Export menu becomes a new board with new links.'),
    file,
    result,
  );
}

const ROLES: readonly [Role, string][] = [
  ['facilitator', 'Facilitator (steers the workshop)'],
  ['participant', 'Participants (edit)'],
  ['observer', 'Observers (read only)'],
];

/** The links are shown only this once, like the tokens they carry: the facilitator keeps them to share. */
function importedLinks(board: CreatedBoard): Node[] {
  return [
    el('p', {}, `Imported “${board.title}”. Keep these links: they are shown only once.`),
    el(
      'ul',
      { class: 'imported-links', 'data-testid': 'imported-links' },
      ...ROLES.map(([role, label]) => el('li', {}, `${label}: `, el('a', { href: board.links[role], 'data-role': role }, board.links[role]))),
    ),
  ];
}

function importProblems(e: unknown): Node[] {
  const message = e instanceof Error ? e.message : String(e);
  const problems = e instanceof ApiError ? e.problems : [];
  const shown = problems.slice(0, 20);
  return [
    el('p', { class: 'form-error', role: 'alert', 'data-testid': 'import-error' }, message),
    ...(shown.length > 0 ? [el('ul', {}, ...shown.map((p) => el('li', {}, `${p.path}: ${p.message}`)))] : []),
    ...(problems.length > shown.length ? [el('p', {}, `…and ${problems.length - shown.length} more.`)] : []),
  ];
}
