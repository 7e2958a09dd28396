/** Whether a key or clipboard event belongs to a text field, where the wall's shortcuts must not act. */
export function isTyping(event: Event): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}

/** Whether a key event's target is a control that takes Enter and Space for itself. */
export function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY');
}

/**
 * Whether a double-click event comes from a real second press: the canvas counts two clicks on empty wall within
 * its window as a double-click even when they were separate clicks far apart in intent; the browser's click count
 * says what the person did. Touch has no count and is taken as it comes.
 */
export function isSecondClick(event: Event): boolean {
  return !(event instanceof MouseEvent) || event.detail >= 2;
}
