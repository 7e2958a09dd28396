import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';

const SOON = { timeout: 5000 };

async function open(browser: Browser, link: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(link);
  await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
  return page;
}

describe('the workshop flow in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("unlocks a participant's palette live as the facilitator advances", async () => {
    const response = await fetch(`${BASE_URL}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Subscriptions', format: 'process-level' }),
    });
    const links = ((await response.json()) as { links: Record<string, string> }).links;
    const facilitator = await open(browser, links['facilitator']!);
    const participant = await open(browser, links['participant']!);
    const errors = [...watchErrors(facilitator), ...watchErrors(participant)];

    const command = participant.locator('[data-kind=command]');
    await expect.poll(() => command.isDisabled(), SOON).toBe(true);
    expect(await command.textContent()).toContain('unlocks in phase 3: Commands and actors');
    expect(await participant.getByTestId('phase-controls').isVisible()).toBe(false);
    expect(await participant.getByTestId('phase').textContent()).toBe('Process level · 1/8 Chaotic exploration');

    await participant.keyboard.press('c');
    await expect.poll(() => participant.getByTestId('notice').textContent(), SOON).toContain('unlocks in phase 3');

    await facilitator.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => participant.getByTestId('phase').textContent(), SOON).toBe('Process level · 2/8 Timeline ordering');
    await facilitator.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => participant.getByTestId('phase').textContent(), SOON).toBe('Process level · 3/8 Commands and actors');
    await expect.poll(() => command.isDisabled(), SOON).toBe(false);
    expect(await participant.getByTestId('phase-question').textContent()).toBe('What triggered it, and who?');

    await command.click();
    await participant.getByRole('textbox', { name: 'Sticky text' }).fill('Start Subscription');
    await participant.keyboard.press('Escape');
    await expect.poll(() => facilitator.locator('[data-testid=outline] li').allTextContents(), SOON).toEqual(['Command: Start Subscription']);

    await screenshot(facilitator, 'phase-bar-facilitator');
    await screenshot(participant, 'phase-bar-participant');
    expect(errors).toEqual([]);
    await facilitator.close();
    await participant.close();
  });
});
