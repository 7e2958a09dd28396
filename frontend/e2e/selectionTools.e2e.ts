import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchErrors } from './browser';
import { arrows, attr, createBoard, dragFrom, item, onScreen, open, SOON } from './wall';

/** The toolbar's buttons showing now, by test id. */
async function tools(page: Page): Promise<string[]> {
  return page.locator('[data-testid=selection-toolbar] button:visible').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid') ?? ''));
}

async function clickAt(page: Page, x: number, y: number, modifiers: ('Shift')[] = []): Promise<void> {
  const at = await onScreen(page, x, y);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at.x, at.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

describe('the selection toolbar, arrows, corners and the minimap', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('brings a sticky to the front, duplicates and deletes it from the toolbar, seen by the other person', async () => {
    const board = await createBoard('Toolbar', [
      { text: 'Under', x: 100, y: 200 },
      { text: 'Over', x: 200, y: 260 },
    ]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    const toolbar = ada.getByTestId('selection-toolbar');
    expect(await toolbar.isVisible()).toBe(false);

    await clickAt(ada, 140, 230);
    await expect.poll(() => tools(ada), SOON).toEqual(['toolbar-edit', 'toolbar-fields', 'toolbar-duplicate', 'toolbar-front', 'toolbar-back', 'toolbar-delete']);
    await screenshot(ada, 'selection-toolbar');
    // just above the sticky, over its middle, leaving the sticky itself free
    const bar = (await toolbar.boundingBox())!;
    const top = await onScreen(ada, 100, 200);
    expect(bar.y + bar.height).toBeLessThanOrEqual(top.y);
    expect(bar.y + bar.height).toBeGreaterThan(top.y - 40);
    expect(await ada.getByTestId('toolbar-front').getAttribute('title')).toBe('Bring to front (Ctrl+])');
    expect(await ada.getByTestId('toolbar-duplicate').getAttribute('title')).toBe('Duplicate (Ctrl+D)');

    const under = () => attr(grace, 'Under', 'z');
    const over = () => attr(grace, 'Over', 'z');
    await ada.getByTestId('toolbar-front').click();
    await expect.poll(async () => (await under()) > (await over()), SOON).toBe(true);
    // one undo step takes it back
    await ada.keyboard.press('Control+z');
    await expect.poll(async () => (await under()) < (await over()), SOON).toBe(true);

    // by keyboard: the arrow keys go from button to button (without nudging the sticky), Enter presses one
    await ada.getByTestId('toolbar-edit').focus();
    await ada.keyboard.press('ArrowRight');
    await ada.keyboard.press('ArrowRight');
    await ada.keyboard.press('ArrowRight');
    await expect.poll(() => ada.evaluate(() => document.activeElement?.getAttribute('data-testid')), SOON).toBe('toolbar-front');
    await screenshot(ada, 'selection-toolbar-focus');
    await ada.keyboard.press('Enter');
    await expect.poll(async () => (await under()) > (await over()), SOON).toBe(true);
    expect(await attr(grace, 'Under', 'x')).toBe(100);
    expect(await ada.getByRole('textbox', { name: 'Sticky text' }).count()).toBe(0);

    await ada.getByTestId('toolbar-duplicate').click();
    await expect.poll(() => item(grace, 'Under').count(), SOON).toBe(2);
    // the copy is selected now: deleting removes it, the original stays
    await ada.getByTestId('toolbar-delete').click();
    await expect.poll(() => item(grace, 'Under').count(), SOON).toBe(1);
    expect(await attr(grace, 'Under', 'x')).toBe(100);
    await expect.poll(() => toolbar.isVisible(), SOON).toBe(false);

    // editing text: the toolbar gets out of the way until the text is done
    await clickAt(ada, 140, 230);
    await ada.getByTestId('toolbar-edit').click();
    await ada.getByRole('textbox', { name: 'Sticky text' }).fill('Under, renamed');
    expect(await toolbar.isVisible()).toBe(false);
    await ada.keyboard.press('Escape');
    await expect.poll(() => item(grace, 'Under, renamed').count(), SOON).toBe(1);
    await expect.poll(() => toolbar.isVisible(), SOON).toBe(true);

    // an observer selects but gets no toolbar: there is nothing they may change
    const watcher = await open(browser, board.links.observer);
    await clickAt(watcher, 140, 230);
    expect(await watcher.getByTestId('selection-toolbar').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close(), watcher.close()]);
  });

  it('selects an arrow by clicking it, deletes it and brings it back, seen by the other person', async () => {
    const [left, right] = [crypto.randomUUID(), crypto.randomUUID()];
    const board = await createBoard('Arrows', [
      { id: left, text: 'Left', x: 100, y: 100 },
      { id: right, text: 'Right', x: 400, y: 100 },
    ], [{ op: 'create', element: { kind: 'arrow', from: left, to: right, label: 'pays' } }]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];

    // the arrow runs from (260, 160) to (400, 160)
    await clickAt(ada, 300, 161);
    await expect.poll(() => tools(ada), SOON).toEqual(['toolbar-edit', 'toolbar-delete']);
    expect(await ada.getByTestId('toolbar-edit').getAttribute('title')).toBe('Edit label (Enter)');
    await screenshot(ada, 'selected-arrow');
    await ada.keyboard.press('Delete');
    await expect.poll(() => arrows(grace), SOON).toEqual([]);
    expect(await item(grace, 'Left').count()).toBe(1);
    await ada.keyboard.press('Control+z');
    await expect.poll(() => arrows(grace), SOON).toEqual(['Arrow from Left to Right: pays']);

    // Enter edits the selected arrow's label
    await clickAt(ada, 300, 161);
    await ada.keyboard.press('Enter');
    const label = ada.getByRole('textbox', { name: 'Arrow label' });
    expect(await label.inputValue()).toBe('pays');
    await label.fill('pays the bill');
    await ada.keyboard.press('Escape');
    await expect.poll(() => arrows(grace), SOON).toEqual(['Arrow from Left to Right: pays the bill']);

    // Shift+click adds the arrow to a sticky; both go together and come back together
    await clickAt(ada, 180, 200);
    await clickAt(ada, 300, 161, ['Shift']);
    await expect.poll(() => tools(ada), SOON).toEqual(['toolbar-duplicate', 'toolbar-front', 'toolbar-back', 'toolbar-delete']);
    await ada.getByTestId('toolbar-delete').click();
    await expect.poll(() => grace.locator('[data-testid=outline] li').allTextContents(), SOON).toEqual(['Domain event: Right']);
    await ada.keyboard.press('Control+z');
    await expect.poll(() => arrows(grace), SOON).toEqual(['Arrow from Left to Right: pays the bill']);
    expect(await item(grace, 'Left').count()).toBe(1);

    // a click on empty wall lets go of the arrow
    await clickAt(ada, 300, 400);
    await expect.poll(() => ada.getByTestId('selection-toolbar').isVisible(), SOON).toBe(false);
    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('resizes from the top-left corner, the opposite corner staying put, seen by the other person', async () => {
    const board = await createBoard('Corners', [{ text: 'Corner', x: 300, y: 300 }]);
    const ada = await open(browser, board.links.facilitator);
    const grace = await open(browser, board.links.participant);
    const box = async () => Promise.all(['x', 'y', 'w', 'h'].map((a) => attr(grace, 'Corner', a)));
    await clickAt(ada, 380, 360);
    const toolbar = ada.getByTestId('selection-toolbar');
    await expect.poll(() => toolbar.isVisible(), SOON).toBe(true);
    // the toolbar keeps out of the way while the corner is dragged
    const corner = await onScreen(ada, 300, 300);
    await ada.mouse.move(corner.x, corner.y);
    await ada.mouse.down();
    await ada.mouse.move(corner.x - 30, corner.y - 20, { steps: 5 });
    expect(await toolbar.isVisible()).toBe(false);
    await ada.mouse.move(corner.x - 60, corner.y - 40, { steps: 5 });
    await ada.mouse.up();
    await expect.poll(box, SOON).toEqual([240, 260, 220, 160]);
    expect(await toolbar.isVisible()).toBe(true);
    await screenshot(ada, 'resized-top-left');
    // dragged past the far corner: stops at the kind's minimum, the bottom-right corner where it was
    await dragFrom(ada, await onScreen(ada, 240, 260), 400, 400);
    await expect.poll(box, SOON).toEqual([360, 350, 100, 70]);
    // and the bottom-left corner, for good measure
    await dragFrom(ada, await onScreen(ada, 360, 420), -40, 30);
    await expect.poll(box, SOON).toEqual([320, 350, 140, 100]);
    await Promise.all([ada.close(), grace.close()]);
  });

  it('hides and shows the minimap by its button and the M key, remembered across a reload', async () => {
    const board = await createBoard('Map', [
      { text: 'West', x: -2000, y: -1000 },
      { text: 'East', x: 3000, y: 2000 },
    ]);
    const ada = await open(browser, board.links.facilitator);
    const errors = watchErrors(ada);
    const map = ada.getByTestId('minimap');
    const toggle = ada.getByTestId('minimap-toggle');
    // the wall opens seen whole, where no map is needed: at 100 % most of it is off screen
    const closeUp = () => ada.getByRole('button', { name: 'Reset zoom' }).click();
    await closeUp();
    await expect.poll(() => map.isVisible(), SOON).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => map.isVisible(), SOON).toBe(false);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    await ada.reload();
    await expect.poll(() => ada.getByTestId('canvas').getAttribute('data-drawn'), SOON).toBe('2');
    await closeUp();
    expect(await map.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    // the key is in the help's table of shortcuts
    await ada.keyboard.press('?');
    await expect.poll(() => ada.getByTestId('help').textContent(), SOON).toContain('M, the Map buttonshow or hide the minimap');
    await ada.keyboard.press('Escape');
    await ada.keyboard.press('m');
    await expect.poll(() => map.isVisible(), SOON).toBe(true);
    await ada.reload();
    await expect.poll(() => ada.getByTestId('canvas').getAttribute('data-drawn'), SOON).toBe('2');
    await closeUp();
    await expect.poll(() => map.isVisible(), SOON).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await ada.close();
  });

  it('opens a link to one sticky with that sticky in the middle of the screen and selected, and a plain link on the whole wall', async () => {
    const far = crypto.randomUUID();
    const board = await createBoard('Pointed', [
      { text: 'Near', x: 0, y: 0 },
      { text: 'Far away', x: 6000, y: 3000, id: far },
    ]);
    const ada = await open(browser, `${board.links.participant}&e=${far}`);
    const errors = watchErrors(ada);
    const box = (await ada.getByTestId('canvas').boundingBox())!;
    const centre = await onScreen(ada, 6000 + 80, 3000 + 50);
    // in the middle of the screen: within a tenth of its size of the centre
    expect(Math.abs(centre.x - (box.x + box.width / 2))).toBeLessThan(box.width / 10);
    expect(Math.abs(centre.y - (box.y + box.height / 2))).toBeLessThan(box.height / 10);
    await expect.poll(() => tools(ada), SOON).toContain('toolbar-delete');
    await screenshot(ada, 'pointed-sticky');

    const grace = await open(browser, board.links.participant);
    const near = await onScreen(grace, 0, 0);
    const farCorner = await onScreen(grace, 6000 + 160, 3000 + 100);
    const whole = (await grace.getByTestId('canvas').boundingBox())!;
    for (const point of [near, farCorner]) {
      expect(point.x).toBeGreaterThanOrEqual(whole.x);
      expect(point.x).toBeLessThanOrEqual(whole.x + whole.width);
      expect(point.y).toBeGreaterThanOrEqual(whole.y);
      expect(point.y).toBeLessThanOrEqual(whole.y + whole.height);
    }
    expect(await grace.getByTestId('selection-toolbar').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await ada.close();
    await grace.close();
  });
});
