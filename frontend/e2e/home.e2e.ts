import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, personPage, screenshot, watchErrors } from './browser';
import { SOON } from './wall';

describe('home page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a board and lands on its canvas', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(BASE_URL);
    await screenshot(page, 'home');

    await page.getByLabel('Workshop title').fill('Subscription billing');
    await page.getByLabel('Session format').selectOption('process-level');
    await page.getByRole('button', { name: 'Create board' }).click();

    await page.waitForURL(/\/b\/[0-9a-f-]{36}#k=[\w-]+$/);
    // the first wall this device opens asks who is joining
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Join the wall' }).click();
    await expect.poll(() => page.getByTestId('board-title').textContent()).toBe('Subscription billing');
    expect(await page.getByTestId('phase').textContent()).toContain('Chaotic exploration');
    const canvas = page.locator('[data-testid=canvas] canvas');
    expect(await canvas.count()).toBeGreaterThan(0);
    const box = await canvas.first().boundingBox();
    expect(box?.width).toBeGreaterThan(800);

    // zooming with the wheel over the canvas changes the zoom level shown
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => page.getByTestId('zoom-level').textContent()).not.toBe('100%');

    await screenshot(page, 'empty-board');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a starter wall in one click and lists the boards this browser opened, with each link', async () => {
    const ada = await personPage(browser, 'Ada Lovelace');
    const grace = await personPage(browser, 'Grace Hopper');
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    await ada.goto(BASE_URL);
    // counted in words: "1 phase", never "1 phases"
    await expect.poll(() => ada.locator('#board-format option').count(), SOON).toBeGreaterThan(1);
    const formats = await ada.locator('#board-format option').allTextContents();
    expect(formats.every((f) => /\((1 phase|\d+ phases)\)$/.test(f) && !/\(1 phases\)/.test(f))).toBe(true);
    expect(formats.some((f) => f.endsWith('(1 phase)'))).toBe(true);
    expect(await ada.getByTestId('visited-boards').count()).toBe(0);

    await ada.getByRole('button', { name: 'Open a starter wall' }).click();
    await ada.waitForURL(/\/b\/[0-9a-f-]{36}#k=[\w-]+$/);
    await expect.poll(() => ada.getByTestId('board-title').textContent(), SOON).toBe('Subscription box (starter wall)');
    await expect.poll(() => ada.locator('[data-testid=outline] li').count(), SOON).toBeGreaterThan(100);
    await screenshot(ada, 'starter-wall');
    const facilitatorLink = ada.url();
    const boardId = /\/b\/([0-9a-f-]{36})/.exec(facilitatorLink)![1]!;
    const participantLink = await ada.evaluate((id) => (JSON.parse(localStorage.getItem(`stormwall.links.${id}`) ?? '{}') as Record<string, string>)['participant'], boardId);
    await grace.goto(participantLink!);
    await expect.poll(() => grace.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);

    // the facilitator closed the tab: home leads back to the wall with the facilitator's link
    await ada.goto(BASE_URL);
    const visited = ada.getByTestId('visited-boards').locator('li');
    await expect.poll(() => visited.count(), SOON).toBe(1);
    expect(await visited.textContent()).toMatch(/^Subscription box \(starter wall\)Free · phase 1: Free modelling · facilitator · just now$/);
    await screenshot(ada, 'home-with-boards');
    await visited.getByRole('link').click();
    await ada.waitForURL(facilitatorLink);
    await expect.poll(() => ada.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
    // the controls come with the wall's settings, a moment after the connection
    await expect.poll(() => ada.getByTestId('phase-controls').isVisible(), SOON).toBe(true);

    await grace.goto(BASE_URL);
    await expect.poll(() => grace.getByTestId('visited-boards').locator('li').textContent(), SOON).toContain('· participant ·');
    expect(errors).toEqual([]);
    await ada.close();
    await grace.close();
  });

  it('explains why a board cannot be created', async () => {
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await page.getByLabel('Workshop title').fill('   ');
    await page.getByRole('button', { name: 'Create board' }).click();
    await expect.poll(() => page.getByTestId('create-error').textContent()).toContain('title');
    await page.close();
  });

  it('says so when a board does not exist', async () => {
    const page = await personPage(browser, 'Ada');
    await page.goto(`${BASE_URL}/b/0b7e6a2c-1f0d-4f5e-9a51-3c2d8e7f6a10#k=not-a-key`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('does not exist');
    await page.goto(`${BASE_URL}/b/0b7e6a2c-1f0d-4f5e-9a51-3c2d8e7f6a10`);
    await page.reload();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('link is incomplete');
    await page.close();
  });
});
