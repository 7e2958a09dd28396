import { listCheckpoints, type Checkpoint } from '../api/boards';
import { el } from './dom';
import { sidePanel } from './sidePanel';

export interface CheckpointPanelActions {
  boardId: string;
  token: () => string;
  /** Sends the facilitator's live `checkpoint`; false when not connected. */
  take: (label: string) => boolean;
  open: (checkpoint: Checkpoint) => void;
  say: (message: string) => void;
}

/** "11:42", in the viewer's own time. */
export function clockTime(at: string): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * The Checkpoints panel: every checkpoint of the board, newest first, each opened read-only; the facilitator also
 * takes one by hand. The list is read again whenever the panel opens and whenever a checkpoint is kept meanwhile.
 */
export function checkpointPanel(actions: CheckpointPanelActions): {
  button: HTMLButtonElement;
  node: HTMLElement;
  setFacilitator: (facilitator: boolean) => void;
  refresh: () => void;
  close: () => void;
} {
  const button = el(
    'button',
    { type: 'button', class: 'coach-toggle checkpoints-toggle', title: 'Checkpoints', 'aria-label': 'Checkpoints', 'aria-expanded': 'false', 'aria-controls': 'checkpoint-panel', 'data-testid': 'checkpoints-button' },
    el('span', { 'aria-hidden': 'true' }, '⚑'),
    el('span', { class: 'checkpoints-word', 'aria-hidden': 'true' }, ' Checkpoints'),
  );
  const list = el('ol', { class: 'checkpoint-list', 'data-testid': 'checkpoint-list' });
  const empty = el('p', { class: 'checkpoint-empty' }, 'None yet. Each phase change keeps one: the wall as the phase left it.');
  const label = el('input', { type: 'text', maxlength: '200', placeholder: 'e.g. Timeline agreed', 'aria-label': 'Checkpoint label', 'data-testid': 'checkpoint-label' });
  const takeButton = el('button', { type: 'submit', 'data-testid': 'take-checkpoint' }, 'Take checkpoint');
  const form = el('form', { class: 'checkpoint-take', hidden: '' }, label, takeButton);
  const closeButton = el('button', { type: 'button', class: 'coach-close', 'aria-label': 'Close checkpoints' }, '×');
  const node = el(
    'aside',
    { id: 'checkpoint-panel', class: 'coach-panel checkpoint-panel', 'aria-label': 'Checkpoints', 'data-testid': 'checkpoint-panel', hidden: '' },
    el('div', { class: 'coach-head' }, el('h2', {}, 'Checkpoints'), closeButton),
    form,
    empty,
    list,
  );

  const show = (checkpoints: Checkpoint[]): void => {
    empty.hidden = checkpoints.length > 0;
    list.replaceChildren(
      ...[...checkpoints].reverse().map((c) => {
        const open = el('button', { type: 'button', class: 'checkpoint-open', 'data-seq': String(c.seq) },
          el('span', { class: 'checkpoint-label' }, c.label),
          el('span', { class: 'checkpoint-meta' }, `${c.kind === 'phase' ? 'Phase change' : 'Taken'} · ${clockTime(c.at)} · ${c.by}`));
        open.addEventListener('click', () => actions.open(c));
        return el('li', { 'data-kind': c.kind }, open);
      }),
    );
  };
  let reading = 0;
  const refresh = (): void => {
    if (node.hidden) return;
    const mine = ++reading;
    listCheckpoints(actions.boardId, actions.token())
      .then((checkpoints) => {
        if (mine === reading) show(checkpoints);
      })
      .catch((e: unknown) => actions.say(`Could not read the checkpoints: ${e instanceof Error ? e.message : String(e)}`));
  };
  const { close } = sidePanel(button, node, refresh);
  closeButton.addEventListener('click', close);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = label.value.trim();
    if (!text) {
      actions.say('Name the checkpoint: what does the wall show at this point?');
      return;
    }
    if (actions.take(text)) label.value = '';
    else actions.say('Not connected: try again when the wall is back.');
  });
  // typing a label is not a wall shortcut
  node.addEventListener('keydown', (event) => event.stopPropagation());
  return { button, node, setFacilitator: (facilitator) => (form.hidden = !facilitator), refresh, close };
}
