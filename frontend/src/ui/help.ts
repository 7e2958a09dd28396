import { KIND_STYLES, PALETTE_KINDS } from '../render/kinds';
import { el } from './dom';

/** What a button offers that a key does too: its title names the key from the table below. */
export type KeyedAction =
  | 'edit' | 'properties' | 'duplicate' | 'front' | 'back' | 'delete' | 'minimap'
  | 'alignLeft' | 'alignTop' | 'distributeAcross' | 'distributeDown' | 'walkNext' | 'walkBack' | 'coach';

interface Shortcut {
  /** Keys of the keyboard, which a button's title may quote. */
  readonly keys: readonly string[];
  /** Said in words, after the keys: a pointer gesture, or a key that works only in some situation. */
  readonly also?: string;
  readonly what: string;
  readonly action?: KeyedAction;
}

/** Every shortcut, in the one table the help panel shows and the buttons' titles quote. */
const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Enter'], also: 'double-click', what: "edit a sticky's text, a card's or a context's name, or an arrow's label", action: 'edit' },
  { keys: ['Alt+Enter'], what: "the selected hotspot's status and owner, policy's mode, or external system's ownership and anti-corruption layer; an event's, command's or read model's fields and scenarios", action: 'properties' },
  { keys: ['Escape', 'Ctrl+Enter'], what: 'finish editing (Enter finishes a name)' },
  { keys: [], also: 'Tab, Shift+Tab (editing an event)', what: 'the next event along its row to the right (made if there is none), or the one before it' },
  { keys: ['Delete', 'Backspace'], what: 'remove the selection', action: 'delete' },
  { keys: [], also: "Shift+a kind's key, or the toolbar's kind menu", what: "change the selected stickies' kind, keeping their text (kinds the phase has unlocked)" },
  { keys: [], also: 'Arrow keys (Shift: finer)', what: 'nudge the selection' },
  { keys: ['Escape'], what: 'clear the selection' },
  { keys: [], also: 'Click, Shift+click', what: 'select what is on top under the pointer (an arrow, a sticky; a card or a context by its title bar or empty area), add it to the selection' },
  { keys: [], also: 'Shift+drag on empty wall or inside a context', what: 'select with a rubber band' },
  { keys: [], also: 'Drag a selected sticky', what: 'move the whole selection' },
  { keys: [], also: 'Drag a square corner', what: 'resize the selected sticky, card or context; the opposite corner stays' },
  { keys: [], also: 'Drag the round handle', what: 'draw an arrow to another sticky' },
  { keys: ['Ctrl+C', 'Ctrl+V'], what: 'copy, paste (also onto another board)' },
  { keys: ['Ctrl+D'], what: 'duplicate the selection', action: 'duplicate' },
  { keys: ['Ctrl+]'], what: 'bring to front', action: 'front' },
  { keys: ['Ctrl+['], what: 'send to back', action: 'back' },
  { keys: ['Alt+Shift+L'], what: "line the selection up on its leftmost left edge", action: 'alignLeft' },
  { keys: ['Alt+Shift+T'], what: "line the selection up on its topmost top edge (a timeline's row)", action: 'alignTop' },
  { keys: ['Alt+Shift+H'], what: 'spread the selection across with equal gaps, the outermost staying', action: 'distributeAcross' },
  { keys: ['Alt+Shift+V'], what: 'spread the selection down with equal gaps, the outermost staying', action: 'distributeDown' },
  { keys: ['Ctrl+Z', 'Ctrl+Shift+Z'], what: 'undo, redo your own edits' },
  { keys: ['Ctrl+F'], what: 'find a sticky' },
  { keys: ['V', 'Shift+V'], also: "the + on a sticky, a click on your dot", what: 'while dot voting is open: put one of your dots on the selected stickies, take one back' },
  { keys: [], also: 'A kind\'s key, or click or drag it from the palette', what: 'a new sticky near the middle of the view, clear of the others (or where it is dropped)' },
  { keys: [], also: 'Drag the background, wheel', what: 'pan, zoom' },
  { keys: [], also: 'Space+drag', what: 'pan, also starting over a sticky' },
  { keys: ['Shift+1'], also: 'the Fit button', what: 'zoom to fit the whole wall, at most 100 % (zoomed out, stickies still show their text and can be dragged)' },
  { keys: ['Page Down'], also: 'the ▸ button', what: 'walk the wall: the next view to the right, at a readable zoom', action: 'walkNext' },
  { keys: ['Page Up'], also: 'the ◂ button', what: 'walk the wall: the view before, to the left', action: 'walkBack' },
  { keys: ['Home', 'End'], what: 'walk to the start (left end) or the end of the wall' },
  { keys: ['M'], also: 'the Map button', what: 'show or hide the minimap', action: 'minimap' },
  { keys: ['N'], also: 'the Coach button', what: "show or hide the notation coach: where the wall breaks the method's rules, each finding's stickies a click away", action: 'coach' },
  { keys: [], also: "Hover a coach's marker, or select its sticky", what: 'what the coach found there, and how to fix it' },
  { keys: ['?'], what: 'this help' },
];

/** A button's title: what it does and, from the table, the keys that do the same ("Duplicate (Ctrl+D)"). */
export function shortcutTitle(name: string, action: KeyedAction): string {
  const keys = SHORTCUTS.find((s) => s.action === action)?.keys ?? [];
  return keys.length > 0 ? `${name} (${keys.join(', ')})` : name;
}

/** The legend of kinds and colours together with every shortcut: one place to learn the wall. */
export function helpPanel(): HTMLDialogElement {
  const legend = PALETTE_KINDS.map((kind) => {
    const style = KIND_STYLES[kind];
    return el('li', {}, el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' }, style.icon), ` ${style.label}`, el('kbd', {}, style.shortcut.toUpperCase()));
  });
  const keys = SHORTCUTS.map(({ keys, also, what }) =>
    el('tr', {}, el('td', {}, el('kbd', {}, [...keys, ...(also ? [also] : [])].join(', '))), el('td', {}, what)));
  const close = el('button', { type: 'button' }, 'Close');
  const dialog = el(
    'dialog',
    { class: 'help', 'aria-label': 'Legend and shortcuts', 'data-testid': 'help' },
    // Close comes first: opening focuses it, and the panel opens at its top rather than scrolled down to it
    el('div', { class: 'help-head' }, el('h2', {}, 'Legend'), close),
    el('ul', { class: 'legend' }, ...legend),
    el('h2', {}, 'Keys'),
    el('table', {}, el('tbody', {}, ...keys)),
  );
  close.addEventListener('click', () => dialog.close());
  return dialog;
}
