import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchErrors } from './browser';
import { colourAt, createBoard, dropKind, editor, fit, inkIn, item, near, open, rectOf, SOON, write } from './wall';

type Rect = { x: number; y: number; w: number; h: number };

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Writes an event where the person drops it on the wall, and waits until their own page has it. */
async function writeAt(page: Page, text: string, x: number, y: number): Promise<void> {
  await dropKind(page, 'event', x, y);
  await editor(page).fill(text);
  await page.keyboard.press('Escape');
  await expect.poll(() => item(page, text).count(), SOON).toBe(1);
}

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

  it('puts one of two stickies written on the same spot beside the other when they are revealed, alike on every screen', async () => {
    const board = await createBoard('Parcel claims', [{ text: 'Claim Filed', x: 0, y: 0 }], [], 'big-picture');
    const grace = await open(browser, board.links.facilitator, 'Grace');
    const ada = await open(browser, board.links.participant, 'Ada');
    const bo = await open(browser, board.links.participant, 'Bo');
    const errors = [...watchErrors(grace), ...watchErrors(ada), ...watchErrors(bo)];
    await grace.getByTestId('silent-toggle').click();
    for (const page of [ada, bo]) await expect.poll(() => page.getByTestId('silent-banner').isVisible(), SOON).toBe(true);

    // neither sees the other's sticky, so both choose the same free place
    await writeAt(ada, 'Parcel Lost', 420, 300);
    await writeAt(bo, 'Parcel Damaged', 420, 300);
    const lost = await rectOf(ada, 'Parcel Lost');
    expect(await rectOf(bo, 'Parcel Damaged')).toEqual(lost);

    await grace.getByTestId('silent-reveal').click();
    const where: Record<string, Rect>[] = [];
    for (const page of [ada, bo, grace]) {
      for (const text of ['Parcel Lost', 'Parcel Damaged']) await expect.poll(() => item(page, text).count(), SOON).toBe(1);
      await expect.poll(async () => overlap(await rectOf(page, 'Parcel Lost'), await rectOf(page, 'Parcel Damaged')), SOON).toBe(false);
      await fit(page);
      const rects = { lost: await rectOf(page, 'Parcel Lost'), damaged: await rectOf(page, 'Parcel Damaged') };
      where.push(rects);
      // each is painted where it now is: the event's orange beside its text, and its text on it
      for (const rect of Object.values(rects)) {
        await expect.poll(() => colourAt(page, rect.x + 4, rect.y + rect.h / 2).then((c) => near(c, [0xff, 0xa9, 0x4d])), SOON).toBe(true);
        await expect.poll(() => inkIn(page, rect), SOON).toBeGreaterThan(20);
      }
    }
    // every screen has them at the same places
    expect(where[1]).toEqual(where[0]);
    expect(where[2]).toEqual(where[0]);
    await screenshot(ada, 'silent-free-spot-ada');
    await screenshot(bo, 'silent-free-spot-bo');
    expect(errors).toEqual([]);
  });
});
