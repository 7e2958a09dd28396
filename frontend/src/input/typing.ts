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
 * Whether a click is the second of a double-click, by the browser's own click count. The canvas's double-click
 * counts any two clicks within its window — two separate clicks, or a click just before a double-click (whose own
 * second click it then misses) — so a mouse's double-click is read from the click itself; touch keeps the canvas's
 * double tap.
 */
export function isSecondClick(event: Event): boolean {
  return event instanceof MouseEvent && event.detail === 2;
}
