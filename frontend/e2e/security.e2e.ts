import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, personPage, screenshot, watchErrors } from './browser';
import { connected, newBoard } from './wall';

/** The corpus the backend's injection test uses too: one payload per line. */
const CORPUS = readFileSync(new URL('../../backend/src/test/resources/security/xss-corpus.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0);

interface Created {
  id: string;
  tokens: Record<'facilitator' | 'participant' | 'observer', string>;
  links: Record<'facilitator' | 'participant' | 'observer', string>;
}

function createBoard(title: string): Promise<Created> {
  return newBoard(title);
}

/** Watches for what a successful injection would do: a script setting window.__xss, a dialog, a CSP report. */
async function open(browser: Browser, link: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await personPage(browser, 'Grace');
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void (d.type() === 'confirm' ? d.accept() : d.dismiss());
  });
  await page.goto(link);
  await connected(page);
  return { page, errors, dialogs };
}

/**
 * Makes a new facilitator link from the share dialog of a page opened with `oldLink`, and waits until the page is
 * connected again with the new token, which it shows in its address bar too.
 */
async function rotateOwnLink(page: Page, oldLink: string): Promise<void> {
  if (!(await page.getByTestId('link-facilitator').isVisible())) await page.getByTestId('share').click();
  const link = page.getByTestId('link-facilitator');
  await page.getByTestId('rotate-facilitator').click();
  await expect.poll(() => link.inputValue(), { timeout: 5000 }).not.toBe(oldLink);
  const newLink = await link.inputValue();
  expect(page.url()).toBe(newLink);
  await page.getByRole('button', { name: 'Close' }).last().click();
  await connected(page);
}

describe('safety in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows injection payloads as text and runs none of them, under the content security policy', async () => {
    const board = await createBoard('<img src=x onerror="window.__xss=99">');
    const ops = CORPUS.map((text, i) => ({ op: 'create', element: { kind: 'event', text, x: i * 200, y: 0 } }));
    const stored = await fetch(`${BASE_URL}/api/boards/${board.id}/ops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.participant}` },
      body: JSON.stringify({ clientOpId: 'corpus', ops }),
    });
    expect(stored.status).toBe(200);

    const { page, errors, dialogs } = await open(browser, board.links.facilitator);
    await expect.poll(() => page.locator('[data-testid=outline] li').count(), { timeout: 10_000 }).toBe(CORPUS.length);
    const shown = await page.locator('[data-testid=outline] li').allTextContents();
    expect(shown).toEqual(CORPUS.map((text) => `Domain event: ${text}`));
    expect(await page.getByTestId('board-title').textContent()).toBe('<img src=x onerror="window.__xss=99">');
    // the find box searches those texts too: typing a payload into the page's own inputs must not run it either
    await page.keyboard.press('Control+f');
    await page.keyboard.type('<img src=x onerror=window.__xss=100>');
    await page.keyboard.press('Escape');

    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'security-corpus');
  });

  it('lets the facilitator share and rotate links; others see no share dialog', async () => {
    const board = await createBoard('Sharing');
    const participant = await open(browser, board.links.participant);
    expect(await participant.page.getByTestId('share').isVisible()).toBe(false);

    const facilitator = await open(browser, board.links.facilitator);
    await facilitator.page.getByTestId('share').click();
    const participantLink = facilitator.page.getByTestId('link-participant');
    const facilitatorLink = facilitator.page.getByTestId('link-facilitator');
    expect(await facilitatorLink.inputValue()).toBe(board.links.facilitator);

    await facilitator.page.getByTestId('rotate-participant').click();
    await expect.poll(() => participantLink.inputValue(), { timeout: 5000 }).toMatch(/#k=/);
    expect(await participantLink.inputValue()).not.toBe(board.links.participant);
    await expect.poll(() => participant.page.getByTestId('connection').textContent(), { timeout: 5000 })
      .toBe('This link no longer opens the board');

    // rotating the own link: the page carries on with the new token, in its address bar too
    await rotateOwnLink(facilitator.page, board.links.facilitator);
    await screenshot(facilitator.page, 'security-share');
    expect(facilitator.dialogs).toHaveLength(2);
    expect(facilitator.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  it("shows the facilitator the Share button when the wall's snapshot arrives before the board's details", async () => {
    const board = await createBoard('Details late');
    const page = await personPage(browser, 'Grace');
    const snapshotArrived = new Promise<void>((resolve) =>
      page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => {
        if (String(payload).startsWith('{"type":"snapshot"')) resolve();
      })));
    await page.route((url) => url.pathname === `/api/boards/${board.id}`, async (route) => {
      await snapshotArrived;
      await route.continue();
    });
    await page.goto(board.links.facilitator);
    await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
    expect(await page.getByTestId('share').isVisible()).toBe(true);
    await page.close();
  });

  it('exports and continues the wall with the new token after the facilitator rotates their own link', async () => {
    const board = await createBoard('Rotated');
    const seeded = await fetch(`${BASE_URL}/api/boards/${board.id}/ops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.participant}` },
      body: JSON.stringify({ clientOpId: 'seed', ops: [{ op: 'create', element: { kind: 'event', text: 'Link Rotated', x: 0, y: 0 } }] }),
    });
    expect(seeded.status).toBe(200);
    const { page, errors } = await open(browser, board.links.facilitator);
    await expect.poll(() => page.locator('[data-testid=outline] li').allTextContents(), { timeout: 5000 }).toEqual(['Domain event: Link Rotated']);

    await rotateOwnLink(page, board.links.facilitator);
    // the token the page was opened with reaches the board no more: only the new one can do what follows
    const withOldToken = await fetch(`${BASE_URL}/api/boards/${board.id}/export.json`, { headers: { Authorization: `Bearer ${board.tokens.facilitator}` } });
    expect(withOldToken.status).toBe(404);

    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 5000 }),
      page.getByRole('menuitem', { name: 'Download JSON (re-importable)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rotated.json');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { elements: { text: string }[] };
    expect(file.elements.map((e) => e.text)).toEqual(['Link Rotated']);

    await page.getByTestId('continue').click();
    await page.getByTestId('continue-confirm').click();
    const participantLink = page.locator('[data-testid=continued-links] a[data-role=participant]');
    await expect.poll(() => participantLink.count(), { timeout: 5000 }).toBe(1);
    await screenshot(page, 'security-continued-after-rotation');
    const continued = new URL((await participantLink.getAttribute('href'))!);
    const newBoard = await fetch(`${BASE_URL}/api${continued.pathname.replace(/^\/b\//, '/boards/')}`, {
      headers: { Authorization: `Bearer ${continued.hash.replace(/^#k=/, '')}` },
    });
    const continuedWall = (await newBoard.json()) as { continuedFrom: { title: string }; elements: { text: string }[] };
    expect(continuedWall.continuedFrom.title).toBe('Rotated');
    expect(continuedWall.elements.map((e) => e.text)).toEqual(['Link Rotated']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
