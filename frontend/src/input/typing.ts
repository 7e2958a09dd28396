/** Whether a key or clipboard event belongs to a text field, where the wall's shortcuts must not act. */
export function isTyping(event: Event): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}
