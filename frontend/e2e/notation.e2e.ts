import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';
import { clickAt, colourAt, createBoard, freeze, item, open, SOON, zoomOut, type Board } from './wall';

/** The outline's words for a sticky: its kind, its properties as the badge says them, its text. */
function said(page: Page, text: string): Promise<string | null> {
  return item(page, text).textContent();
}

/** Whether the wall shows the badge's colour at a wall point: an open hotspot's red, or the dark of any other. */
async function badgeAt(page: Page, x: number, y: number, tone: 'alert' | 'plain'): Promise<boolean> {
  const [r, g, b] = await colourAt(page, x, y);
  return tone === 'alert' ? r! > 170 && g! < 90 && b! < 90 : r! < 90 && g! < 90 && b! < 90;
}

async function report(board: Board): Promise<string> {
  const response = await fetch(`${BASE_URL}/api/boards/${board.id}/export.md`, { headers: { Authorization: `Bearer ${board.tokens.facilitator}` } });
  expect(response.status).toBe(200);
  return response.text();
}

const STICKIES = [
  { kind: 'hotspot', text: 'Card expires mid-cycle', x: 100, y: 200 },
  { kind: 'policy', text: 'Retry in three days', x: 400, y: 200 },
  { kind: 'externalSystem', text: 'Payment Provider', x: 700, y: 200 },
];

describe("a sticky's notation properties", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('are set by one person from the toolbar or Alt+Enter, seen as a badge by the other, and fill the report', async () => {
    const board = await createBoard('Notation', STICKIES);
    const ada = await open(browser, board.links.facilitator, 'Ada');
    const grace = await open(browser, board.links.participant, 'Grace');
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    for (const page of [ada, grace]) page.setDefaultTimeout(10_000);
    const dialog = grace.getByTestId('properties');

    // the hotspot, from the selection toolbar
    await clickAt(grace, 180, 230);
    await grace.getByTestId('toolbar-properties').click();
    await expect.poll(() => dialog.isVisible(), SOON).toBe(true);
    await grace.getByTestId('property-status').selectOption('open');
    await grace.getByTestId('property-owner').fill('  Ann ');
    await screenshot(grace, 'notation-properties-dialog');
    await grace.getByTestId('properties-save').click();
    await expect.poll(() => dialog.isVisible(), SOON).toBe(false);
    await expect.poll(() => said(ada, 'Card expires mid-cycle'), SOON).toBe('Hotspot (open · Ann): Card expires mid-cycle');
    // the dialog hands the keys back to the wall, not to the toolbar's button that opened it: Alt+Enter opens it again
    await grace.keyboard.press('Alt+Enter');
    await expect.poll(() => dialog.isVisible(), SOON).toBe(true);
    await grace.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), SOON).toBe(false);
    // the badge at the sticky's foot, in an open hotspot's red, on the other person's wall
    await expect.poll(() => badgeAt(ada, 110, 307, 'alert'), SOON).toBe(true);

    // both properties were one edit: one undo takes both back, one redo brings both again
    await grace.keyboard.press('Control+z');
    await expect.poll(() => said(ada, 'Card expires mid-cycle'), SOON).toBe('Hotspot: Card expires mid-cycle');
    await grace.keyboard.press('Control+Shift+z');
    await expect.poll(() => said(ada, 'Card expires mid-cycle'), SOON).toBe('Hotspot (open · Ann): Card expires mid-cycle');

    // the policy, by keyboard alone: Alt+Enter, the mode, Tab to Save, Enter
    await clickAt(grace, 480, 230);
    await grace.keyboard.press('Alt+Enter');
    await expect.poll(() => grace.evaluate(() => document.activeElement?.getAttribute('data-testid')), SOON).toBe('property-mode');
    await grace.getByTestId('property-mode').selectOption('long-running');
    await grace.keyboard.press('Tab');
    await grace.keyboard.press('Enter');
    await expect.poll(() => said(ada, 'Retry in three days'), SOON).toBe('Policy (long-running): Retry in three days');
    // straight after the save the keys are the wall's: Alt+Enter opens the dialog again; Escape closes it without saving
    await grace.keyboard.press('Alt+Enter');
    await expect.poll(() => grace.evaluate(() => document.activeElement?.getAttribute('data-testid')), SOON).toBe('property-mode');
    await grace.getByTestId('property-mode').selectOption('reactive');
    await grace.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), SOON).toBe(false);

    // the external system
    await clickAt(grace, 780, 230);
    await grace.getByTestId('toolbar-properties').click();
    await grace.getByTestId('property-ownership').selectOption('external');
    await grace.getByTestId('property-acl').check();
    await grace.getByTestId('properties-save').click();
    await expect.poll(() => said(ada, 'Payment Provider'), SOON).toBe('External system (external · ACL): Payment Provider');
    await expect.poll(() => badgeAt(ada, 710, 307, 'plain'), SOON).toBe(true);
    expect(await said(ada, 'Retry in three days')).toBe('Policy (long-running): Retry in three days');

    // what the browser set is what the report reads
    const markdown = await report(board);
    expect(markdown).toContain('| Card expires mid-cycle | open | Ann |');
    expect(markdown).toMatch(/\| Retry in three days \|.*\| \*\*long-running\*\* \|/);
    expect(markdown).toMatch(/\| Payment Provider \| external \| yes \|/);

    await ada.setViewportSize({ width: 1440, height: 900 });
    await screenshot(ada, 'notation-badges');
    // zoomed out the badges are still there, written larger on the wall so they stay legible
    await zoomOut(ada, 4);
    await expect.poll(() => ada.getByTestId('canvas').getAttribute('data-detail'), SOON).toBe('summary');
    await expect.poll(() => badgeAt(ada, 110, 308, 'alert'), SOON).toBe(true);
    await screenshot(ada, 'notation-badges-zoomed-out');
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('cannot be changed by a participant on a frozen wall, nor by an observer; the facilitator still can', async () => {
    const board = await createBoard('Notation frozen', STICKIES);
    const ada = await open(browser, board.links.facilitator, 'Ada');
    const grace = await open(browser, board.links.participant, 'Grace');
    const olga = await open(browser, board.links.observer, 'Olga');
    const errors = [...watchErrors(ada), ...watchErrors(grace), ...watchErrors(olga)];

    const tryToOpen = async (page: Page): Promise<void> => {
      await clickAt(page, 180, 230);
      await page.keyboard.press('Alt+Enter');
      expect(await page.getByTestId('toolbar-properties').isVisible()).toBe(false);
      expect(await page.getByTestId('properties').isVisible()).toBe(false);
    };
    await tryToOpen(olga);
    await freeze(board, true);
    await expect.poll(() => grace.getByTestId('frozen-note').textContent(), SOON).toMatch(/frozen/);
    await tryToOpen(grace);

    await clickAt(ada, 180, 230);
    await ada.keyboard.press('Alt+Enter');
    await expect.poll(() => ada.getByTestId('properties').isVisible(), SOON).toBe(true);
    await ada.getByTestId('property-status').selectOption('resolved');
    await ada.getByTestId('properties-save').click();
    await expect.poll(() => said(grace, 'Card expires mid-cycle'), SOON).toBe('Hotspot (resolved): Card expires mid-cycle');
    await expect.poll(() => said(olga, 'Card expires mid-cycle'), SOON).toBe('Hotspot (resolved): Card expires mid-cycle');
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close(), olga.close()]);
  });
});
