import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { BASE_URL, personPage } from './browser';

export interface Board {
  id: string;
  tokens: { facilitator: string; participant: string; observer: string };
  links: { facilitator: string; participant: string; observer: string };
}

export interface Sticky { text: string; x: number; y: number; kind?: string; id?: string; w?: number; h?: number }

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

/** A board (free format unless said otherwise) holding these stickies and further ops, made through the REST API. */
export async function createBoard(title: string, stickies: Sticky[], extra: object[] = [], format = 'free'): Promise<Board> {
  const board = await newBoard(title, format);
  await addToBoard(board, stickies, extra);
  return board;
}

/** Stickies and further ops added by the facilitator through the REST API, as one batch. */
export async function addToBoard(board: Board, stickies: Sticky[], extra: object[] = []): Promise<void> {
  const ops = [...stickies.map(({ kind = 'event', ...s }) => ({ op: 'create', element: { kind, ...s } })), ...extra];
  const created = await fetch(`${BASE_URL}/api/boards/${board.id}/ops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.facilitator}` },
    body: JSON.stringify({ clientOpId: crypto.randomUUID(), ops }),
  });
  expect(created.status).toBe(200);
}

/** Moves the board to a phase (1-based) as its facilitator. */
export async function toPhase(board: Board, index: number): Promise<void> {
  const moved = await fetch(`${BASE_URL}/api/boards/${board.id}/phase`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.facilitator}` },
    body: JSON.stringify({ index }),
  });
  expect(moved.status).toBe(200);
}

/** A page of its own (its own browser context: another person) on the board, once connected. */
export async function open(browser: Browser, link: string, name = 'Ada', options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const page = await personPage(browser, name, options);
  await page.goto(link);
  await connected(page);
  // the wall has been drawn (and so can be clicked: the canvas finds what is under a click from its last frame)
  await expect.poll(() => page.getByTestId('canvas').getAttribute('data-drawn'), SOON).not.toBeNull();
  return page;
}

/** Waits until the page's live connection is up (again). */
export async function connected(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
}

/** The sticky's entry in the screen reader outline, which carries its place, size and layer as data attributes. */
export function item(page: Page, text: string) {
  const literal = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.locator('[data-testid=outline] li').filter({ hasText: new RegExp(`: ${literal}$`) });
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

/** The in-place editor open now: a sticky's text, a card's or a context's name, or an arrow's label. */
export function editor(page: Page) {
  return page.locator('.sticky-editor');
}

/** A click at a wall point, with keys held down during it. */
export async function clickAt(page: Page, x: number, y: number, modifiers: 'Shift'[] = []): Promise<void> {
  const at = await onScreen(page, x, y);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at.x, at.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** The colour the wall's canvas shows at a wall point, as [r, g, b]. */
export async function colourAt(page: Page, x: number, y: number): Promise<number[]> {
  const at = await onScreen(page, x, y);
  const box = (await page.getByTestId('canvas').boundingBox())!;
  return page.evaluate(([cx, cy]) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=canvas] canvas')!;
    const ratio = canvas.width / canvas.clientWidth;
    return [...canvas.getContext('2d')!.getImageData(Math.round(cx! * ratio), Math.round(cy! * ratio), 1, 1).data.slice(0, 3)];
  }, [at.x - box.x, at.y - box.y]);
}

/** A click on a wall point (Shift held for an additive one). */
export async function clickOn(page: Page, x: number, y: number, shift = false): Promise<void> {
  const at = await onScreen(page, x, y);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(at.x, at.y);
  if (shift) await page.keyboard.up('Shift');
}

/** The zoom the canvas reports (1 is 100 %). */
export async function zoom(page: Page): Promise<number> {
  return Number(await page.getByTestId('canvas').getAttribute('data-scale'));
}

/** Zooms out with the zoom button, `times` presses of 80 % each, waiting for each to show. */
export async function zoomOut(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const before = await zoom(page);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => zoom(page), SOON).toBeLessThan(before);
  }
}

/** A timeline of `count` events, `spacing` apart from x = 0, named "Event 1" … at height `y`. */
export function timeline(count: number, y = 0, spacing = 220, name = 'Event'): { text: string; x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => ({ text: `${name} ${i + 1}`, x: i * spacing, y }));
}

/** Where the sticky is on the wall, from the outline. */
export async function rectOf(page: Page, text: string): Promise<{ x: number; y: number; w: number; h: number }> {
  const [x, y, w, h] = await Promise.all(['x', 'y', 'w', 'h'].map((a) => attr(page, text, a)));
  return { x: x!, y: y!, w: w!, h: h! };
}

/**
 * How many pixels of the wall's canvases inside a wall rectangle are dark as text is: a sticky drawn without its
 * text has none (its fill and frame are light). Read from the canvases themselves, so it is what a person sees.
 */
export async function inkIn(page: Page, rect: { x: number; y: number; w: number; h: number }): Promise<number> {
  const topLeft = await onScreen(page, rect.x, rect.y);
  const bottomRight = await onScreen(page, rect.x + rect.w, rect.y + rect.h);
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const area = { x: topLeft.x - box.x, y: topLeft.y - box.y, w: bottomRight.x - topLeft.x, h: bottomRight.y - topLeft.y };
  return page.evaluate((a) => {
    let dark = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid=canvas] canvas')) {
      if (canvas.clientWidth === 0) continue; // a hidden one (the minimap's when not shown)
      const ratio = canvas.width / canvas.clientWidth;
      const data = canvas.getContext('2d')!.getImageData(a.x * ratio, a.y * ratio, Math.max(1, a.w * ratio), Math.max(1, a.h * ratio)).data;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && data[i]! + data[i + 1]! + data[i + 2]! < 300) dark++;
    }
    return dark;
  }, area);
}

/** Freezes the wall (participants may no longer change it) or thaws it, as its facilitator. */
export async function freeze(board: Board, frozen: boolean): Promise<void> {
  const done = await fetch(`${BASE_URL}/api/boards/${board.id}/freeze`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.facilitator}` },
    body: JSON.stringify({ frozen }),
  });
  expect(done.status).toBe(200);
}

/**
 * Writes a new sticky as a person does: the kind's key (none when Tab has just opened the next event's editor),
 * the text, then the key that finishes it (Escape, or Tab for the next event along the row). Waits until the
 * page's own outline holds it.
 */
export async function write(page: Page, key: string | null, text: string, finish: 'Escape' | 'Tab' = 'Escape'): Promise<void> {
  if (key) await page.keyboard.press(key);
  await expect.poll(() => editor(page).count().then((n) => (n === 1 ? editor(page).inputValue() : null)), SOON).toBe('');
  await editor(page).fill(text);
  await page.keyboard.press(finish);
  await expect.poll(() => item(page, text).count(), SOON).toBe(1);
}

/** Draws an arrow from one sticky to another: selects the first, drags its round handle onto the second. */
export async function connect(page: Page, from: string, to: string): Promise<void> {
  const a = await rectOf(page, from);
  const b = await rectOf(page, to);
  await clickAt(page, a.x + a.w / 2, a.y + a.h / 2);
  const handle = await onScreen(page, a.x + a.w, a.y + a.h / 2);
  const target = await onScreen(page, b.x + b.w / 2, b.y + b.h / 2);
  await dragFrom(page, handle, target.x - handle.x, target.y - handle.y);
  await expect.poll(() => arrows(page), SOON).toContain(`Arrow from ${from} to ${to}`);
}

/** Drags a kind from the palette and drops it at a wall point: the new element is centred there, its text edited. */
export async function dropKind(page: Page, kind: string, x: number, y: number): Promise<void> {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  const at = await onScreen(page, x, y);
  await page.locator(`.palette [data-kind=${kind}]`).dragTo(canvas, { targetPosition: { x: at.x - box.x, y: at.y - box.y } });
  await expect.poll(() => editor(page).count(), SOON).toBe(1);
}

/** Where a person grabs an element to drag it: a sticky by its middle, a card or a context by its title bar's right end. */
async function grip(page: Page, text: string): Promise<{ x: number; y: number }> {
  const r = await rectOf(page, text);
  const container = ['aggregate', 'boundary'].includes((await item(page, text).getAttribute('data-kind')) ?? '');
  return container ? { x: r.x + r.w - 30, y: r.y + 10 } : { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/** Drags an element with the mouse so that its top-left corner lands on a wall point; waits until the page has it there. */
export async function moveTo(page: Page, text: string, x: number, y: number): Promise<void> {
  const r = await rectOf(page, text);
  const held = await grip(page, text);
  const from = await onScreen(page, held.x, held.y);
  const to = await onScreen(page, held.x + x - r.x, held.y + y - r.y);
  await dragFrom(page, from, to.x - from.x, to.y - from.y);
  await expect.poll(() => rectOf(page, text).then((at) => near([at.x, at.y], [x, y])), SOON).toBe(true);
}

/** Whether numbers are each within a wall unit or two of the others: a drag at a zoom other than 100 % rounds. */
export function near(actual: number[], expected: number[]): boolean {
  return actual.length === expected.length && actual.every((a, i) => Math.abs(a - expected[i]!) <= 2);
}

/** Resizes the selected element by dragging its bottom-right corner so that it is `w` by `h` on the wall. */
export async function resizeTo(page: Page, text: string, w: number, h: number): Promise<void> {
  const r = await rectOf(page, text);
  const from = await onScreen(page, r.x + r.w, r.y + r.h);
  const to = await onScreen(page, r.x + w, r.y + h);
  await dragFrom(page, from, to.x - from.x, to.y - from.y);
  await expect.poll(() => rectOf(page, text).then((at) => near([at.w, at.h], [w, h])), SOON).toBe(true);
}

/**
 * A card or a context as a person frames it: dragged from the palette so that its top-left corner is at the
 * rectangle's, named, then resized from its bottom-right corner to the rectangle.
 */
export async function frame(page: Page, kind: 'aggregate' | 'boundary', name: string, rect: { x: number; y: number; w: number; h: number }): Promise<void> {
  const size = kind === 'aggregate' ? { w: 320, h: 200 } : { w: 800, h: 500 };
  await dropKind(page, kind, rect.x + size.w / 2, rect.y + size.h / 2);
  await editor(page).fill(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => rectOf(page, name).then((at) => near([at.x, at.y], [rect.x, rect.y])), SOON).toBe(true);
  // its far corner on screen, with room around it
  await overview(page);
  await resizeTo(page, name, rect.w, rect.h);
}

/** Fits the whole wall in the view with its key (Shift+1), waiting until the view has moved there. */
export async function fit(page: Page): Promise<void> {
  const view = (): Promise<string> =>
    Promise.all(['scale', 'pan-x', 'pan-y'].map((a) => page.getByTestId('canvas').getAttribute(`data-${a}`))).then((v) => v.join());
  await page.keyboard.press('Shift+Digit1');
  // a second fit from the fitted view changes nothing: the view has settled
  let last = '';
  await expect.poll(async () => {
    const now = await view();
    const settled = now === last;
    last = now;
    return settled;
  }, SOON).toBe(true);
}

/** The whole wall, a zoom step further out. */
export async function overview(page: Page): Promise<void> {
  await fit(page);
  const scale = Number(await page.getByTestId('canvas').getAttribute('data-scale'));
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => page.getByTestId('canvas').getAttribute('data-scale').then(Number), SOON).toBeLessThan(scale);
}
