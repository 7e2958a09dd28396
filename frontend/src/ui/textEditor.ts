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
  onCommit(text: string): void;
  /** Tab: commit, then carry on with the next sticky in the timeline (Shift+Tab: the one before). */
  onTab(text: string, backwards: boolean): void;
}

/**
 * Edits a sticky's text in place: a textarea laid over it. Escape, a click elsewhere or Ctrl+Enter commit; the
 * text is sent only if it changed.
 */
export function editText(editing: TextEditing): void {
  const area = el('textarea', {
    class: 'sticky-editor',
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
  area.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
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
