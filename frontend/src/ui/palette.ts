import { KIND_STYLES, PALETTE_KINDS } from '../render/kinds';
import type { ElementKind } from '../sync/protocol';
import { KIND_DRAG_TYPE } from '../input/wallGestures';
import { el } from './dom';

export type Lock = (kind: ElementKind) => string | null;

/**
 * The sticky kinds, each a button in its colour with its name and shortcut key, clicked (a sticky in the middle of
 * the screen) or dragged onto the wall. `update` disables the kinds the workshop's phase has not unlocked yet,
 * saying when they will be. A locked kind stays clickable: the click says why it is locked and when it opens.
 */
export function palette(onPick: (kind: ElementKind) => void): { node: HTMLElement; update(lock: Lock): void } {
  const buttons = PALETTE_KINDS.map((kind) => {
    const style = KIND_STYLES[kind];
    const button = el(
      'button',
      { type: 'button', class: 'palette-item', 'data-kind': kind, draggable: 'true', title: `${style.label} (${style.shortcut.toUpperCase()})` },
      el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' }, style.icon),
      el('span', { class: 'palette-label' }, style.label),
      el('kbd', {}, style.shortcut.toUpperCase()),
    );
    button.addEventListener('click', () => onPick(kind));
    // dropped on the wall, it is created there (the wall accepts the drop)
    button.addEventListener('dragstart', (event) => {
      if (button.getAttribute('aria-disabled') === 'true') {
        event.preventDefault();
        return;
      }
      event.dataTransfer?.setData(KIND_DRAG_TYPE, kind);
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'copy';
    });
    return button;
  });
  const node = el('nav', { class: 'palette', 'aria-label': 'Sticky kinds' }, ...buttons);
  return {
    node,
    update(lock) {
      buttons.forEach((button, i) => {
        const kind = PALETTE_KINDS[i]!;
        const reason = lock(kind);
        const style = KIND_STYLES[kind];
        button.setAttribute('aria-disabled', String(reason !== null));
        button.draggable = reason === null;
        button.title = reason ? `${style.label}: ${reason}` : `${style.label} (${style.shortcut.toUpperCase()})`;
        button.querySelector('.palette-lock')?.remove();
        if (reason) button.append(el('span', { class: 'palette-lock' }, reason));
      });
    },
  };
}

/** The kind whose shortcut this key is, if any. */
export function kindForKey(key: string): ElementKind | undefined {
  return PALETTE_KINDS.find((kind) => KIND_STYLES[kind].shortcut === key.toLowerCase());
}
