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
  return {
    node,
    update(view) {
      const items = [...view.values()]
        .sort((a, b) => a.x - b.x || a.y - b.y)
        .map((e) => {
          const text = e.kind === 'arrow'
            ? `Arrow from ${view.get(e.from)?.text || 'a sticky'} to ${view.get(e.to)?.text || 'a sticky'}`
            : `${KIND_STYLES[e.kind].label}: ${e.text || '(empty)'}`;
          return el('li', { 'data-id': e.id, 'data-kind': e.kind, 'data-x': String(e.x), 'data-y': String(e.y) }, text);
        });
      list.replaceChildren(...items);
    },
  };
}
