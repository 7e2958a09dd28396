import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchErrors } from './browser';
import { createBoard, dropKind, editor, fit, item, open, SOON, write } from './wall';

describe('silent writing', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps each participant’s stickies to themselves until the facilitator reveals them to everyone at once', async () => {
    const board = await createBoard('Parcel returns', [
      { text: 'Order Placed', x: 0, y: 0 },
      { text: 'Parcel Shipped', x: 220, y: 0 },
    ], [], 'big-picture');
    const grace = await open(browser, board.links.facilitator, 'Grace');
    const ada = await open(browser, board.links.participant, 'Ada');
    const bo = await open(browser, board.links.participant, 'Bo');
    const errors = [...watchErrors(grace), ...watchErrors(ada), ...watchErrors(bo)];
    for (const page of [grace, ada, bo]) await fit(page);

    // only the facilitator has the switch, and only in a phase that offers it
    expect(await ada.getByTestId('silent-toggle').isVisible()).toBe(false);
    await grace.getByTestId('silent-toggle').click();
    for (const page of [grace, ada, bo]) await expect.poll(() => page.getByTestId('silent-banner').isVisible(), SOON).toBe(true);
    expect(await ada.getByTestId('silent-text').textContent()).toContain('only you see your stickies until the facilitator reveals them');
    expect(await ada.getByTestId('silent-reveal').isVisible()).toBe(false);

    await write(ada, 'e', 'Parcel Lost');
    await write(ada, 'e', 'Label Misprinted');
    // Bo puts his where he likes: nobody else's unseen sticky is there for him to avoid
    await dropKind(bo, 'event', 520, 80);
    await editor(bo).fill('Refund Paid');
    await bo.keyboard.press('Escape');
    await expect.poll(() => item(bo, 'Refund Paid').count(), SOON).toBe(1);
    await expect.poll(() => grace.getByTestId('silent-text').textContent(), SOON).toBe('Silent writing · Ada 2 · Bo 1');
    await expect.poll(() => ada.getByTestId('silent-text').textContent(), SOON).toContain('you have written 2');
    for (const text of ['Parcel Lost', 'Label Misprinted']) {
      expect(await item(bo, text).count()).toBe(0);
      expect(await item(grace, text).count()).toBe(0);
    }
    expect(await item(ada, 'Refund Paid').count()).toBe(0);
    expect(await item(grace, 'Refund Paid').count()).toBe(0);
    for (const page of [grace, ada, bo]) await fit(page);
    await screenshot(ada, 'silent-participant-only-you');
    await screenshot(grace, 'silent-facilitator-counts');

    await grace.getByTestId('silent-reveal').click();
    for (const page of [grace, ada, bo]) {
      for (const text of ['Parcel Lost', 'Label Misprinted', 'Refund Paid']) await expect.poll(() => item(page, text).count(), SOON).toBe(1);
      await expect.poll(() => page.getByTestId('silent-banner').isVisible(), SOON).toBe(false);
    }
    await fit(grace);
    await screenshot(grace, 'silent-revealed');
    expect(errors).toEqual([]);
  });
});
