import { getBoard, listFormats, type Board, type SessionFormat } from '../api/boards';
import { tokenFromHash } from '../routes';
import { LiveWall } from '../sync/liveWall';
import { identity } from './identity';

/**
 * What opening a board starts before the wall's own code (the canvas library and the tools) has loaded: the live
 * connection and reading the board's details. On a large wall the server prepares the snapshot meanwhile.
 */
export interface BoardOpening {
  readonly live: LiveWall;
  readonly details: Promise<[Board, SessionFormat[]]>;
}

/** Null when the link lacks its key. */
export function beginOpening(boardId: string, hash: string, name: string): BoardOpening | null {
  const token = tokenFromHash(hash);
  if (!token) return null;
  const live = new LiveWall({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`,
    boardId,
    token,
    ...identity(name),
  });
  const details = Promise.all([getBoard(boardId, token), listFormats()]);
  // the page handles a failure once its code has loaded; until then the browser must not report it as unhandled
  details.catch(() => undefined);
  return { live, details };
}
