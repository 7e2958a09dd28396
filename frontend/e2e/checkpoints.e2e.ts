import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';
import { addToBoard, editor, fit, item, moveTo, newBoard, open, SOON, write, type Board } from './wall';

/** A change made through the REST API as a participant would make it live. */
async function rest(board: Board, ops: object[]): Promise<void> {
  const response = await fetch(`${BASE_URL}/api/boards/${board.id}/ops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.participant}` },
    body: JSON.stringify({ clientOpId: crypto.randomUUID(), ops }),
  });
  expect(response.status).toBe(200);
}

async function openPanel(page: Page): Promise<void> {
  await page.getByTestId('checkpoints-button').click();
  await expect.poll(() => page.getByTestId('checkpoint-panel').isVisible(), SOON).toBe(true);
}

function entries(page: Page): Promise<string[]> {
  return page.locator('[data-testid=checkpoint-list] .checkpoint-label').allTextContents();
}

describe('checkpoints in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps one at each phase change, lets the facilitator take one, and shows everyone what changed since', async () => {
    const board = await newBoard('Online bookshop', 'process-level');
    const removed = crypto.randomUUID();
    const renamed = crypto.randomUUID();
    await addToBoard(board, [
      { text: 'Book Searched', x: 0, y: 0 },
      { text: 'Order Placed', x: 220, y: 0 },
      { text: 'Payment Taken', x: 440, y: 0, id: removed },
      { text: 'Order Shiped', x: 660, y: 0, id: renamed },
      { text: 'Review Written', x: 880, y: 0 },
    ]);
    const grace = await open(browser, board.links.facilitator, 'Grace', { acceptDownloads: true });
    const ada = await open(browser, board.links.participant, 'Ada');
    const bo = await open(browser, board.links.participant, 'Bo');
    const errors = [...watchErrors(grace), ...watchErrors(ada), ...watchErrors(bo)];
    await fit(grace);

    // the phase change keeps the wall as chaotic exploration left it
    await grace.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => ada.getByTestId('phase').textContent(), SOON).toBe('Process level · 2/8 Timeline ordering');
    await openPanel(grace);
    await expect.poll(() => entries(grace), SOON).toEqual(['End of phase 1: Chaotic exploration']);
    await grace.getByTestId('checkpoint-label').fill('Before the timeline rework');
    await grace.getByTestId('take-checkpoint').click();
    // a participant sees the list, without the facilitator's form
    await openPanel(ada);
    await expect.poll(() => entries(ada), SOON).toEqual(['Before the timeline rework', 'End of phase 1: Chaotic exploration']);
    expect(await ada.getByTestId('take-checkpoint').isVisible()).toBe(false);
    await expect.poll(() => entries(grace), SOON).toEqual(['Before the timeline rework', 'End of phase 1: Chaotic exploration']);

    // the panels over the wall's right side take turns: opening the coach's closes the checkpoints, and back
    await ada.getByTestId('coach-toggle').click();
    await expect.poll(() => ada.getByTestId('coach-panel').isVisible(), SOON).toBe(true);
    expect(await ada.getByTestId('checkpoint-panel').isVisible()).toBe(false);
    expect(await ada.getByTestId('checkpoints-button').getAttribute('aria-expanded')).toBe('false');
    await openPanel(ada);
    expect(await ada.getByTestId('coach-panel').isVisible()).toBe(false);
    expect(await ada.getByTestId('coach-toggle').getAttribute('aria-expanded')).toBe('false');

    // the workshop goes on: Ada moves a sticky by hand, Bo writes one, a sticky is renamed and one removed
    await ada.getByTestId('checkpoints-button').click();
    await moveTo(ada, 'Order Placed', 220, 260);
    await write(bo, 'e', 'Gift Wrapped');
    await rest(board, [
      { op: 'update', id: renamed, set: { text: 'Order Shipped' } },
      { op: 'delete', id: removed },
    ]);
    await expect.poll(() => item(grace, 'Order Shipped').count(), SOON).toBe(1);

    // the facilitator opens the phase change's checkpoint: read-only, with the changes since marked on the wall
    await grace.locator('[data-testid=checkpoint-list] li[data-kind=phase] button').click();
    const banner = grace.getByTestId('checkpoint-banner');
    await expect.poll(() => banner.isVisible(), SOON).toBe(true);
    expect(await grace.getByTestId('checkpoint-title').textContent()).toMatch(/^End of phase 1: Chaotic exploration · \d\d:\d\d/);
    await expect.poll(() => grace.getByTestId('checkpoint-summary').textContent(), SOON).toBe('1 added · 1 moved · 1 changed · 1 removed since this checkpoint');
    expect(await grace.getByTestId('canvas').getAttribute('data-diff')).toBe('1 1 1 1');
    await grace.getByTestId('canvas').click({ position: { x: 30, y: 200 } });
    await grace.keyboard.press('e');
    expect(await editor(grace).count()).toBe(0);

    // the live wall goes on underneath: Bo's next sticky is counted as it arrives
    await write(bo, 'e', 'Invoice Sent');
    await expect.poll(() => grace.getByTestId('checkpoint-summary').textContent(), SOON).toBe('2 added · 1 moved · 1 changed · 1 removed since this checkpoint');
    await expect.poll(() => item(grace, 'Invoice Sent').count(), SOON).toBe(1);
    await fit(grace);
    await screenshot(grace, 'checkpoint-diff');

    // the wall as it was: the five stickies of the first phase, exported as they were
    await grace.getByRole('button', { name: 'The wall then' }).click();
    await expect.poll(() => grace.getByTestId('canvas').getAttribute('data-drawn'), SOON).toBe('5');
    await screenshot(grace, 'checkpoint-then');
    const [download] = await Promise.all([grace.waitForEvent('download'), grace.locator('.checkpoint-export[data-ext=json]').click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { elements: { text: string }[] };
    expect(file.elements.map((e) => e.text).sort()).toEqual(['Book Searched', 'Order Placed', 'Order Shiped', 'Payment Taken', 'Review Written']);

    // and a new board that starts from it
    await grace.getByTestId('checkpoint-new-board').click();
    const link = grace.getByTestId('checkpoint-new-board-link');
    await expect.poll(() => link.count(), SOON).toBe(1);
    const href = (await link.getAttribute('href'))!;
    const [, id, token] = /\/b\/([^#]+)#k=(.+)$/.exec(href)!;
    const fresh = (await (await fetch(`${BASE_URL}/api/boards/${id}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      title: string;
      elements: { text: string }[];
    };
    expect(fresh.title).toBe('Online bookshop · End of phase 1: Chaotic exploration');
    expect(fresh.elements.map((e) => e.text).sort()).toEqual(['Book Searched', 'Order Placed', 'Order Shiped', 'Payment Taken', 'Review Written']);
    await grace.keyboard.press('Escape');
    await expect.poll(() => grace.getByTestId('checkpoint-banner').isVisible(), SOON).toBe(false);
    expect(await grace.getByTestId('canvas').getAttribute('data-checkpoint')).toBeNull();

    // a participant opens the hand-taken one; no new board for them; back to the live wall, where editing works again
    await openPanel(bo);
    await bo.locator('[data-testid=checkpoint-list] li[data-kind=manual] button').click();
    await expect.poll(() => bo.getByTestId('checkpoint-title').textContent(), SOON).toMatch(/^Before the timeline rework · /);
    expect(await bo.getByTestId('checkpoint-new-board').isVisible()).toBe(false);
    await expect.poll(() => bo.getByTestId('checkpoint-summary').textContent(), SOON).toBe('2 added · 1 moved · 1 changed · 1 removed since this checkpoint');
    await bo.getByTestId('checkpoint-back').click();
    expect(await bo.getByTestId('checkpoint-banner').isVisible()).toBe(false);
    await write(bo, 'e', 'Parcel Delivered');
    await expect.poll(() => item(ada, 'Parcel Delivered').count(), SOON).toBe(1);

    expect(errors).toEqual([]);
    await grace.close();
    await ada.close();
    await bo.close();
  });
});
