import { KIND_STYLES } from '../render/kinds';
import { canChangeKind, CHANGEABLE_KINDS } from '../store/kindChange';
import type { ElementKind, WireElement } from '../sync/protocol';
import { el } from '../ui/dom';

/**
 * The selection toolbar's kind menu: the kinds the selected stickies may become now (what the phase has unlocked),
 * the one they are marked. Shown only when everything selected is a sticky whose kind may change.
 */
export function kindMenu(change: (kind: ElementKind) => void): { node: HTMLSelectElement; update(selected: WireElement[], locked: (kind: ElementKind) => string | null): string } {
  const node = el('select', { class: 'tool tool-kind', 'aria-label': 'Kind', title: "Kind (Shift+a kind's key)", 'data-testid': 'toolbar-kind' });
  node.addEventListener('change', () => {
    const kind = CHANGEABLE_KINDS.find((k) => k === node.value);
    if (kind) change(kind);
  });
  // the wall's shortcuts and the toolbar's arrow keys leave the menu's own keys alone
  node.addEventListener('keydown', (event) => event.stopPropagation());
  return {
    node,
    /** Shows the kinds open now; says what it shows, for the toolbar to know when its size may have changed. */
    update(selected, locked) {
      const shown = selected.length > 0 && selected.every(canChangeKind);
      node.hidden = !shown;
      if (!shown) return '';
      const kinds = new Set(selected.map((e) => e.kind));
      const current = kinds.size === 1 ? [...kinds][0]! : '';
      const offered = CHANGEABLE_KINDS.filter((k) => k === current || !locked(k));
      const state = `${current}:${offered.join(',')}`;
      if (node.dataset['state'] !== state) {
        node.dataset['state'] = state;
        node.replaceChildren(
          ...(current ? [] : [el('option', { value: '', disabled: 'true' }, 'Kind…')]),
          ...offered.map((k) => el('option', { value: k }, `${KIND_STYLES[k].icon} ${KIND_STYLES[k].label}`)),
        );
      }
      node.value = current;
      return state;
    },
  };
}
