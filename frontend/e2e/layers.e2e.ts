import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchErrors } from './browser';
import { titleBar } from '../src/render/picking';
import { addToBoard, arrows, attr, clickAt, colourAt, createBoard, dragFrom, editor, item, onScreen, open, SOON, toPhase, zoom, zoomOut, type Board } from './wall';

const ORANGE = [0xff, 0xa9, 0x4d];

/** The facilitator and a participant on the same board, and what went wrong on either page. */
async function twoPeople(browser: Browser, board: Board): Promise<{ ada: Page; grace: Page; errors: string[] }> {
  const ada = await open(browser, board.links.facilitator);
  const grace = await open(browser, board.links.participant);
  return { ada, grace, errors: [...watchErrors(ada), ...watchErrors(grace)] };
}

type Box = { x: number; y: number; w: number; h: number };

/** Where a container's title bar is on the page at the zoom the canvas shows now. */
async function titleBarOnPage(page: Page, container: Box): Promise<Box> {
  const scale = await zoom(page);
  const bar = titleBar(container, scale);
  const at = await onScreen(page, bar.x, bar.y);
  return { x: at.x, y: at.y, w: bar.w * scale, h: bar.h * scale };
}

/** Where the selection toolbar is on the page, once it shows. */
async function toolbarOnPage(page: Page): Promise<Box> {
  const toolbar = page.getByTestId('selection-toolbar');
  await expect.poll(() => toolbar.isVisible(), SOON).toBe(true);
  const box = (await toolbar.boundingBox())!;
  return { x: box.x, y: box.y, w: box.width, h: box.height };
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

async function doubleClickAt(page: Page, x: number, y: number): Promise<void> {
  const at = await onScreen(page, x, y);
  await page.mouse.dblclick(at.x, at.y);
}

describe('the layers of the wall and what the pointer picks', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('connects two stickies lying on a card and in a context made after them, by dropping the arrow on the sticky', async () => {
    const [first, second] = [crypto.randomUUID(), crypto.randomUUID()];
    // made in the wrong order: the containers last, so by z they would lie over the stickies
    const board = await createBoard('Connect inside', [
      { id: first, text: 'Subscription Started', x: 80, y: 140 },
      { id: second, text: 'Invoice Sent', x: 560, y: 140 },
      { kind: 'aggregate', text: 'Subscription', x: 40, y: 60, w: 400, h: 300 },
      { kind: 'boundary', text: 'Billing', x: 0, y: 0, w: 900, h: 600 },
    ]);
    const { ada, grace, errors } = await twoPeople(browser, board);

    // the stickies are drawn on top, unfaded
    await expect.poll(() => colourAt(grace, 90, 250), SOON).toEqual(ORANGE);
    await expect.poll(() => colourAt(grace, 570, 250), SOON).toEqual(ORANGE);
    await clickAt(grace, 160, 230);
    await dragFrom(grace, await onScreen(grace, 240, 200), 400, 10);
    await expect.poll(() => arrows(ada), SOON).toEqual(['Arrow from Subscription Started to Invoice Sent']);
    await screenshot(grace, 'layers-connected-inside-containers');
    expect(await attr(ada, 'Billing', 'x')).toBe(0);
    expect(await attr(ada, 'Subscription', 'x')).toBe(40);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('puts a new context and a new card behind the stickies already there: unfaded, and they keep their clicks', async () => {
    const board = await createBoard('New containers', []);
    const { ada, grace, errors } = await twoPeople(browser, board);
    const centre = await grace.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-testid=canvas]')!;
      const [scale, x, y] = ['scale', 'panX', 'panY'].map((k) => Number(host.dataset[k]));
      return { x: (host.clientWidth / 2 - x!) / scale!, y: (host.clientHeight / 2 - y!) / scale! };
    });
    const sticky = { x: Math.round(centre.x - 80), y: Math.round(centre.y + 20) };
    await addToBoard(board, [{ text: 'Order Placed', ...sticky }]);
    await expect.poll(() => item(grace, 'Order Placed').count(), SOON).toBe(1);

    for (const [key, name, label] of [['b', 'Ordering', 'Bounded context name'], ['g', 'Order', 'Aggregate name']] as const) {
      await grace.keyboard.press(key);
      const field = grace.getByRole('textbox', { name: label });
      await field.fill(name);
      await grace.keyboard.press('Enter');
      await expect.poll(() => item(ada, name).count(), SOON).toBe(1);
      expect(await field.count()).toBe(0);
    }
    // the sticky lies on both, drawn over them in its own colour
    await expect.poll(() => colourAt(grace, sticky.x + 6, sticky.y + 114), SOON).toEqual(ORANGE);
    await screenshot(grace, 'layers-new-containers-behind');

    // its double-click edits the sticky, its drag moves the sticky alone
    await doubleClickAt(grace, sticky.x + 80, sticky.y + 90);
    await expect.poll(() => editor(grace).inputValue(), SOON).toBe('Order Placed');
    await grace.keyboard.press('Escape');
    await dragFrom(grace, await onScreen(grace, sticky.x + 80, sticky.y + 90), 30, 0);
    await expect.poll(() => attr(ada, 'Order Placed', 'x'), SOON).toBe(sticky.x + 30);
    expect(await attr(ada, 'Ordering', 'x')).toBe(Math.round(centre.x - 400));
    expect(await attr(ada, 'Order', 'x')).toBe(Math.round(centre.x - 160));
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('selects, relabels and deletes an arrow running over a card, leaving the card alone', async () => {
    const [left, right] = [crypto.randomUUID(), crypto.randomUUID()];
    const board = await createBoard('Arrow over a card', [
      { id: left, text: 'Left', x: 0, y: 200 },
      { id: right, text: 'Right', x: 700, y: 200 },
      { kind: 'aggregate', text: 'Between', x: 250, y: 100, w: 300, h: 320 },
    ], [{ op: 'create', element: { kind: 'arrow', from: left, to: right, label: 'pays' } }]);
    const { ada, grace, errors } = await twoPeople(browser, board);

    // the arrow runs from (160, 260) to (700, 260), across the card
    await doubleClickAt(grace, 400, 261);
    const label = grace.getByRole('textbox', { name: 'Arrow label' });
    expect(await label.inputValue()).toBe('pays');
    await label.fill('pays for');
    await grace.keyboard.press('Escape');
    await expect.poll(() => arrows(ada), SOON).toEqual(['Arrow from Left to Right: pays for']);

    await clickAt(grace, 420, 261);
    await expect.poll(() => grace.getByTestId('toolbar-edit').getAttribute('title'), SOON).toBe('Edit label (Enter)');
    await grace.keyboard.press('Delete');
    await expect.poll(() => arrows(ada), SOON).toEqual([]);
    expect(await item(ada, 'Between').count()).toBe(1);
    // and a drag that starts on the arrow does not carry the card off
    await grace.keyboard.press('Control+z');
    await expect.poll(() => arrows(ada), SOON).toEqual(['Arrow from Left to Right: pays for']);
    const panned = () => grace.getByTestId('canvas').getAttribute('data-pan-y');
    const before = Number(await panned());
    await grace.keyboard.press('Escape'); // the selection's toolbar goes, clearing the way
    await dragFrom(grace, await onScreen(grace, 440, 261), 0, 100);
    // the drag went to the wall (it panned), the card stayed where it was
    expect(Number(await panned())).toBeGreaterThan(before + 50);
    expect(await attr(grace, 'Between', 'y')).toBe(100);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('draws a rubber band with Shift+drag inside a context instead of moving the context', async () => {
    const board = await createBoard('Band in a context', [
      { kind: 'boundary', text: 'Billing', x: 0, y: 0, w: 800, h: 500 },
      { text: 'One', x: 100, y: 100 },
      { text: 'Two', x: 300, y: 100 },
      { text: 'Outside the band', x: 100, y: 320 },
    ]);
    const { ada, grace, errors } = await twoPeople(browser, board);

    const start = await onScreen(grace, 80, 70);
    await grace.keyboard.down('Shift');
    await grace.mouse.move(start.x, start.y);
    await grace.mouse.down();
    await grace.mouse.move(start.x + 200, start.y + 80, { steps: 5 });
    await grace.mouse.move(start.x + 400, start.y + 180, { steps: 5 });
    await screenshot(grace, 'layers-band-in-context');
    await grace.mouse.up();
    await grace.keyboard.up('Shift');

    await dragFrom(grace, await onScreen(grace, 180, 160), 100, 0);
    await expect.poll(() => attr(ada, 'One', 'x'), SOON).toBe(200);
    expect(await attr(ada, 'Two', 'x')).toBe(400);
    expect(await attr(ada, 'Outside the band', 'x')).toBe(100);
    expect(await attr(ada, 'Billing', 'x')).toBe(0);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('edits a large context or card by a one-line name field at its title, and writes the name in the title bar', async () => {
    const board = await createBoard('Names', [
      { kind: 'boundary', text: 'Billing', x: 0, y: 0, w: 1000, h: 700 },
      { kind: 'aggregate', text: 'Subscription', x: 60, y: 80, w: 500, h: 400 },
      // lying on the card's top edge: the card's title bar stays over it
      { text: 'Renewed', x: 380, y: 60 },
    ]);
    const { ada, grace, errors } = await twoPeople(browser, board);

    await expect.poll(() => colourAt(grace, 530, 84), SOON).toEqual([0xff, 0xe0, 0x8a]);
    await doubleClickAt(grace, 700, 500);
    const name = grace.getByRole('textbox', { name: 'Bounded context name' });
    expect(await name.evaluate((e) => e.tagName)).toBe('INPUT');
    const box = (await name.boundingBox())!;
    const top = await onScreen(grace, 0, 0);
    expect(box.height).toBeLessThan(60);
    expect(box.width).toBeLessThanOrEqual(360);
    expect(Math.abs(box.y - top.y)).toBeLessThan(10);
    expect(await name.inputValue()).toBe('Billing');
    await name.fill('Billing and payments');
    await grace.keyboard.press('Enter');
    await expect.poll(() => item(ada, 'Billing and payments').count(), SOON).toBe(1);

    // the card is picked by its title bar too, over the sticky lying there
    await doubleClickAt(grace, 400, 90);
    await expect.poll(() => grace.getByRole('textbox', { name: 'Aggregate name' }).inputValue(), SOON).toBe('Subscription');
    await grace.keyboard.press('Escape');
    await screenshot(grace, 'layers-title-bars');
    // zoomed out, the names keep a readable size on screen
    for (let i = 0; i < 4; i++) await grace.getByRole('button', { name: 'Zoom out' }).click();
    await screenshot(grace, 'layers-title-bars-zoomed-out');
    // and further out too (clear of the selected card's corner handle, which stays a screen size)
    for (let i = 0; i < 2; i++) await grace.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => colourAt(grace, 470, 84), SOON).toEqual([0xff, 0xe0, 0x8a]);
    await screenshot(grace, 'layers-title-bars-overview');
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('lets a participant in architecture phase 3 move a card holding frozen events, and gives frozen events no editor', async () => {
    const event = crypto.randomUUID();
    const board = await createBoard('Architecture', [{ id: event, text: 'Subscription Renewed', x: 100, y: 140 }], [], 'architecture');
    await toPhase(board, 3);
    await addToBoard(board, [{ kind: 'aggregate', text: 'Subscription', x: 60, y: 80, w: 400, h: 300 }]);
    const { ada, grace, errors } = await twoPeople(browser, board);
    await expect.poll(() => item(grace, 'Subscription').count(), SOON).toBe(1);

    await doubleClickAt(grace, 180, 220);
    await expect.poll(() => grace.getByTestId('notice').textContent(), SOON).toContain('Domain events are frozen since phase 2');
    expect(await editor(grace).count()).toBe(0);

    // by its title bar: the card moves, the frozen event stays where it is
    await grace.keyboard.press('Escape'); // the selection's toolbar goes, clearing the way
    await dragFrom(grace, await onScreen(grace, 300, 95), 0, 300);
    await expect.poll(() => attr(ada, 'Subscription', 'y'), SOON).toBe(380);
    expect(await attr(ada, 'Subscription Renewed', 'y')).toBe(140);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('takes two separate clicks on an arrow as two clicks, so the Enter after them opens its label unchanged', async () => {
    const [left, right] = [crypto.randomUUID(), crypto.randomUUID()];
    const board = await createBoard('Two clicks', [
      { id: left, text: 'Left', x: 100, y: 100 },
      { id: right, text: 'Right', x: 400, y: 100 },
    ], [{ op: 'create', element: { kind: 'arrow', from: left, to: right, label: 'pays' } }]);
    const { ada, grace, errors } = await twoPeople(browser, board);

    // two single clicks in quick succession (the way a test, or a hurried person, selects twice)
    await clickAt(grace, 300, 161);
    await clickAt(grace, 300, 161);
    expect(await editor(grace).count()).toBe(0);
    await grace.keyboard.press('Enter');
    const label = grace.getByRole('textbox', { name: 'Arrow label' });
    expect(await label.inputValue()).toBe('pays');
    await label.fill('pays the bill');
    await grace.keyboard.press('Escape');
    await expect.poll(() => arrows(ada), SOON).toEqual(['Arrow from Left to Right: pays the bill']);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it("changes a sticky's kind without retyping it, by Shift and the kind's key or the toolbar's menu, within the phase", async () => {
    const board = await createBoard('Kinds', [{ text: 'Pay the invoice', x: 100, y: 100 }], [], 'process-level');
    await toPhase(board, 3);
    const { ada, grace, errors } = await twoPeople(browser, board);

    await clickAt(grace, 180, 190);
    await grace.keyboard.press('Shift+C');
    await expect.poll(() => item(ada, 'Pay the invoice').textContent(), SOON).toBe('Command: Pay the invoice');

    const menu = grace.getByTestId('toolbar-kind');
    await expect.poll(() => menu.inputValue(), SOON).toBe('command');
    // only what phase 3 has unlocked: no policy yet
    expect(await menu.locator('option').allTextContents()).toEqual(['◆ Domain event', '▶ Command', '☺ Actor', '⇄ External system']);
    await screenshot(grace, 'layers-kind-menu');
    await menu.selectOption('actor');
    await expect.poll(() => item(ada, 'Pay the invoice').textContent(), SOON).toBe('Actor: Pay the invoice');

    await clickAt(grace, 150, 130);
    await grace.keyboard.press('Shift+P');
    await expect.poll(() => grace.getByTestId('notice').textContent(), SOON).toContain('unlocks in phase 5');
    expect(await item(ada, 'Pay the invoice').textContent()).toBe('Actor: Pay the invoice');
    expect(await item(grace, 'Pay the invoice').textContent()).toBe('Actor: Pay the invoice');
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('keeps the selection toolbar off the title bars of the context and the card around the selection at 41 %', async () => {
    const context = { x: 0, y: 0, w: 1000, h: 700 };
    const card = { x: 60, y: 70, w: 420, h: 400 };
    const board = await createBoard('Title bars kept clear', [
      // just below the card's title bar: above it, the toolbar would lie on the card's name
      { text: 'Subscription Renewed', x: 100, y: 135 },
      { kind: 'aggregate', text: 'Subscription', ...card },
      { kind: 'boundary', text: 'Billing', ...context },
    ]);
    const { ada, grace, errors } = await twoPeople(browser, board);
    await zoomOut(grace, 4);
    await zoomOut(ada, 4);
    expect(await zoom(grace)).toBeCloseTo(0.41, 2);
    // the context's top lies well inside the view, so there would be room for the toolbar over its name
    const canvas = (await grace.getByTestId('canvas').boundingBox())!;
    expect((await onScreen(grace, 0, 0)).y - canvas.y).toBeGreaterThan(60);

    // the card, picked by its title bar, 70 wall units below the context's top
    await clickAt(grace, 350, 95);
    const forCard = await toolbarOnPage(grace);
    await screenshot(grace, 'layers-toolbar-clear-of-context-name');
    expect(overlap(forCard, await titleBarOnPage(grace, context))).toBe(false);

    // a sticky lying just below the card's title bar, selected by the other person
    await clickAt(ada, 180, 220);
    const forSticky = await toolbarOnPage(ada);
    await screenshot(ada, 'layers-toolbar-clear-of-card-name');
    expect(overlap(forSticky, await titleBarOnPage(ada, card))).toBe(false);
    expect(overlap(forSticky, await titleBarOnPage(ada, context))).toBe(false);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });
});
