import { LIMITS } from '../sync/protocol';
import { el } from './dom';

export interface TextEditing {
  /** Where and how large the sticky is on the page. */
  left: number;
  top: number;
  width: number;
  height: number;
  scale: number;
  text: string;
  /** What the field is called for assistive technology; a sticky's text unless said otherwise. */
  label?: string;
  maxLength?: number;
  /** A name of one line (a card's, a context's): a field that Enter commits, not a text area. */
  singleLine?: boolean;
  onCommit(text: string): void;
  /** Tab: commit, then carry on with the next sticky in the timeline (Shift+Tab: the one before). */
  onTab(text: string, backwards: boolean): void;
}

/**
 * Edits a sticky's text in place: a textarea laid over it (a one-line field for a name). Escape, a click elsewhere
 * or Ctrl+Enter (Enter in a one-line field) commit; the text is sent only if it changed.
 */
export function editText(editing: TextEditing): void {
  const area: HTMLInputElement | HTMLTextAreaElement = el(editing.singleLine ? 'input' : 'textarea', {
    class: editing.singleLine ? 'sticky-editor name-editor' : 'sticky-editor',
    maxlength: String(editing.maxLength ?? LIMITS.textLength),
    'aria-label': editing.label ?? 'Sticky text',
  });
  area.value = editing.text;
  Object.assign(area.style, {
    left: `${editing.left}px`,
    top: `${editing.top}px`,
    width: `${editing.width}px`,
    height: `${editing.height}px`,
    fontSize: `${Math.max(12, 16 * editing.scale)}px`,
  });
  let done = false;
  const finish = (then: (text: string) => void): void => {
    if (done) return;
    done = true;
    area.remove();
    then(area.value);
  };
  area.addEventListener('blur', () => finish(editing.onCommit));
  (area as HTMLElement).addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape' || (event.key === 'Enter' && (editing.singleLine || event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      finish(editing.onCommit);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish((text) => editing.onTab(text, event.shiftKey));
    }
  });
  document.body.append(area);
  area.focus();
  area.select();
}
