import type { WireElement } from '../sync/protocol';
import { el } from './dom';

/** The stickies whose text contains `query` (case and accents aside), in reading order along the timeline. */
export function findStickies(query: string, view: ReadonlyMap<string, WireElement>): WireElement[] {
  const wanted = fold(query.trim());
  if (!wanted) return [];
  return [...view.values()]
    .filter((e) => e.kind !== 'arrow' && fold(e.text).includes(wanted))
    .sort((a, b) => a.x - b.x || a.y - b.y);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** A search field: Enter jumps to the next match. */
export function findBox(matches: (query: string) => WireElement[], jump: (e: WireElement) => void): HTMLInputElement {
  const input = el('input', { type: 'search', class: 'find', placeholder: 'Find a sticky…', 'aria-label': 'Find a sticky' });
  let next = 0;
  input.addEventListener('input', () => (next = 0));
  input.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key !== 'Enter') return;
    const found = matches(input.value);
    if (found.length === 0) {
      input.setCustomValidity('No sticky says that');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    jump(found[next % found.length]!);
    next++;
  });
  return input;
}
