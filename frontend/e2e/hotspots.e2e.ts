import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';
import { createBoard, open, SOON } from './wall';

/** A hotspot's row in the review panel, by its text. */
function row(page: Page, text: string) {
  return page.locator('[data-testid=review-panel] li.review-item').filter({ has: page.getByRole('button', { name: text, exact: true }) });
}

async function groups(page: Page): Promise<string[]> {
  return page.locator('[data-testid=review-group] .review-title').allTextContents();
}

/** The wall point in the middle of a page's canvas, from the viewport it reports. */
async function middle(page: Page): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  const [scale, panX, panY] = await Promise.all(['scale', 'pan-x', 'pan-y'].map(async (a) => Number(await canvas.getAttribute(`data-${a}`))));
  return { x: Math.round((box.width / 2 - panX!) / scale!), y: Math.round((box.height / 2 - panY!) / scale!) };
}

describe('hotspot review', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('three people review the hotspots by context and theme, set owners in place, timebox a group and take the owner list home', async () => {
    const board = await createBoard('Review day', [
      { kind: 'boundary', text: 'Billing', x: 0, y: 0, w: 800, h: 500 },
      { kind: 'boundary', text: 'Shipping', x: 1000, y: 0, w: 800, h: 500 },
      { kind: 'hotspot', text: 'Who may cancel?', x: 100, y: 100 },
      { kind: 'hotspot', text: 'Refund rules?', x: 400, y: 250 },
      { kind: 'hotspot', text: 'Which carrier API?', x: 1200, y: 100, props: { theme: 'integration' } } as never,
      { kind: 'hotspot', text: 'Who owns the returns desk?', x: 3000, y: 1200 },
    ]);
    const grace = await open(browser, board.links.facilitator, 'Grace', { acceptDownloads: true });
    const ada = await open(browser, board.links.participant, 'Ada');
    const bob = await open(browser, board.links.participant, 'Bob');
    const errors = [...watchErrors(grace), ...watchErrors(ada), ...watchErrors(bob)];

    for (const page of [grace, ada, bob]) await page.getByTestId('review-toggle').click();
    await expect.poll(() => groups(grace), SOON).toEqual(['Billing', 'Shipping', 'Outside any context']);
    expect(await grace.getByTestId('review-count').textContent()).toBe('4');
    // only the facilitator runs the timer
    expect(await grace.getByTestId('review-timebox').first().isVisible()).toBe(true);
    expect(await ada.getByTestId('review-timebox').first().isVisible()).toBe(false);

    // Ada takes one question, Bob themes another at the same time: both edits stay, for everyone
    await row(ada, 'Who may cancel?').getByTestId('review-owner').fill('Ada');
    await row(ada, 'Who may cancel?').getByTestId('review-owner').press('Enter');
    await row(ada, 'Who may cancel?').getByTestId('review-status').selectOption('in-progress');
    await row(bob, 'Who may cancel?').getByTestId('review-theme').selectOption('invariant');
    await row(bob, 'Refund rules?').getByTestId('review-theme').selectOption('api');
    for (const page of [grace, ada, bob]) {
      await expect.poll(() => row(page, 'Who may cancel?').getByTestId('review-owner').inputValue(), SOON).toBe('Ada');
      await expect.poll(() => row(page, 'Who may cancel?').getByTestId('review-status').inputValue(), SOON).toBe('in-progress');
      await expect.poll(() => row(page, 'Who may cancel?').getByTestId('review-theme').inputValue(), SOON).toBe('invariant');
      await expect.poll(() => row(page, 'Refund rules?').getByTestId('review-theme').inputValue(), SOON).toBe('api');
    }
    await expect.poll(() => grace.getByTestId('review-count').textContent(), SOON).toBe('3');
    await screenshot(grace, 'hotspot-review-by-context');

    // by theme, in the method's order
    await grace.getByTestId('review-by-theme').click();
    expect(await groups(grace)).toEqual(['Unclear invariant', 'API to design', 'External integration', 'No theme yet']);
    await screenshot(grace, 'hotspot-review-by-theme');

    // five minutes for the first group, on everyone's timer
    await grace.locator('[data-testid=review-group]').first().getByTestId('review-timebox').click();
    await expect.poll(() => bob.getByTestId('timer').textContent(), SOON).toMatch(/^(5:00|4:5\d)$/);

    // a click on a hotspot brings it to the middle of the wall
    await row(bob, 'Who owns the returns desk?').getByTestId('review-jump').click();
    await expect.poll(() => middle(bob), SOON).toEqual({ x: 3080, y: 1260 });
    await screenshot(bob, 'hotspot-review-jump');

    // the wrap-up: the owner list, by owner, from the panel
    const [download] = await Promise.all([grace.waitForEvent('download'), grace.getByTestId('review-owners-md').click()]);
    expect(download.suggestedFilename()).toBe('review-day.owners.md');
    const owners = readFileSync((await download.path())!, 'utf8');
    expect(owners).toContain('## Ada\n\n| Hotspot | Theme | Status | Context | Link |\n|---|---|---|---|---|\n| Who may cancel? | Unclear invariant | in progress | Billing |');
    expect(owners).toContain('## Without an owner');
    const csv = await (await fetch(`${BASE_URL}/api/boards/${board.id}/export.owners.csv`, { headers: { Authorization: `Bearer ${board.tokens.observer}` } })).text();
    expect(csv.split('\r\n')[1]).toMatch(/^Ada,Who may cancel\?,Unclear invariant,in progress,Billing,http/);

    // a ticket's link names the hotspot but holds no key: this browser opens it with the key it used before
    const link = csv.split('\r\n')[1]!.split(',').at(-1)!;
    expect(link).not.toContain('k=');
    // opened afresh, as from a ticket (not a change of the open page's hash)
    const ticket = grace;
    await ticket.goto('about:blank');
    await ticket.goto(link);
    await expect.poll(() => ticket.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
    await expect.poll(() => middle(ticket), SOON).toEqual({ x: 180, y: 160 });
    await screenshot(ticket, 'hotspot-ticket-link');

    expect(errors).toEqual([]);
  });
});
