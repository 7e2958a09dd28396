import { KIND_STYLES, PALETTE_KINDS } from '../render/kinds';
import type { ElementKind } from '../sync/protocol';
import { el } from './dom';

/** The sticky kinds, each a button in its colour with its name and shortcut key. */
export function palette(onPick: (kind: ElementKind) => void): HTMLElement {
  const buttons = PALETTE_KINDS.map((kind) => {
    const style = KIND_STYLES[kind];
    const button = el(
      'button',
      { type: 'button', class: 'palette-item', 'data-kind': kind, title: `${style.label} (${style.shortcut.toUpperCase()})` },
      el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' }, style.icon),
      el('span', { class: 'palette-label' }, style.label),
      el('kbd', {}, style.shortcut.toUpperCase()),
    );
    button.addEventListener('click', () => onPick(kind));
    return button;
  });
  return el('nav', { class: 'palette', 'aria-label': 'Sticky kinds' }, ...buttons);
}

/** The kind whose shortcut this key is, if any. */
export function kindForKey(key: string): ElementKind | undefined {
  return PALETTE_KINDS.find((kind) => KIND_STYLES[kind].shortcut === key.toLowerCase());
}
