import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchErrors } from './browser';
import { createBoard, open, SOON } from './wall';

/**
 * Makes the page's joins claim another protocol version than the server's, as a tab left open across an upgrade
 * would be: the server's answer (error and close) reaches the page unchanged.
 */
async function speakAnotherVersion(page: Page): Promise<{ joins: number }> {
  const seen = { joins: 0 };
  await page.routeWebSocket(/\/ws(\?|$)/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const parsed = typeof message === 'string' ? (JSON.parse(message) as { type?: string; protocol?: number }) : null;
      if (parsed?.type === 'join') {
        seen.joins++;
        server.send(JSON.stringify({ ...parsed, protocol: (parsed.protocol ?? 1) + 1 }));
      } else {
        server.send(message);
      }
    });
    server.onClose((code, reason) => ws.close({ code, reason }));
  });
  return seen;
}

describe('a tab left open across an upgrade', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reloads once, then says what to do instead of reloading again', async () => {
    const board = await createBoard('Upgrade', [{ text: 'Order placed', x: 100, y: 100 }]);
    const page = await open(browser, board.links.participant);
    const errors = watchErrors(page);
    let loads = 0;
    page.on('load', () => loads++);
    const seen = await speakAnotherVersion(page);

    // the server restarts with a new version: every tab is told to go away and reconnects
    await page.reload();

    // told only once the reload it made did not help: a tab that kept reloading would never show it
    await page.getByText('speak different versions of Stormwall').waitFor(SOON);
    const status = page.getByTestId('connection');
    expect(await status.getAttribute('data-state')).toBe('outdated');
    expect(await status.textContent()).toMatch(/reload the page/);
    expect(loads).toBe(2);
    expect(seen.joins).toBe(2);
    await screenshot(page, 'upgrade-outdated');
    expect(errors).toEqual([]);
  });
});
