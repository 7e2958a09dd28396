import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { BASE_URL } from './browser';

export interface Board {
  id: string;
  tokens: { facilitator: string; participant: string; observer: string };
  links: { facilitator: string; participant: string; observer: string };
}

/** An empty board made through the REST API, with its tokens and links. */
export async function newBoard(title: string, format = 'free'): Promise<Board> {
  const response = await fetch(`${BASE_URL}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, format }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Board;
}

/** A free-format board holding these stickies (and further ops, such as arrows), made through the REST API. */
export async function createBoard(title: string, stickies: { text: string; x: number; y: number; kind?: string; id?: string }[], extra: object[] = []): Promise<Board> {
  const board = await newBoard(title);
  const ops = [...stickies.map(({ kind = 'event', ...s }) => ({ op: 'create', element: { kind, ...s } })), ...extra];
  const created = await fetch(`${BASE_URL}/api/boards/${board.id}/ops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.facilitator}` },
    body: JSON.stringify({ clientOpId: crypto.randomUUID(), ops }),
  });
  expect(created.status).toBe(200);
  return board;
}

/** A page of its own (its own browser context: another person) on the board, once connected. */
export async function open(browser: Browser, link: string, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
  await page.goto(link);
  await connected(page);
  return page;
}

/** Waits until the page's live connection is up (again). */
export async function connected(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
}

/** The sticky's entry in the screen reader outline, which carries its place, size and layer as data attributes. */
export function item(page: Page, text: string) {
  return page.locator('[data-testid=outline] li').filter({ hasText: new RegExp(`: ${text}$`) });
}

export async function attr(page: Page, text: string, name: string): Promise<number> {
  return Number(await item(page, text).getAttribute(`data-${name}`));
}

/** The outline's arrows, as it words them ("Arrow from Left to Right: label"). */
export function arrows(page: Page): Promise<string[]> {
  return page.locator('[data-testid=outline] li[data-kind=arrow]').allTextContents();
}

/** Where a wall point is on the page, from the viewport the canvas reports. */
export async function onScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  const [scale, panX, panY] = await Promise.all(['scale', 'pan-x', 'pan-y'].map(async (a) => Number(await canvas.getAttribute(`data-${a}`))));
  return { x: box.x + panX! + x * scale!, y: box.y + panY! + y * scale! };
}

export async function dragFrom(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
  await page.mouse.up();
}

// a deadline for the condition, not a latency claim
export const SOON = { timeout: 5000 };
