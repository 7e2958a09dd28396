import { applyOps, createBoard, importBoard, listFormats, type CreatedBoard, type Role, type SessionFormat } from '../api/boards';
import { ApiError } from '../api/http';
import { boardPath } from '../routes';
import { rememberLinks } from './shareDialog';
import { el } from './dom';
import { STARTER_TITLE, starterWallOps } from './starterWall';
import { counted, sinceVisit, visitedBoards } from './visitedBoards';

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
      starterSection(),
      visitedSection(),
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
    ...formats.map((f) => el('option', { value: f.id, title: f.description }, `${f.name} (${counted(f.phases.length, 'phase')})`)),
  );
}

/**
 * One click to a finished wall to try the tool on: the method's subscription example on a new board of its own,
 * opened as its facilitator.
 */
function starterSection(): HTMLElement {
  const start = el('button', { type: 'button', 'data-testid': 'starter-wall' }, 'Open a starter wall');
  const error = el('p', { class: 'form-error', role: 'alert' });
  start.addEventListener('click', () => {
    start.disabled = true;
    error.textContent = '';
    createBoard(STARTER_TITLE, 'free')
      .then(async (board) => {
        rememberLinks(board.id, board.links);
        await applyOps(board.id, board.tokens.facilitator, `starter-${board.id}`, starterWallOps());
        location.assign(boardPath(board.id, board.tokens.facilitator));
      })
      .catch((e: unknown) => {
        error.textContent = `Could not make the starter wall: ${e instanceof Error ? e.message : String(e)}`;
        start.disabled = false;
      });
  });
  return el(
    'section',
    { class: 'starter', 'aria-labelledby': 'starter-heading' },
    el('h2', { id: 'starter-heading' }, 'Try it'),
    el('p', {}, 'A finished wall of a monthly subscription box — events, commands, policies, aggregates and bounded contexts — on a new board of your own.'),
    start,
    error,
  );
}

const ROLE_WORDS: Record<Role, string> = { facilitator: 'facilitator', participant: 'participant', observer: 'observer' };

/** The boards this browser has opened, most recent first, each with the link it was opened with. */
function visitedSection(): HTMLElement {
  const visits = visitedBoards();
  const now = Date.now();
  const section = el('section', { class: 'visited', 'aria-labelledby': 'visited-heading' }, el('h2', { id: 'visited-heading' }, 'Your boards'));
  if (visits.length === 0) {
    section.append(el('p', { class: 'hint' }, 'The boards you open in this browser are listed here, with your link to each.'));
    return section;
  }
  section.append(
    el(
      'ul',
      { class: 'visited-list', 'data-testid': 'visited-boards' },
      ...visits.map((v) =>
        el(
          'li',
          { 'data-role': v.role },
          el('a', { href: v.link, class: 'visited-title' }, v.title),
          el('span', { class: 'visited-details' }, `${v.format} · phase ${v.phase} · ${ROLE_WORDS[v.role]} · ${sinceVisit(v.visitedAt, now)}`),
        ),
      ),
    ),
  );
  return section;
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
