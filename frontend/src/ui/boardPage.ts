import { getBoard, listFormats, type Board, type SessionFormat } from '../api/boards';
import { ApiError } from '../api/http';
import { createWallView } from '../canvas/wallView';
import { tokenFromHash } from '../routes';
import { el } from './dom';

export function showBoard(root: HTMLElement, boardId: string): void {
  const stageHost = el('div', { class: 'stage', 'data-testid': 'canvas' });
  const header = el('header', { class: 'board-bar' }, el('a', { href: '/', class: 'brand' }, 'Stormwall'));
  root.replaceChildren(el('div', { class: 'board-page' }, header, stageHost));

  const token = tokenFromHash(location.hash);
  if (!token) {
    stageHost.replaceChildren(
      el('p', { class: 'page-error', role: 'alert' }, 'This link is incomplete: a board link ends with #k= and its key.'),
    );
    return;
  }
  Promise.all([getBoard(boardId, token), listFormats()])
    .then(([board, formats]) => {
      document.title = `${board.title} · Stormwall`;
      header.append(...boardSummary(board, formats.find((f) => f.id === board.format)));
      const view = createWallView(stageHost);
      header.append(view.zoomControls);
    })
    .catch((e: unknown) => {
      const message =
        e instanceof ApiError && e.status === 404
          ? 'This board does not exist, or the link is no longer valid.'
          : `Could not open the board: ${String(e)}`;
      stageHost.replaceChildren(el('p', { class: 'page-error', role: 'alert' }, message));
    });
}

function boardSummary(board: Board, format: SessionFormat | undefined): HTMLElement[] {
  const phases = format ? `/${format.phases.length}` : '';
  return [
    el('h1', { class: 'board-title', 'data-testid': 'board-title' }, board.title),
    el(
      'span',
      { class: 'phase-chip', 'data-testid': 'phase' },
      `${format?.name ?? board.format} · ${board.phase.index}${phases} ${board.phase.name}`,
    ),
  ];
}
