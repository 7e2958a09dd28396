import type { Checkpoint } from '../api/boards';
import { el } from './dom';
import { clockTime } from './checkpointPanel';

export type CheckpointMode = 'changes' | 'then';

export interface CheckpointBannerActions {
  back: () => void;
  mode: (mode: CheckpointMode) => void;
  download: (ext: string) => void;
  /** Facilitator only: a new board from the checkpoint; resolves to the new board's facilitator link. */
  newBoard: () => Promise<string>;
}

const EXPORTS: readonly [string, string][] = [
  ['json', 'JSON'],
  ['svg', 'SVG'],
  ['png', 'PNG'],
  ['md', 'Report'],
];

/**
 * What tells everyone they are looking at a checkpoint, not the live wall: its name and time, what changed since,
 * the two ways to see it, its exports, and the way back.
 */
export function checkpointBanner(actions: CheckpointBannerActions): {
  node: HTMLElement;
  show: (checkpoint: Checkpoint, facilitator: boolean) => void;
  summary: (text: string) => void;
  hide: () => void;
} {
  const title = el('strong', { 'data-testid': 'checkpoint-title' });
  const summary = el('span', { class: 'checkpoint-summary', 'data-testid': 'checkpoint-summary' });
  const back = el('button', { type: 'button', class: 'checkpoint-back', 'data-testid': 'checkpoint-back' }, 'Back to the live wall');
  back.addEventListener('click', actions.back);
  const changes = el('button', { type: 'button', 'aria-pressed': 'true', 'data-mode': 'changes' }, 'Changes since');
  const then = el('button', { type: 'button', 'aria-pressed': 'false', 'data-mode': 'then' }, 'The wall then');
  for (const button of [changes, then]) {
    button.addEventListener('click', () => {
      const mode = button.dataset['mode'] as CheckpointMode;
      changes.setAttribute('aria-pressed', String(mode === 'changes'));
      then.setAttribute('aria-pressed', String(mode === 'then'));
      actions.mode(mode);
    });
  }
  const downloads = EXPORTS.map(([ext, name]) => {
    const button = el('button', { type: 'button', class: 'checkpoint-export', 'data-ext': ext, title: `Download the wall at this checkpoint as ${name}` }, name);
    button.addEventListener('click', () => actions.download(ext));
    return button;
  });
  const made = el('span', { class: 'checkpoint-made' });
  const newBoard = el('button', { type: 'button', 'data-testid': 'checkpoint-new-board' }, 'New board from this');
  newBoard.addEventListener('click', () => {
    newBoard.disabled = true;
    actions.newBoard()
      .then((link) => made.replaceChildren(el('a', { href: link, target: '_blank', rel: 'noopener', 'data-testid': 'checkpoint-new-board-link' }, 'Open the new board')))
      .finally(() => (newBoard.disabled = false));
  });
  const node = el(
    'div',
    { class: 'checkpoint-banner', role: 'region', 'aria-label': 'Checkpoint', 'data-testid': 'checkpoint-banner', hidden: '' },
    el('div', { class: 'checkpoint-line' }, el('span', { class: 'checkpoint-name' }, 'Checkpoint: ', title), summary),
    el('div', { class: 'checkpoint-line' }, el('span', { class: 'checkpoint-modes', role: 'group', 'aria-label': 'Show' }, changes, then),
      el('span', { class: 'checkpoint-exports' }, 'Export', ...downloads), newBoard, made, back),
  );
  return {
    node,
    show: (checkpoint, facilitator) => {
      title.textContent = `${checkpoint.label} · ${clockTime(checkpoint.at)}`;
      newBoard.hidden = !facilitator;
      made.replaceChildren();
      changes.setAttribute('aria-pressed', 'true');
      then.setAttribute('aria-pressed', 'false');
      node.hidden = false;
    },
    summary: (text) => (summary.textContent = text),
    hide: () => (node.hidden = true),
  };
}
