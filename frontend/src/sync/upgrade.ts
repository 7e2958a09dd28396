/** The part of the browser's sessionStorage used here, so tests can hand in their own. */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'stormwall.reloadedForUpgrade';
/** A second reload this soon after the first would not fetch anything newer: it would be a loop. */
const GUARD_MS = 60_000;

/**
 * Loads the page again, once, when the server speaks another protocol version than this app (a tab left open
 * across an upgrade): the new page brings the app that matches. Answers false, and does nothing, when this tab was
 * reloaded for that a moment ago, so a server and an app that still disagree can't keep a tab reloading.
 */
export function reloadForUpgrade(storage: TabStorage, reload: () => void, now: number = Date.now()): boolean {
  const last = Number(storage.getItem(KEY) ?? Number.NEGATIVE_INFINITY);
  if (now - last < GUARD_MS) return false;
  storage.setItem(KEY, String(now));
  reload();
  return true;
}
