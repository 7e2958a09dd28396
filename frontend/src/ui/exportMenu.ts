import { el } from './dom';

/** What the Export menu offers: each is `GET /api/boards/{id}/export.<ext>`. */
export const EXPORTS: readonly { ext: string; label: string }[] = [
  { ext: 'json', label: 'Download JSON (re-importable)' },
  { ext: 'png', label: 'Download PNG' },
  { ext: 'svg', label: 'Download SVG' },
  { ext: 'md', label: 'Markdown report' },
  { ext: 'csv', label: 'CSV (one row per element)' },
  { ext: 'mmd', label: 'Mermaid chain diagram' },
  { ext: 'cml', label: 'Context Mapper (CML)' },
  { ext: 'owners.md', label: 'Hotspot owners (Markdown)' },
  { ext: 'owners.csv', label: 'Hotspot owners (CSV)' },
];

/**
 * The name the server gave a download (`attachment; filename="billing.json"`), or the fallback. Only a plain file
 * name is taken: no folders.
 */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '') ?? /filename=([^;]+)/.exec(disposition ?? '');
  const name = match?.[1]?.trim().replace(/[/\\]/g, '-');
  return name ? name : fallback;
}

/**
 * The board's Export menu: a button that opens a list of downloads. Works for every role (observers too), by
 * keyboard (arrows move, Escape closes) as well as by pointer.
 */
export function exportMenu(boardId: string, token: () => string, onError: (message: string) => void): HTMLElement {
  const button = el(
    'button',
    { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'export-menu', 'data-testid': 'export-button' },
    'Export',
  );
  const items = EXPORTS.map(({ ext, label }) => {
    const item = el('button', { type: 'button', role: 'menuitem', tabindex: '-1', 'data-ext': ext }, label);
    item.addEventListener('click', () => {
      close(true);
      download(boardId, token(), ext).catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
    });
    return item;
  });
  const menu = el('div', { id: 'export-menu', role: 'menu', 'aria-label': 'Export', class: 'export-menu', hidden: '' }, ...items);
  const root = el('div', { class: 'export' }, button, menu);

  const open = (focusIndex: number): void => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items[(focusIndex + items.length) % items.length]?.focus();
  };
  function close(refocus: boolean): void {
    if (menu.hidden) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }

  button.addEventListener('click', () => (menu.hidden ? open(0) : close(false)));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 0 : -1);
    }
  });
  menu.addEventListener('keydown', (event) => {
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      items[(moves[event.key]! + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  });
  // keys pressed on the menu are for the menu, not the wall's shortcuts (Enter would edit the selected sticky)
  root.addEventListener('keydown', (event) => event.stopPropagation());
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) close(false);
  });
  return root;
}

export function download(boardId: string, token: string, ext: string): Promise<void> {
  return downloadFrom(`/api/boards/${encodeURIComponent(boardId)}/export.${ext}`, token, ext);
}

/** Downloads an export at `path` (the board's, or a checkpoint's) under the name the server gave it. */
export async function downloadFrom(path: string, token: string, ext: string): Promise<void> {
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = ((await response.json()) as { detail?: string }).detail ?? detail;
    } catch {
      // not a problem document
    }
    throw new Error(`Export failed: ${detail}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: fileNameFrom(response.headers.get('Content-Disposition'), `board.${ext}`) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
