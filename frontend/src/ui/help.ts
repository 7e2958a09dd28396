import { KIND_STYLES, PALETTE_KINDS } from '../render/kinds';
import { el } from './dom';

const KEYS: [string, string][] = [
  ['Double-click, Enter', 'edit the selected sticky'],
  ['Escape, Ctrl+Enter', 'finish editing'],
  ['Tab (editing an event)', 'next event to its right'],
  ['Delete, Backspace', 'remove the selection'],
  ['Arrow keys (Shift: finer)', 'nudge the selection'],
  ['Escape', 'clear the selection'],
  ['Shift+click', 'add to the selection'],
  ['Shift+drag on empty wall', 'select with a rubber band'],
  ['Drag a selected sticky', 'move the whole selection'],
  ['Drag the square corner', 'resize the selected sticky, card or context'],
  ['Drag the round handle', 'draw an arrow to another sticky'],
  ['Double-click an arrow', 'write its label'],
  ['Ctrl+C, Ctrl+V', 'copy, paste (also onto another board)'],
  ['Ctrl+D', 'duplicate the selection'],
  ['Ctrl+], Ctrl+[', 'bring to front, send to back'],
  ['Ctrl+Z, Ctrl+Shift+Z', 'undo, redo your own edits'],
  ['Ctrl+F', 'find a sticky'],
  ['Drag the background, wheel', 'pan, zoom'],
  ['Shift+1, the Fit button', 'zoom to fit the whole wall'],
  ['?', 'this help'],
];

/** The legend of kinds and colours together with every shortcut: one place to learn the wall. */
export function helpPanel(): HTMLDialogElement {
  const legend = PALETTE_KINDS.map((kind) => {
    const style = KIND_STYLES[kind];
    return el('li', {}, el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' }, style.icon), ` ${style.label}`, el('kbd', {}, style.shortcut.toUpperCase()));
  });
  const keys = KEYS.map(([key, what]) => el('tr', {}, el('td', {}, el('kbd', {}, key)), el('td', {}, what)));
  const close = el('button', { type: 'button', class: 'primary' }, 'Close');
  const dialog = el(
    'dialog',
    { class: 'help', 'aria-label': 'Legend and shortcuts', 'data-testid': 'help' },
    el('h2', {}, 'Legend'),
    el('ul', { class: 'legend' }, ...legend),
    el('h2', {}, 'Keys'),
    el('table', {}, el('tbody', {}, ...keys)),
    close,
  );
  close.addEventListener('click', () => dialog.close());
  return dialog;
}
