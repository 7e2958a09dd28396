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

export function tokenFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('k');
  return value ? value : null;
}
