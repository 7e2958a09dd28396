import { KIND_STYLES } from '../render/kinds';
import type { WireElement } from '../sync/protocol';
import { el } from './dom';

/**
 * The wall as a list, for screen readers (the canvas says nothing to them): every sticky with its kind and text,
 * in reading order, left to right along the timeline.
 */
export function wallOutline(): { node: HTMLElement; update(view: ReadonlyMap<string, WireElement>): void } {
  const list = el('ul', {});
  const node = el('section', { class: 'visually-hidden', 'aria-label': 'Stickies on the wall', 'data-testid': 'outline' }, list);
  let shown: ReadonlyMap<string, WireElement> | null = null;
  // an item is rebuilt only when its element (or, for an arrow, an end's text) changed: a large wall stays cheap
  let items = new Map<string, { key: string; item: HTMLLIElement }>();
  return {
    node,
    update(view) {
      if (view === shown) return;
      shown = view;
      const next = new Map<string, { key: string; item: HTMLLIElement }>();
      const ordered = [...view.values()].sort((a, b) => a.x - b.x || a.y - b.y);
      for (const e of ordered) {
        const text = e.kind === 'arrow'
          ? `Arrow from ${view.get(e.from)?.text || 'a sticky'} to ${view.get(e.to)?.text || 'a sticky'}${e.label ? `: ${e.label}` : ''}`
          : `${KIND_STYLES[e.kind].label}: ${e.text || '(empty)'}`;
        const key = `${text}|${e.x}|${e.y}|${e.w}|${e.h}|${e.z}`;
        const old = items.get(e.id);
        next.set(e.id, old?.key === key ? old : { key, item: item(e, text) });
      }
      items = next;
      list.replaceChildren(...[...next.values()].map((entry) => entry.item));
    },
  };
}

function item(e: WireElement, text: string): HTMLLIElement {
  return el('li', {
    'data-id': e.id, 'data-kind': e.kind, 'data-x': String(e.x), 'data-y': String(e.y),
    'data-w': String(e.w), 'data-h': String(e.h), 'data-z': String(e.z),
  }, text);
}
