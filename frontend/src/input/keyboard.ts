import type { WalkStep } from '../canvas/walk';
import type { Arrangement } from '../store/arrange';
import type { ElementKind } from '../sync/protocol';
import { kindForKey } from '../ui/palette';
import type { WallActions } from './actions';
import { isButton, isTyping } from './typing';
import type { WallContext } from './wallContext';

export interface ShortcutTargets {
  wall: WallContext;
  actions: WallActions;
  help: HTMLDialogElement;
  find: HTMLInputElement;
  fitAll(): void;
  /** One step of walking the wall. */
  walk(step: WalkStep): void;
  toggleMinimap(): void;
  /** Shows or hides the notation coach's panel. */
  toggleCoach(): void;
  /** Edits the text of a sticky, or the label of an arrow. */
  edit(id: string): void;
  /** Opens the notation properties of a hotspot, a policy or an external system. */
  properties(id: string): void;
  undo(): void;
  redo(): void;
  /** Creates a sticky of the kind and starts editing it; or says why the kind is locked now. */
  create(kind: ElementKind): void;
}

/** Arrow keys nudge the selection: 10 units a press, 1 with Shift. */
const NUDGES: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
/** Walking the wall, by the keys that page through a document. */
const WALKS: Record<string, WalkStep> = { PageDown: 'next', PageUp: 'previous', Home: 'first', End: 'last' };
/** Alt+Shift and a letter (by its place on the keyboard: Alt changes the character on some layouts). */
const ARRANGEMENTS: Record<string, Arrangement> = { KeyL: 'alignLeft', KeyT: 'alignTop', KeyH: 'distributeAcross', KeyV: 'distributeDown' };

/** The wall's keyboard shortcuts (the help panel lists them); those that change the wall only for editors. */
export function listenForShortcuts(targets: ShortcutTargets): void {
  const { wall } = targets;
  document.addEventListener('keydown', (event) => {
    // a focused button takes Enter and Space for itself
    if (isTyping(event) || (isButton(event.target) && (event.key === 'Enter' || event.key === ' '))) return;
    const mod = event.ctrlKey || event.metaKey;
    const plain = !mod && !event.altKey;
    if (event.key === '?') {
      targets.help.open ? targets.help.close() : targets.help.showModal();
    } else if (event.shiftKey && event.code === 'Digit1' && !mod) {
      event.preventDefault();
      targets.fitAll();
    } else if (mod && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      targets.find.focus();
      // the last search is selected, so typing replaces it
      targets.find.select();
    } else if (event.key === 'Escape' && wall.selection().size > 0) {
      wall.select([]);
    } else if (plain && !event.shiftKey && WALKS[event.key]) {
      event.preventDefault();
      targets.walk(WALKS[event.key]!);
    } else if (plain && event.key.toLowerCase() === 'm') {
      targets.toggleMinimap();
    } else if (plain && event.key.toLowerCase() === 'n') {
      targets.toggleCoach();
    } else if (wall.canEdit()) {
      editingKey(event, targets);
    }
  });
}

function editingKey(event: KeyboardEvent, { wall, actions, ...targets }: ShortcutTargets): void {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const selected = wall.selection().size > 0;
  const nudge = NUDGES[event.key];
  const act = (action: () => void): void => {
    event.preventDefault();
    action();
  };
  if (nudge && selected && !mod) {
    const step = event.shiftKey ? 1 : 10;
    act(() => actions.nudge(nudge[0] * step, nudge[1] * step));
  } else if (event.altKey && event.shiftKey && !mod && ARRANGEMENTS[event.code]) {
    act(() => actions.arrange(ARRANGEMENTS[event.code]!));
  } else if (mod && key === 'z') {
    act(event.shiftKey ? targets.redo : targets.undo);
  } else if (mod && key === 'y') {
    act(targets.redo);
  } else if (mod && key === 'd') {
    act(actions.duplicate);
  } else if (mod && (event.key === ']' || event.key === '[')) {
    act(event.key === ']' ? actions.toFront : actions.toBack);
  } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
    act(actions.remove);
  } else if (event.key === 'Enter' && event.altKey && !mod && wall.selection().size === 1) {
    act(() => targets.properties([...wall.selection()][0]!));
  } else if (event.key === 'Enter' && wall.selection().size === 1) {
    act(() => targets.edit([...wall.selection()][0]!));
  } else if (!mod && !event.altKey && event.shiftKey && selected) {
    // Shift and a kind's key: the selected stickies become that kind, their text kept
    const kind = kindForKey(event.key);
    if (kind) act(() => actions.changeKind(kind));
  } else if (!mod && !event.altKey) {
    const kind = kindForKey(event.key);
    if (kind) act(() => targets.create(kind));
  }
}
