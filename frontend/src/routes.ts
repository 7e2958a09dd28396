export type Route = { page: 'home' } | { page: 'board'; boardId: string };

const BOARD_PATH = /^\/b\/([0-9a-fA-F-]{36})\/?$/;

export function route(pathname: string): Route {
  const match = BOARD_PATH.exec(pathname);
  return match?.[1] ? { page: 'board', boardId: match[1].toLowerCase() } : { page: 'home' };
}

/** A board link carries its token in the fragment (`#k=`), which browsers never send to the server. */
export function boardPath(boardId: string, token: string): string {
  return `/b/${boardId}#k=${encodeURIComponent(token)}`;
}

/** The element a link points at (`#e=<id>`, as the hotspot owner list's links do): the wall opens on it. */
export function elementFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('e');
  return value && /^[0-9a-fA-F-]{36}$/.test(value) ? value.toLowerCase() : null;
}

/**
 * A link that names an element but holds no key (a ticket's link to a hotspot) opens with the key this browser used
 * for the board before, if it has one: the hash to use, or the one given.
 */
export function withRememberedKey(hash: string, remembered: string | null): string {
  if (tokenFromHash(hash) || !remembered || !elementFromHash(hash)) return hash;
  const key = tokenFromHash(new URL(remembered, 'http://x').hash);
  return key ? `#k=${encodeURIComponent(key)}&e=${elementFromHash(hash)}` : hash;
}

export function tokenFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('k');
  return value ? value : null;
}
