import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, personPage, screenshot, watchErrors } from './browser';
import { connected, createBoard, dragFrom, SOON, timeline, zoomOut } from './wall';

type Area = { x: number; y: number; w: number; h: number };

/** The part of the wall a page shows, from the viewport its canvas reports. */
async function seen(page: Page): Promise<Area> {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  const [scale, panX, panY] = await Promise.all(['scale', 'pan-x', 'pan-y'].map(async (a) => Number(await canvas.getAttribute(`data-${a}`))));
  return { x: -panX! / scale!, y: -panY! / scale!, w: box.width / scale!, h: box.height / scale! };
}

const middle = (a: Area) => ({ x: a.x + a.w / 2, y: a.y + a.h / 2 });

/** How far apart the middles of what two pages show are, in wall units (presence carries a tenth of one). */
async function apart(page: Page, other: Page | Area): Promise<number> {
  const [a, b] = [middle(await seen(page)), middle('x' in other ? other : await seen(other))];
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Whether `inner` lies within `outer`, give or take a wall unit. */
const holds = (outer: Area, inner: Area) =>
  inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.w <= outer.x + outer.w + 1 && inner.y + inner.h <= outer.y + outer.h + 1;

async function join(browser: Browser, link: string, name: string, size = { width: 1280, height: 800 }): Promise<Page> {
  const page = await personPage(browser, name, { viewport: size });
  await page.goto(link);
  await connected(page);
  await expect.poll(() => page.getByTestId('canvas').getAttribute('data-drawn'), SOON).not.toBeNull();
  return page;
}

async function follow(page: Page, name: string): Promise<void> {
  await page.getByTestId('participants').click();
  await page.locator(`[data-testid=follow][data-name="${name}"]`).click();
  await page.getByTestId('participants').click();
}

describe('follow and summon', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a participant follows the facilitator until panning away; the facilitator brings everyone to one place and each can go back', async () => {
    const board = await createBoard('Follow me', [
      ...timeline(12, 0, 400, 'Order'),
      ...timeline(12, 900, 400, 'Payment'),
    ]);
    const grace = await join(browser, board.links.facilitator, 'Grace');
    const ada = await join(browser, board.links.participant, 'Ada');
    // a screen of another shape: it sees what the leader sees, with some more around it
    const bob = await join(browser, board.links.participant, 'Bob', { width: 900, height: 700 });
    const errors = [...watchErrors(grace), ...watchErrors(ada), ...watchErrors(bob)];
    await expect.poll(() => grace.getByTestId('participants').textContent(), SOON).toBe('3 here');

    // only the facilitator can bring everyone along (from the list of people)
    await grace.getByTestId('participants').click();
    expect(await grace.getByTestId('summon').isVisible()).toBe(true);
    await screenshot(grace, 'follow-people-list');
    await grace.getByTestId('participants').click();
    await ada.getByTestId('participants').click();
    expect(await ada.getByTestId('summon').count()).toBe(1);
    expect(await ada.getByTestId('summon').isVisible()).toBe(false);
    await ada.getByTestId('participants').click();

    // Grace walks along the wall and zooms out; Ada follows her and sees exactly what she sees
    await grace.getByTestId('walk-next').click();
    await zoomOut(grace, 1);
    await follow(ada, 'Grace');
    await expect.poll(() => apart(ada, grace), SOON).toBeLessThan(0.5);
    expect((await seen(ada)).w).toBeCloseTo((await seen(grace)).w, 0);
    expect(await ada.getByTestId('follow-text').textContent()).toBe('Following Grace');
    expect(await ada.getByTestId('follow-banner').isVisible()).toBe(true);

    // the view moves with Grace's
    await grace.getByTestId('walk-next').click();
    await expect.poll(() => apart(ada, grace), SOON).toBeLessThan(0.5);
    await grace.getByTestId('walk-next').click();
    await expect.poll(() => apart(ada, grace), SOON).toBeLessThan(0.5);
    await screenshot(ada, 'follow-following');

    // Ada pans by herself: the follow ends, and Grace's next move leaves her where she is
    const canvas = (await ada.getByTestId('canvas').boundingBox())!;
    await dragFrom(ada, { x: canvas.x + 640, y: canvas.y + 600 }, -200, -120);
    await expect.poll(() => ada.getByTestId('follow-banner').isVisible(), SOON).toBe(false);
    const adaOwn = await seen(ada);
    await grace.getByTestId('walk-previous').click();
    // Bob hears of Grace's move (presence) no later than Ada would have: once it reached him, it would have reached her
    await follow(bob, 'Grace');
    await expect.poll(() => apart(bob, grace), SOON).toBeLessThan(0.5);
    expect(holds(await seen(bob), await seen(grace))).toBe(true);
    expect(await seen(ada)).toEqual(adaOwn);
    await bob.keyboard.press('Escape');
    await expect.poll(() => bob.getByTestId('follow-banner').isVisible(), SOON).toBe(false);

    // Grace brings everyone to what she sees: both participants' screens move there
    const bobBefore = await seen(bob);
    await grace.getByTestId('walk-next').click();
    await grace.getByTestId('participants').click();
    await grace.getByTestId('summon').click();
    await grace.getByTestId('participants').click();
    const summonedTo = await seen(grace);
    for (const page of [ada, bob]) {
      await expect.poll(() => apart(page, summonedTo), SOON).toBeLessThan(0.5);
      expect(holds(await seen(page), summonedTo)).toBe(true);
      expect(await page.getByTestId('summon-text').textContent()).toBe('Grace brought everyone here');
    }
    expect(await grace.getByTestId('summon-banner').isVisible()).toBe(false);
    expect(await seen(grace)).toEqual(summonedTo);
    await screenshot(bob, 'summon-brought-here');
    await screenshot(grace, 'summon-facilitator');

    // Bob goes back to where he was; Ada stays with the group
    await bob.getByTestId('summon-back').click();
    await expect.poll(() => seen(bob), SOON).toEqual(bobBefore);
    expect(await bob.getByTestId('summon-banner').isVisible()).toBe(false);
    expect(await apart(ada, summonedTo)).toBeLessThan(0.5);

    // following someone who leaves ends the follow
    await follow(ada, 'Bob');
    await expect.poll(() => apart(ada, bobBefore), SOON).toBeLessThan(0.5);
    await bob.close();
    await expect.poll(() => ada.getByTestId('follow-banner').isVisible(), SOON).toBe(false);
    expect(await ada.getByTestId('notice').textContent()).toContain('Bob left the board');

    // a reload replays the op log's summon in the catch-up: nobody is moved by an old one
    await ada.reload();
    await connected(ada);
    expect(await ada.getByTestId('summon-banner').isVisible()).toBe(false);

    expect(errors).toEqual([]);
  });
});
