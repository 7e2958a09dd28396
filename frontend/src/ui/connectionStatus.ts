import type { LiveWallSnapshot } from '../sync/liveWall';
import { el } from './dom';
import { counted } from './visitedBoards';

/** Over the wall once this person's link has been replaced: the wall stays as it was, but nothing works on it. */
export function linkGone(): HTMLElement {
  const node = el(
    'div',
    { class: 'link-gone', role: 'alert', 'data-testid': 'link-gone' },
    el('h2', {}, 'This link no longer works'),
    el('p', {}, 'The facilitator replaced it with a new one. Ask them for the new link to keep working on this wall; what you see here is the wall as it was and is no longer updated.'),
  );
  node.hidden = true;
  return node;
}

/** The header's word on the connection, said again with each change of the live wall. */
export function connectionBadge(): { node: HTMLElement; update(next: LiveWallSnapshot): void } {
  const node = el('span', { class: 'connection', 'data-testid': 'connection', role: 'status' }, 'Connecting…');
  const update = (next: LiveWallSnapshot): void => {
    node.textContent = statusText(next);
    node.title = node.textContent;
    node.dataset['state'] = next.status;
  };
  return { node, update };
}

/** A passing message over the wall (a refusal, a locked kind): shown a few seconds, then gone. */
export function passingNotice(): { node: HTMLElement; say(text: string): void } {
  const node = el('p', { class: 'notice', role: 'alert', 'data-testid': 'notice' });
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string): void => {
    node.textContent = text;
    clearTimeout(quiet);
    quiet = setTimeout(() => (node.textContent = ''), 6000);
  };
  return { node, say };
}

/** What the header says of the connection, and of edits not yet saved. */
export function statusText(s: LiveWallSnapshot): string {
  const pending = s.wall.pending.length;
  const unsent = pending > 0 ? ` · ${counted(pending, 'edit')} not yet saved` : '';
  switch (s.status) {
    case 'connected':
      return `Connected${s.role === 'observer' ? ' · watching' : ''}${unsent}`;
    case 'reconnecting':
      return `Reconnecting…${unsent}`;
    case 'offline':
      return `Offline${unsent}`;
    case 'denied':
      return 'This link no longer opens the board';
    case 'outdated':
      return 'Stormwall was updated: reload the page to go on';
    default:
      return 'Connecting…';
  }
}
