import { createBoard, listFormats, type SessionFormat } from '../api/boards';
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
