import { counted } from './visitedBoards';
import { continueBoard, type Role } from '../api/boards';
import { el } from './dom';
import { rememberLinks } from './shareDialog';

const ROLES: readonly [Role, string][] = [
  ['facilitator', 'Facilitator (you)'],
  ['participant', 'Participants'],
  ['observer', 'Observers'],
];

/**
 * The facilitator's "Continue as architecture session": the next workshop of the zoom chain on a new board that
 * starts with this wall. Asks first, then shows the new board's links — the only time they are shown.
 */
export function continueButton(boardId: string, token: () => string, elementCount: () => number): HTMLButtonElement {
  const button = el('button', { type: 'button', 'data-testid': 'continue', 'aria-label': 'Continue as architecture session' }, 'Architecture…');
  button.title = 'Continue as architecture session: a new board that starts with this wall';
  const dialog = el('dialog', { class: 'help continue', 'aria-labelledby': 'continue-heading', 'data-testid': 'continue-dialog' });
  const body = el('div', {});
  const close = el('button', { type: 'button' }, 'Close');
  close.addEventListener('click', () => dialog.close());
  dialog.append(el('h2', { id: 'continue-heading' }, 'Continue as an architecture session'), body, close);

  const ask = (): void => {
    const go = el('button', { type: 'button', class: 'primary', 'data-testid': 'continue-confirm' }, 'Create the architecture board');
    body.replaceChildren(
      el('p', {}, `A new board in the architecture format starts with this wall's ${counted(elementCount(), 'element')}, as they are now.`),
      el('p', {}, 'This board stays as it is; the new one records where it came from. Share its links with the design group.'),
      go,
    );
    go.addEventListener('click', () => {
      go.disabled = true;
      continueBoard(boardId, token())
        .then((board) => {
          rememberLinks(board.id, board.links);
          body.replaceChildren(
            el('p', {}, `“${board.title}” is ready. Keep these links: they are shown only once.`),
            el('ul', { class: 'board-links', 'data-testid': 'continued-links' },
              ...ROLES.map(([role, label]) => el('li', {}, `${label}: `, el('a', { href: board.links[role], target: '_blank', rel: 'noopener', 'data-role': role }, board.links[role])))),
          );
        })
        .catch((e: unknown) => {
          go.disabled = false;
          body.append(el('p', { class: 'form-error', role: 'alert' }, e instanceof Error ? e.message : String(e)));
        });
    });
  };
  button.addEventListener('click', () => {
    ask();
    if (!dialog.isConnected) button.after(dialog);
    dialog.showModal();
  });
  return button;
}
