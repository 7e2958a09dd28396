import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, personPage, screenshot, watchErrors } from './browser';
import { attr, clickOn, connected, createBoard, dragFrom, inkIn, item, onScreen, open, rectOf, SOON, timeline, zoom, zoomOut } from './wall';

type Rect = { x: number; y: number; w: number; h: number };

/** The sticky's rectangle on the page. */
async function onPage(page: Page, text: string): Promise<Rect> {
  const r = await rectOf(page, text);
  const a = await onScreen(page, r.x, r.y);
  const b = await onScreen(page, r.x + r.w, r.y + r.h);
  return { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y };
}

async function middleOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const r = await onPage(page, text);
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

async function detail(page: Page): Promise<string | null> {
  return page.getByTestId('canvas').getAttribute('data-detail');
}

/** The part of the wall the page shows, from left to right, in wall units. */
async function shownRange(page: Page): Promise<[number, number]> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const left = await onScreen(page, 0, 0);
  const scale = await zoom(page);
  return [(box.x - left.x) / scale, (box.x + box.width - left.x) / scale];
}

describe('a wall of a real workshop’s size', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fits a timeline 18 events wide with every sticky legible and grabbable, for both people', async () => {
    const board = await createBoard('Eighteen events', [
      ...timeline(18),
      ...timeline(18, 160, 220, 'Command').map((s) => ({ ...s, kind: 'command' })),
    ]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];

    await ada.getByTestId('zoom-fit').click();
    await expect.poll(() => zoom(ada), SOON).toBeLessThan(0.5);
    const scale = await zoom(ada);
    expect(scale).toBeGreaterThan(0.15);
    // the whole timeline is on screen
    const [left, right] = await shownRange(ada);
    expect(left).toBeLessThanOrEqual(0);
    expect(right).toBeGreaterThanOrEqual(17 * 220 + 160);
    await screenshot(ada, 'big-wall-fit');
    // every sticky's text is written (in a legible size), not just its colour
    for (const text of ['Event 1', 'Event 9', 'Event 18', 'Command 5']) {
      await expect.poll(async () => inkIn(ada, await rectOf(ada, text)), SOON).toBeGreaterThan(20);
    }
    expect(await detail(ada)).toBe('summary');

    // a sticky is grabbed and moved at this zoom: the drag does not pan the wall
    const pan = await ada.getByTestId('canvas').getAttribute('data-pan-x');
    await dragFrom(ada, await middleOf(ada, 'Event 9'), 0, 120);
    await expect.poll(() => attr(grace, 'Event 9', 'y'), SOON).toBeGreaterThan(300);
    expect(await ada.getByTestId('canvas').getAttribute('data-pan-x')).toBe(pan);

    // the participant fits and grabs as well
    await grace.keyboard.press('Shift+!');
    await expect.poll(() => zoom(grace), SOON).toBeLessThan(0.5);
    await dragFrom(grace, await middleOf(grace, 'Command 3'), 0, 120);
    await expect.poll(() => attr(ada, 'Command 3', 'y'), SOON).toBeGreaterThan(450);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('is first seen whole wherever its stickies lie, and a wall that fits is left at 100 %', async () => {
    const board = await createBoard('Up and to the left', [
      { text: 'Far up left', x: -1600, y: -700 },
      { text: 'Down right', x: 1400, y: 800 },
    ]);
    const ada = await open(browser, board.links.participant);
    const errors = watchErrors(ada);
    const box = (await ada.getByTestId('canvas').boundingBox())!;
    for (const text of ['Far up left', 'Down right']) {
      const r = await onPage(ada, text);
      expect(r.x, text).toBeGreaterThanOrEqual(box.x);
      expect(r.y, text).toBeGreaterThanOrEqual(box.y);
      expect(r.x + r.w, text).toBeLessThanOrEqual(box.x + box.width);
      expect(r.y + r.h, text).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(await zoom(ada)).toBeLessThan(1);
    await screenshot(ada, 'big-wall-first-look');

    const small = await createBoard('Fits', [{ text: 'Near the start', x: 100, y: 100 }]);
    const grace = await open(browser, small.links.participant);
    expect(await zoom(grace)).toBe(1);
    expect(await onScreen(grace, 0, 0)).toEqual({ x: box.x, y: box.y });
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('lets a sticky be grabbed even in the overview far out', async () => {
    const board = await createBoard('Far out', [
      { text: 'West', x: -4000, y: -1000 },
      { text: 'Middle', x: 500, y: 500 },
      { text: 'East', x: 5000, y: 2000 },
    ]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    await ada.getByTestId('zoom-fit').click();
    await expect.poll(() => zoom(ada), SOON).toBeLessThan(0.15);
    await screenshot(ada, 'big-wall-overview');
    const scale = await zoom(ada);
    await dragFrom(ada, await middleOf(ada, 'Middle'), 100, 0);
    await expect.poll(() => attr(grace, 'Middle', 'x'), SOON).toBeGreaterThan(500 + 50 / scale);
    expect(await detail(ada)).toBe('overview');
    expect(await attr(grace, 'West', 'x')).toBe(-4000);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('walks the wall left to right at a readable zoom, by keys and by buttons', async () => {
    const board = await createBoard('Walk', [...timeline(18), { text: 'Far end', x: 18 * 220, y: 0, kind: 'hotspot' }]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    const lastRight = 18 * 220 + 160;

    // by keys: Home goes to the start, Page Down steps right until the end, never skipping a part of the wall
    await ada.getByTestId('zoom-fit').click();
    await ada.keyboard.press('Home');
    await expect.poll(() => zoom(ada), SOON).toBeGreaterThanOrEqual(0.5);
    expect(await detail(ada)).toBe('full');
    let [left, right] = await shownRange(ada);
    expect(left).toBeLessThanOrEqual(0);
    expect(right).toBeLessThan(lastRight);
    await screenshot(ada, 'big-wall-walk-start');
    for (let steps = 0; right < lastRight; steps++) {
      expect(steps).toBeLessThan(10);
      const before = right;
      await ada.keyboard.press('PageDown');
      await expect.poll(async () => (await shownRange(ada))[1], SOON).toBeGreaterThan(before);
      const [nextLeft, nextRight] = await shownRange(ada);
      expect(nextLeft).toBeLessThan(before - 160); // overlapping: a sticky at the edge is seen whole
      [left, right] = [nextLeft, nextRight];
    }
    expect(await inkIn(ada, await rectOf(ada, 'Far end'))).toBeGreaterThan(20);
    // at the end it stays
    await ada.keyboard.press('PageDown');
    expect((await shownRange(ada))[1]).toBe(right);

    // by buttons, for the participant: the walk starts where they look and goes back left
    await grace.getByTestId('walk-next').click();
    await expect.poll(() => zoom(grace), SOON).toBeGreaterThanOrEqual(0.5);
    const first = await shownRange(grace);
    expect(first[0]).toBeLessThanOrEqual(0);
    await grace.getByTestId('walk-next').click();
    await expect.poll(async () => (await shownRange(grace))[0], SOON).toBeGreaterThan(first[0]);
    await grace.getByTestId('walk-previous').click();
    await expect.poll(async () => (await shownRange(grace))[0], SOON).toBe(first[0]);
    expect(await grace.getByTestId('walk-next').getAttribute('title')).toBe('Walk the wall to the right (Page Down)');
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('selects the sticky clicked at 33 %, so Delete removes that one, the toolbar keeping off the neighbours', async () => {
    const board = await createBoard('Close together', [
      { text: 'Neighbour', x: 0, y: 40 },
      { text: 'Chosen', x: 0, y: 200 },
      { text: 'Right', x: 200, y: 200 },
      { text: 'Below', x: 0, y: 360 },
    ]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    const toolbar = ada.getByTestId('selection-toolbar');
    await zoomOut(ada, 5);
    expect(await zoom(ada)).toBeCloseTo(0.33, 2);

    await clickOn(ada, 80, 260);
    await expect.poll(() => toolbar.isVisible(), SOON).toBe(true);
    await screenshot(ada, 'big-wall-toolbar-33');
    // the neighbour just above is clicked: it is what is selected now, and what Delete removes
    await clickOn(ada, 80, 100);
    await ada.keyboard.press('Delete');
    await expect.poll(() => item(grace, 'Neighbour').count(), SOON).toBe(0);
    expect(await item(grace, 'Chosen').count()).toBe(1);
    // the toolbar covers none of the stickies around the selection
    await clickOn(ada, 80, 260);
    await expect.poll(() => toolbar.isVisible(), SOON).toBe(true);
    const box = (await toolbar.boundingBox())!;
    const bar = { x: box.x, y: box.y, w: box.width, h: box.height };
    for (const text of ['Chosen', 'Right', 'Below']) expect(overlap(bar, await onPage(ada, text)), text).toBe(false);

    // the same for the participant, zoomed out as well
    await zoomOut(grace, 5);
    await clickOn(grace, 280, 260);
    await expect.poll(() => grace.getByTestId('selection-toolbar').isVisible(), SOON).toBe(true);
    // a real hand moves a little while clicking: still a click on the sticky under it
    const below = await onScreen(grace, 80, 420);
    await grace.mouse.move(below.x, below.y);
    await grace.mouse.down();
    await grace.mouse.move(below.x + 2, below.y + 1);
    await grace.mouse.up();
    await grace.keyboard.press('Delete');
    await expect.poll(() => item(ada, 'Below').count(), SOON).toBe(0);
    expect(await item(ada, 'Right').count()).toBe(1);
    expect(await item(ada, 'Chosen').count()).toBe(1);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('places new stickies near the middle of the view without covering each other, and Tab and Shift+Tab go along the timeline', async () => {
    const board = await createBoard('Placement', [{ text: 'Already here', x: 400, y: 250 }]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    const sticky = ada.getByRole('textbox', { name: 'Sticky text' });
    for (const text of ['First', 'Second', 'Third']) {
      await ada.keyboard.press('e');
      await expect.poll(() => sticky.count(), SOON).toBe(1);
      await ada.keyboard.type(text);
      await ada.keyboard.press('Escape');
      await expect.poll(() => item(grace, text).count(), SOON).toBe(1);
    }
    const canvas = (await ada.getByTestId('canvas').boundingBox())!;
    const placed = await Promise.all(['Already here', 'First', 'Second', 'Third'].map((t) => rectOf(grace, t)));
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!), `${i} ${j}`).toBe(false);
    for (const text of ['First', 'Second', 'Third']) {
      const r = await onPage(ada, text);
      expect(r.x).toBeGreaterThanOrEqual(canvas.x);
      expect(r.x + r.w).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(r.y).toBeGreaterThanOrEqual(canvas.y);
      expect(r.y + r.h).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
    await screenshot(ada, 'big-wall-placement');

    // Tab: the next event to the right of the one being written
    await ada.keyboard.press('e');
    await expect.poll(() => sticky.count(), SOON).toBe(1);
    await ada.keyboard.type('Fourth');
    await ada.keyboard.press('Tab');
    await expect.poll(() => item(grace, 'Fourth').count(), SOON).toBe(1);
    await ada.keyboard.type('Fifth');
    // Shift+Tab goes back along the row: to the event written before, not onto a new one
    await ada.keyboard.press('Shift+Tab');
    await expect.poll(() => item(grace, 'Fifth').count(), SOON).toBe(1);
    await ada.keyboard.type('Fourth again');
    await ada.keyboard.press('Escape');
    await expect.poll(() => item(grace, 'Fourth again').count(), SOON).toBe(1);
    expect(await item(grace, 'Fourth').count()).toBe(0);
    const [fourth, fifth] = await Promise.all([rectOf(grace, 'Fourth again'), rectOf(grace, 'Fifth')]);
    expect(fifth.y).toBe(fourth.y);
    expect(fifth.x).toBe(fourth.x + fourth.w + 20);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('aligns and distributes a selection in one undoable batch, from the toolbar and by keys', async () => {
    const board = await createBoard('Arrange', [
      { text: 'One', x: 0, y: 0 },
      { text: 'Two', x: 300, y: 40 },
      { text: 'Three', x: 520, y: 15 },
    ]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    const ys = () => Promise.all(['One', 'Two', 'Three'].map((t) => attr(grace, t, 'y')));

    await clickOn(ada, 80, 60);
    await clickOn(ada, 380, 100, true);
    await clickOn(ada, 600, 75, true);
    await expect.poll(() => ada.getByTestId('toolbar-align-top').isVisible(), SOON).toBe(true);
    expect(await ada.getByTestId('toolbar-align-top').getAttribute('title')).toBe('Align top edges (Alt+Shift+T)');
    await screenshot(ada, 'big-wall-align');
    await ada.getByTestId('toolbar-align-top').click();
    await expect.poll(ys, SOON).toEqual([0, 0, 0]);
    // one undo step puts every one back
    await ada.keyboard.press('Control+z');
    await expect.poll(ys, SOON).toEqual([0, 40, 15]);

    // the participant spreads them across by keys: equal gaps, the outermost staying
    await clickOn(grace, 80, 60);
    await clickOn(grace, 380, 100, true);
    await clickOn(grace, 600, 75, true);
    await expect.poll(() => grace.getByTestId('toolbar-distribute-across').isVisible(), SOON).toBe(true);
    await grace.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(() => attr(ada, 'Two', 'x'), SOON).toBe(260);
    expect(await attr(ada, 'One', 'x')).toBe(0);
    expect(await attr(ada, 'Three', 'x')).toBe(520);
    await grace.keyboard.press('Alt+Shift+KeyL');
    await expect.poll(() => Promise.all(['One', 'Two', 'Three'].map((t) => attr(ada, t, 'x'))), SOON).toEqual([0, 0, 0]);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('is sent to a joining browser as one compressed frame, and arrives whole', async () => {
    // 400 stickies make a snapshot well over the 16 KiB from which the server compresses it
    const board = await createBoard('Compressed join', Array.from({ length: 400 }, (_, i) => ({
      text: `Compressed sticky number ${i + 1}`, x: (i % 20) * 200, y: Math.floor(i / 20) * 140,
    })));
    const page = await personPage(browser, 'Ada');
    const errors = watchErrors(page);
    const frames: { binary: boolean; bytes: number }[] = [];
    page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => {
      frames.push({ binary: typeof payload !== 'string', bytes: payload.length });
    }));

    await page.goto(board.links.participant);
    await connected(page);

    await expect.poll(() => page.locator('[data-testid=outline] li[data-kind=event]').count(), SOON).toBe(400);
    await expect.poll(() => item(page, 'Compressed sticky number 400').count(), SOON).toBe(1);
    const binary = frames.filter((f) => f.binary);
    expect(binary).toHaveLength(1);
    // compressed: far smaller than the same wall as JSON
    const wall = await (await fetch(`${BASE_URL}/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.tokens.observer}` } })).text();
    expect(binary[0]!.bytes).toBeLessThan(wall.length / 2);
    expect(errors).toEqual([]);
  });
});
