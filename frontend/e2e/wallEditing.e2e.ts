import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, knowsName, launchChromium, screenshot, watchErrors } from './browser';
import { attr, createBoard, dragFrom, item, onScreen, open, SOON } from './wall';

describe('editing several stickies at once', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('selects three stickies with a rubber band and moves them together, seen by the other person', async () => {
    const board = await createBoard('Rubber band', [
      { text: 'One', x: 100, y: 100 },
      { text: 'Two', x: 300, y: 100 },
      { text: 'Three', x: 500, y: 100 },
      { text: 'Left alone', x: 100, y: 400 },
    ]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];

    const start = await onScreen(ada, 60, 60);
    await ada.keyboard.down('Shift');
    await ada.mouse.move(start.x, start.y);
    await ada.mouse.down();
    await ada.mouse.move(start.x + 300, start.y + 100, { steps: 5 });
    await ada.mouse.move(start.x + 650, start.y + 220, { steps: 5 });
    await screenshot(ada, 'rubber-band');
    await ada.mouse.up();
    await ada.keyboard.up('Shift');

    await dragFrom(ada, await onScreen(ada, 380, 160), 100, 50);
    for (const [text, x] of [['One', 200], ['Two', 400], ['Three', 600]] as const) {
      await expect.poll(() => attr(grace, text, 'x'), SOON).toBe(x);
      expect(await attr(grace, text, 'y')).toBe(150);
    }
    expect(await attr(grace, 'Left alone', 'x')).toBe(100);

    await ada.keyboard.press('Delete');
    await expect.poll(() => grace.locator('[data-testid=outline] li').allTextContents(), SOON).toEqual(['Domain event: Left alone']);
    expect(errors).toEqual([]);
    await ada.close();
    await grace.close();
  });

  it('resizes a sticky by its corner, seen by the other person', async () => {
    const board = await createBoard('Resize', [{ text: 'Grows', x: 100, y: 100 }]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const middle = await onScreen(ada, 180, 160);
    await ada.mouse.click(middle.x, middle.y);
    await screenshot(ada, 'resize-handles');
    await dragFrom(ada, await onScreen(ada, 260, 220), 80, 40);
    await expect.poll(() => attr(grace, 'Grows', 'w'), SOON).toBe(240);
    expect(await attr(grace, 'Grows', 'h')).toBe(160);
    // never smaller than the kind allows
    await dragFrom(ada, await onScreen(ada, 340, 260), -400, -400);
    await expect.poll(() => attr(grace, 'Grows', 'w'), SOON).toBe(100);
    expect(await attr(grace, 'Grows', 'h')).toBe(70);
    await ada.close();
    await grace.close();
  });

  it('zooms to fit the whole wall', async () => {
    const board = await createBoard('Far apart', [
      { text: 'West', x: -2000, y: -1000 },
      { text: 'East', x: 3000, y: 2000 },
    ]);
    const ada = await open(browser, board.links.facilitator);
    // it opens seen whole; at 100 % the wall is larger than the screen: the minimap shows, and a click on it moves
    // the view there
    await ada.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(() => ada.getByTestId('minimap').isVisible(), SOON).toBe(true);
    await screenshot(ada, 'minimap');
    const map = (await ada.getByTestId('minimap').boundingBox())!;
    await ada.mouse.click(map.x + map.width - 8, map.y + map.height - 8);
    await expect.poll(async () => Number(await ada.getByTestId('canvas').getAttribute('data-pan-x')), SOON).toBeLessThan(-1000);
    await ada.getByTestId('zoom-fit').click();
    // everything on screen now: no overview needed
    await expect.poll(() => ada.getByTestId('minimap').isVisible(), SOON).toBe(false);
    const canvas = (await ada.getByTestId('canvas').boundingBox())!;
    for (const [text, x, y] of [['West', -2000, -1000], ['East', 3160, 2120]] as const) {
      const at = await onScreen(ada, x, y);
      expect(at.x, text).toBeGreaterThanOrEqual(canvas.x);
      expect(at.x, text).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(at.y, text).toBeGreaterThanOrEqual(canvas.y);
      expect(at.y, text).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
    expect(await item(ada, 'West').count()).toBe(1);
    await ada.close();
  });

  it('copies stickies with their arrow onto another board, duplicates, and brings to front', async () => {
    const first = await createBoard('Copy from', [
      { text: 'Copied one', x: 100, y: 100 },
      { text: 'Copied two', x: 300, y: 100 },
    ]);
    const second = await createBoard('Paste into', []);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await knowsName(context, 'Ada');
    const ada = await context.newPage();
    const errors = watchErrors(ada);
    await ada.goto(first.links.facilitator);
    await expect.poll(() => ada.getByTestId('connection').textContent(), SOON).toMatch(/^Connected/);
    const one = await onScreen(ada, 180, 160);
    const two = await onScreen(ada, 380, 160);
    await ada.mouse.click(one.x, one.y);
    await dragFrom(ada, { x: one.x + 80, y: one.y }, 200 - 80 + 10, 0); // the round handle: an arrow to the second
    await expect.poll(() => ada.locator('[data-testid=outline] li[data-kind=arrow]').count(), SOON).toBe(1);
    await ada.mouse.click(one.x, one.y);
    await ada.keyboard.down('Shift');
    await ada.mouse.click(two.x, two.y);
    await ada.keyboard.up('Shift');
    await ada.keyboard.press('Control+c');

    const pasteInto = await context.newPage();
    await pasteInto.goto(second.links.facilitator);
    await expect.poll(() => pasteInto.getByTestId('connection').textContent(), SOON).toMatch(/^Connected/);
    const target = await onScreen(pasteInto, 600, 400);
    await pasteInto.mouse.move(target.x, target.y);
    await pasteInto.keyboard.press('Control+v');
    const stored = async () => {
      const response = await fetch(`${BASE_URL}/api/boards/${second.id}`, { headers: { Authorization: `Bearer ${second.tokens.facilitator}` } });
      const board = (await response.json()) as { elements: { kind: string; text: string; x: number; y: number }[] };
      // placed around the pointer, give or take the pixel the pointer sits on
      const near = (v: number) => Math.round(v / 10) * 10;
      return board.elements.map((e) => (e.kind === 'arrow' ? 'arrow' : `${e.text} ${near(e.x)},${near(e.y)}`)).sort();
    };
    await expect.poll(stored, SOON).toEqual(['Copied one 420,340', 'Copied two 620,340', 'arrow']);
    expect(await pasteInto.locator('[data-testid=outline] li[data-kind=arrow]').allTextContents()).toEqual(['Arrow from Copied one to Copied two']);

    // duplicate: a copy beside the original, one undo step removes it again
    await ada.mouse.click(one.x, one.y);
    await ada.keyboard.press('Control+d');
    await expect.poll(() => ada.locator('[data-testid=outline] li[data-kind=event]').filter({ hasText: 'Copied one' }).count(), SOON).toBe(2);
    const xs = await ada.locator('[data-testid=outline] li[data-kind=event]').filter({ hasText: 'Copied one' }).evaluateAll((items) => items.map((i) => i.getAttribute('data-x')));
    expect(xs).toEqual(['100', '130']);

    // the duplicate lies above the original; sending it to the back puts it below, bringing it to the front again above
    const z = async (x: string) => Number(await ada.locator(`[data-testid=outline] li[data-x="${x}"]`).getAttribute('data-z'));
    expect(await z('130')).toBeGreaterThan(await z('100'));
    await ada.keyboard.press('Control+[');
    await expect.poll(async () => (await z('130')) < (await z('100')), SOON).toBe(true);
    await ada.keyboard.press('Control+]');
    await expect.poll(async () => (await z('130')) > (await z('300')), SOON).toBe(true);
    await screenshot(ada, 'duplicated');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("edits an arrow's label in place, seen by the other person", async () => {
    const [left, right] = [crypto.randomUUID(), crypto.randomUUID()];
    const board = await createBoard('Labels', [
      { id: left, text: 'Left', x: 100, y: 100 },
      { id: right, text: 'Right', x: 400, y: 100 },
    ], [{ op: 'create', element: { kind: 'arrow', from: left, to: right } }]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const middle = await onScreen(ada, 330, 160);
    await ada.mouse.dblclick(middle.x, middle.y);
    await ada.getByRole('textbox', { name: 'Arrow label' }).fill('then bills');
    await ada.keyboard.press('Escape');
    await expect.poll(() => grace.locator('[data-testid=outline] li[data-kind=arrow]').allTextContents(), SOON)
      .toEqual(['Arrow from Left to Right: then bills']);
    await screenshot(grace, 'arrow-label');
    await ada.close();
    await grace.close();
  });

  it('creates a sticky where its kind is dropped from the palette, and pans with Space+drag over a sticky', async () => {
    const board = await createBoard('Gestures', [{ text: 'Anchor', x: 100, y: 100 }]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    const canvas = ada.getByTestId('canvas');
    const box = (await canvas.boundingBox())!;
    const drop = await onScreen(ada, 500, 300);
    await ada.locator('.palette [data-kind=command]').dragTo(canvas, { targetPosition: { x: drop.x - box.x, y: drop.y - box.y } });
    await ada.getByRole('textbox').fill('Place Order');
    await ada.keyboard.press('Escape');
    // centred where it was dropped (to the pixel the pointer was on)
    await expect.poll(() => item(grace, 'Place Order').count(), SOON).toBe(1);
    expect(Math.abs((await attr(grace, 'Place Order', 'x')) - (500 - 80))).toBeLessThanOrEqual(1);
    expect(Math.abs((await attr(grace, 'Place Order', 'y')) - (300 - 60))).toBeLessThanOrEqual(1);
    expect(await item(grace, 'Place Order').getAttribute('data-kind')).toBe('command');

    const panX = async (): Promise<number> => Number(await canvas.getAttribute('data-pan-x'));
    const before = await panX();
    await ada.keyboard.down('Space');
    await dragFrom(ada, await onScreen(ada, 180, 160), -150, -80);
    await ada.keyboard.up('Space');
    expect(await panX()).toBe(before - 150);
    // the drag began over the sticky, yet only the view moved
    expect(await attr(ada, 'Anchor', 'x')).toBe(100);
    // without Space, the same drag moves the sticky again
    await dragFrom(ada, await onScreen(ada, 180, 160), 40, 0);
    await expect.poll(() => attr(grace, 'Anchor', 'x'), SOON).toBe(140);
    expect(errors).toEqual([]);
    await ada.close();
    await grace.close();
  });
});
