export type Route = { page: 'home' } | { page: 'board'; boardId: string };

const BOARD_PATH = /^\/b\/([0-9a-fA-F-]{36})\/?$/;

export function route(pathname: string): Route {
  const match = BOARD_PATH.exec(pathname);
  return match?.[1] ? { page: 'board', boardId: match[1].toLowerCase() } : { page: 'home' };
}

export function boardPath(boardId: string): string {
  return `/b/${boardId}`;
}
