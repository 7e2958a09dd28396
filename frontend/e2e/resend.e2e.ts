import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, personPage, watchErrors } from './browser';
import { connected, newBoard, open, SOON, write } from './wall';

interface Batch {
  connection: number;
  clientOpId: string;
}

/**
 * Stands in for a database outage on the server's side of one person's connection: the first batch sent on the
 * first connection is answered as the server answers a batch it could not store (`error DATABASE_UNAVAILABLE`
 * naming it); nothing later on that connection reaches the server, and the next batch closes it with 4503, as the
 * server does. Every later connection is passed through unchanged. Records the batches each connection sent.
 */
async function loseTheDatabaseOnce(page: Page): Promise<Batch[]> {
  const batches: Batch[] = [];
  let connections = 0;
  await page.routeWebSocket(/\/ws(\?|$)/, (ws) => {
    const connection = ++connections;
    const server = ws.connectToServer();
    let failed = false;
    ws.onMessage((message) => {
      const parsed = typeof message === 'string' ? (JSON.parse(message) as { type?: string; clientOpId?: string }) : null;
      if (parsed?.type === 'ops') batches.push({ connection, clientOpId: parsed.clientOpId! });
      if (connection > 1) {
        server.send(message);
      } else if (parsed?.type === 'ops' && !failed) {
        failed = true;
        ws.send(JSON.stringify({ type: 'error', code: 'DATABASE_UNAVAILABLE', message: 'The database cannot be reached.', clientOpId: parsed.clientOpId }));
      } else if (parsed?.type === 'ops') {
        server.close();
        ws.close({ code: 4503, reason: 'resend' });
      } else if (!failed) {
        server.send(message);
      }
    });
    server.onClose((code, reason) => {
      if (!failed) ws.close({ code, reason });
    });
  });
  return batches;
}

describe('a batch the server could not store', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is sent again after the close 4503, with every batch after it, in order, and reaches the other person once', async () => {
    const board = await newBoard('Resend');
    const ada = await personPage(browser, 'Ada');
    const batches = await loseTheDatabaseOnce(ada);
    await ada.goto(board.links.participant);
    await connected(ada);
    const grace = await open(browser, board.links.facilitator, 'Grace');
    const errors = [...watchErrors(ada), ...watchErrors(grace)];

    // two batches: the new sticky (refused by the outage), then its text (held back behind it)
    await write(ada, 'e', 'Order placed');

    const outline = (page: Page): Promise<string[]> => page.locator('[data-testid=outline] li').allTextContents();
    await expect.poll(() => outline(grace), SOON).toEqual(['Domain event: Order placed']);
    await expect.poll(() => ada.getByTestId('connection').textContent(), SOON).toBe('Connected');
    expect(await outline(ada)).toEqual(['Domain event: Order placed']);
    const first = batches.filter((b) => b.connection === 1).map((b) => b.clientOpId);
    const again = batches.filter((b) => b.connection === 2).map((b) => b.clientOpId);
    expect(first).toHaveLength(2);
    expect(again.slice(0, 2)).toEqual(first);

    // and the wall goes on as usual on the new connection
    await write(ada, 'c', 'Place order');
    await expect.poll(() => outline(grace).then((items) => items.sort()), SOON).toEqual(['Command: Place order', 'Domain event: Order placed']);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });
});
