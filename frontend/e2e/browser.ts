import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.STORMWALL_URL ?? 'http://localhost:8080';
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Collects uncaught page errors and console errors, so a test can insist there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * A page of its own (a browser context: another person) whose device already knows the person's name, as if they
 * had given it on an earlier visit: the wall opens at once instead of asking for it.
 */
export async function personPage(browser: Browser, name: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
  await knowsName(page, name);
  return page;
}

/** Pages of this context (or this page) open walls as a person who gave this name before. */
export async function knowsName(target: BrowserContext | Page, name: string): Promise<void> {
  await target.addInitScript((remembered) => {
    if (!localStorage.getItem('stormwall.name')) localStorage.setItem('stormwall.name', remembered);
  }, name);
}
