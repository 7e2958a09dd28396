import { copyPayload, parsePayload, type ClipboardPayload } from '../store/clipboard';
import type { Point } from '../sync/protocol';
import { isTyping } from './typing';
import type { WallContext } from './wallContext';

/** Where the last copy is kept on this device, for browsers that give a page no clipboard to read. */
const CLIPBOARD_KEY = 'stormwall.clipboard';

/**
 * Copy and paste of the selection through the system clipboard (so it reaches another board or tab), with the last
 * copy also kept on this device for browsers whose copy or paste event never reaches the page.
 */
export function listenForClipboard(wall: WallContext, paste: (payload: ClipboardPayload, at: Point | null) => void, pointer: () => Point | null): void {
  /** Whether the paste event of the latest Ctrl+V came: then the kept copy is not wanted. */
  let pasted = false;
  document.addEventListener('keydown', (event) => {
    if (isTyping(event) || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'c') {
      const payload = copyPayload(wall.selection(), wall.view());
      if (payload && !window.getSelection()?.toString()) localStorage.setItem(CLIPBOARD_KEY, JSON.stringify(payload));
    } else if (key === 'v' && wall.canEdit()) {
      pasted = false;
      setTimeout(() => {
        if (pasted) return;
        const payload = parsePayload(localStorage.getItem(CLIPBOARD_KEY) ?? '');
        if (payload) paste(payload, pointer());
      }, 0);
    }
  });
  document.addEventListener('copy', (event) => {
    if (isTyping(event) || window.getSelection()?.toString()) return;
    const payload = copyPayload(wall.selection(), wall.view());
    if (!payload) return;
    const text = JSON.stringify(payload);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    localStorage.setItem(CLIPBOARD_KEY, text);
  });
  document.addEventListener('paste', (event) => {
    if (isTyping(event)) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const payload = parsePayload(text);
    pasted = text !== ''; // whatever else is on the clipboard is not ours to paste, nor is the kept copy then
    if (!payload) return;
    event.preventDefault();
    paste(payload, pointer());
  });
}
