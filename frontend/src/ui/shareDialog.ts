import { rotateLink, type Role } from '../api/boards';
import { boardPath, tokenFromHash } from '../routes';
import type { LiveWall, LiveWallSnapshot } from '../sync/liveWall';
import { el } from './dom';

const ROLES: { role: Role; label: string }[] = [
  { role: 'participant', label: 'Participants add and move stickies' },
  { role: 'observer', label: 'Observers watch' },
  { role: 'facilitator', label: 'Facilitators also steer the session (your own link)' },
];

const storageKey = (boardId: string): string => `stormwall.links.${boardId}`;

/**
 * Only hashes of a board's tokens are kept on the server, so the links this browser was given (when it created the
 * board, or rotated a link) are the only copies: they stay in this browser's storage for the share dialog.
 */
export function rememberLinks(boardId: string, links: Partial<Record<Role, string>>): void {
  try {
    localStorage.setItem(storageKey(boardId), JSON.stringify({ ...knownLinks(boardId), ...links }));
  } catch {
    // storage full or disabled: the dialog offers new links instead
  }
}

export function knownLinks(boardId: string): Partial<Record<Role, string>> {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(boardId)) ?? '{}') as unknown;
    if (typeof stored !== 'object' || stored === null) return {};
    const links: Partial<Record<Role, string>> = {};
    for (const { role } of ROLES) {
      const link = (stored as Record<string, unknown>)[role];
      if (typeof link === 'string') links[role] = link;
    }
    return links;
  } catch {
    return {};
  }
}

/**
 * The facilitator's "Share" button and dialog: the three role links with copy buttons, and a way to replace a
 * link that went too far (the old one stops working at once). Hidden for everyone but the facilitator.
 */
export function shareButton(boardId: string, live: LiveWall): HTMLButtonElement {
  const button = el('button', { type: 'button', 'data-testid': 'share', hidden: '' }, 'Share');
  const dialog = el('dialog', { class: 'help share', 'aria-label': 'Share this board', 'data-testid': 'share-dialog' });
  const rows = ROLES.map(({ role, label }) => linkRow(boardId, role, label, live));
  const close = el('button', { type: 'button', class: 'primary' }, 'Close');
  close.addEventListener('click', () => dialog.close());
  dialog.append(
    el('h2', {}, 'Share this board'),
    el('p', {}, 'Anyone with a link joins in its role, no account needed. A new link shuts out everyone still using the old one.'),
    ...rows.map((r) => r.node),
    close,
  );
  button.addEventListener('click', () => {
    rememberLinks(boardId, { facilitator: ownLink(boardId) });
    rows.forEach((r) => r.refresh());
    if (!dialog.isConnected) button.after(dialog);
    dialog.showModal();
  });
  const showForFacilitator = (s: LiveWallSnapshot): void => {
    button.hidden = s.role !== 'facilitator';
  };
  live.onChange(showForFacilitator);
  showForFacilitator(live.snapshot()); // it may have joined while the board's details were read
  return button;
}

function ownLink(boardId: string): string | undefined {
  const token = tokenFromHash(location.hash);
  return token ? location.origin + boardPath(boardId, token) : undefined;
}

function linkRow(boardId: string, role: Role, label: string, live: LiveWall): { node: HTMLElement; refresh: () => void } {
  const field = el('input', { type: 'text', readonly: '', 'aria-label': `${role} link`, 'data-testid': `link-${role}` });
  const copy = el('button', { type: 'button', 'data-testid': `copy-${role}` }, 'Copy');
  const rotate = el('button', { type: 'button', 'data-testid': `rotate-${role}` }, 'New link');
  const status = el('span', { class: 'share-status', role: 'status' });
  const refresh = (): void => {
    const link = knownLinks(boardId)[role];
    field.value = link ?? '';
    field.placeholder = link ? '' : 'Not kept in this browser: make a new link';
    copy.disabled = !link;
  };
  copy.addEventListener('click', () => {
    field.select();
    navigator.clipboard
      .writeText(field.value)
      .then(() => (status.textContent = 'Copied'))
      .catch(() => (status.textContent = 'Press Ctrl+C to copy'));
  });
  rotate.addEventListener('click', () => {
    if (!confirm(`Make a new ${role} link? Everyone using the current ${role} link is disconnected.`)) return;
    const token = tokenFromHash(location.hash);
    if (!token) return;
    rotate.disabled = true;
    rotateLink(boardId, role, token)
      .then((rotated) => {
        rememberLinks(boardId, { [role]: rotated.link });
        if (role === 'facilitator') {
          // this page held the old facilitator token: carry on with the new one, in the address bar too
          history.replaceState(history.state, '', boardPath(boardId, rotated.token));
          live.useToken(rotated.token);
        }
        refresh();
        status.textContent = 'New link made';
      })
      .catch((e: unknown) => (status.textContent = `Could not make a new link: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => (rotate.disabled = false));
  });
  refresh();
  return { node: el('div', { class: 'share-row' }, el('label', {}, label), el('div', { class: 'share-link' }, field, copy, rotate), status), refresh };
}
