import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';
import { open as openBoard, SOON } from './wall';

const XSS = '<script>alert(1)</script>';

interface Created {
  id: string;
  tokens: Record<string, string>;
  links: Record<string, string>;
}

async function boardWithStickies(): Promise<Created> {
  const response = await fetch(`${BASE_URL}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Take it home', format: 'free' }),
  });
  const board = (await response.json()) as Created;
  const event = crypto.randomUUID();
  const command = crypto.randomUUID();
  const ops = await fetch(`${BASE_URL}/api/boards/${board.id}/ops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens['participant']}` },
    body: JSON.stringify({
      clientOpId: 'e2e-1',
      ops: [
        { op: 'create', element: { id: event, kind: 'event', text: XSS, x: 200, y: 0 } },
        { op: 'create', element: { id: command, kind: 'command', text: 'Renew Subscription', x: 0, y: 0 } },
        { op: 'create', element: { kind: 'arrow', from: command, to: event, label: 'results in' } },
      ],
    }),
  });
  expect(ops.status).toBe(200);
  return board;
}

function open(browser: Browser, link: string): Promise<Page> {
  return openBoard(browser, link, 'Grace', { acceptDownloads: true });
}

describe('taking the wall home', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('downloads the JSON from the Export menu as an observer, by keyboard, and imports it from the home page', async () => {
    const board = await boardWithStickies();
    const observer = await open(browser, board.links['observer']!);
    const errors = watchErrors(observer);

    await observer.getByTestId('export-button').focus();
    await observer.keyboard.press('ArrowDown');
    const first = observer.getByRole('menuitem', { name: 'Download JSON (re-importable)' });
    await expect.poll(() => first.evaluate((node) => node === document.activeElement), SOON).toBe(true);
    expect(await observer.getByRole('menuitem').allTextContents()).toEqual([
      'Download JSON (re-importable)',
      'Download PNG',
      'Download SVG',
      'Markdown report',
      'CSV (one row per element)',
      'Mermaid chain diagram',
      'Context Mapper (CML)',
      'Hotspot owners (Markdown)',
      'Hotspot owners (CSV)',
    ]);
    await screenshot(observer, 'export-menu');
    const [download] = await Promise.all([observer.waitForEvent('download'), observer.keyboard.press('Enter')]);

    expect(download.suggestedFilename()).toBe('take-it-home.json');
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8')) as { schemaVersion: number; elements: { kind: string; text: string }[] };
    expect(file.schemaVersion).toBe(1);
    expect(file.elements.map((e) => e.kind).sort()).toEqual(['arrow', 'command', 'event']);
    expect(file.elements.map((e) => e.text)).toContain(XSS);
    expect(await observer.getByRole('menu', { includeHidden: true }).isHidden()).toBe(true);
    expect(errors).toEqual([]);

    const home = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await home.goto(BASE_URL);
    await home.getByLabel(/becomes a new board/).setInputFiles(path);
    const links = home.getByTestId('imported-links').locator('a');
    await expect.poll(() => links.count(), SOON).toBe(3);
    await screenshot(home, 'imported-board-links');
    const facilitatorLink = await links.first().getAttribute('href');
    expect(facilitatorLink).toMatch(/\/b\/[0-9a-f-]{36}#k=[\w-]+$/);
    expect(facilitatorLink).not.toContain(board.id);

    const imported = await open(browser, facilitatorLink!);
    await expect
      .poll(async () => (await imported.locator('[data-testid=outline] li').allTextContents()).sort(), SOON)
      .toEqual([`Arrow from Renew Subscription to ${XSS}: results in`, 'Command: Renew Subscription', `Domain event: ${XSS}`]);
    await screenshot(imported, 'imported-board');
    await observer.close();
    await home.close();
    await imported.close();
  });

  it('lists what is wrong with a file that is not a board export', async () => {
    const home = await browser.newPage();
    await home.goto(BASE_URL);
    await home.getByLabel(/becomes a new board/).setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schemaVersion: 9, elements: [] })),
    });
    await expect.poll(() => home.getByTestId('import-error').textContent(), SOON).toContain("can't be imported");
    expect(await home.getByTestId('import-result').textContent()).toContain('schemaVersion: This server reads files of schema version 1; a file with a higher version was written by a newer Stormwall.');
    await home.close();
  });
});
