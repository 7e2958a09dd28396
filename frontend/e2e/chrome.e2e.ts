import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, personPage, screenshot, watchErrors } from './browser';
import { createBoard, newBoard, item, onScreen, open, SOON, type Board } from './wall';

/** A board of a session format with these events on it, written by its facilitator through the REST API. */
async function boardWithEvents(title: string, format: string, events: { text: string; x: number; y: number }[]): Promise<Board> {
  const board = await newBoard(title, format);
  const written = await fetch(`${BASE_URL}/api/boards/${board.id}/ops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.facilitator}` },
    body: JSON.stringify({ clientOpId: crypto.randomUUID(), ops: events.map((e) => ({ op: 'create', element: { kind: 'event', ...e } })) }),
  });
  expect(written.status).toBe(200);
  return board;
}

/** Where the wall sits on the page: it must not move while the bars around it change. */
async function wallBox(page: Page): Promise<string> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  return [box.x, box.y, box.width, box.height].map(Math.round).join(' ');
}

async function centreOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const [x, y, w, h] = await Promise.all(['x', 'y', 'w', 'h'].map(async (a) => Number(await item(page, text).getAttribute(`data-${a}`))));
  return onScreen(page, x! + w! / 2, y! + h! / 2);
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Sticky text' });

/** What on a bar is cut off at its end or drawn over the item before it, by class; empty when all shows. */
async function fitsItsBar(page: Page, bar: string): Promise<string[]> {
  return page.locator(bar).evaluate((node) => {
    const right = node.getBoundingClientRect().right;
    const shown = [...node.children].filter((child) => child.getBoundingClientRect().width > 0);
    return shown.flatMap((child, i) => {
      const box = child.getBoundingClientRect();
      const before = i > 0 ? shown[i - 1]!.getBoundingClientRect() : null;
      const name = child.className || child.tagName;
      // the phase's name may stand out of its title's box: what counts is where its text ends
      const ends = Math.max(...[before, ...(i > 0 ? [...shown[i - 1]!.querySelectorAll('.phase-name')].map((n) => n.getBoundingClientRect()) : [])]
        .map((b) => b?.right ?? -Infinity));
      return [...(box.right > right + 0.5 ? [`${name} cut off`] : []), ...(ends > box.left + 0.5 ? [`${name} overlapped`] : [])];
    });
  });
}

describe('the wall around the canvas', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    [1440, 900],
    [1280, 800],
  ])('never moves the wall at %i×%i: timer running, all kinds unlocked, offline with edits waiting', async (width, height) => {
    const board = await newBoard('Monthly subscription box with pausing, retries and refunds — a whole day', 'process-level');
    const viewport = { viewport: { width, height } };
    const facilitator = await personPage(browser, 'Ada Lovelace', viewport);
    const participant = await personPage(browser, 'Grace Hopper', viewport);
    const errors = [...watchErrors(facilitator), ...watchErrors(participant)];
    for (const [page, link] of [[facilitator, board.links.facilitator], [participant, board.links.participant]] as const) {
      await page.goto(link);
      await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
    }
    await expect.poll(() => participant.locator('.palette [data-kind=command]').getAttribute('aria-disabled'), SOON).toBe('true');
    const before = [await wallBox(facilitator), await wallBox(participant)];

    await facilitator.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => participant.getByTestId('timer').textContent(), SOON).toMatch(/\d:\d\d/);
    await facilitator.getByTitle('Lift or restore gating').click();
    await expect.poll(() => participant.locator('.palette [data-kind=command]').getAttribute('aria-disabled'), SOON).toBe('false');
    await participant.context().setOffline(true);
    await expect.poll(() => participant.getByTestId('connection').textContent(), SOON).toMatch(/^Offline/);
    await participant.keyboard.press('e');
    await editor(participant).fill('Written off line');
    await participant.keyboard.press('Escape');
    await expect.poll(() => participant.getByTestId('connection').textContent(), SOON).toMatch(/^Offline · \d+ edits? not yet saved$/);
    await facilitator.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => facilitator.getByTestId('phase').textContent(), SOON).toContain('2/8');

    await screenshot(facilitator, `steady-facilitator-${width}`);
    await screenshot(participant, `steady-participant-${width}`);
    expect([await wallBox(facilitator), await wallBox(participant)]).toEqual(before);
    expect((await facilitator.locator('.phase-bar').boundingBox())!.height).toBeLessThanOrEqual(41);
    expect((await participant.locator('.board-bar').boundingBox())!.height).toBeLessThanOrEqual(49);
    // and everything on the bars is on screen, nothing drawn over its neighbour
    for (const [page, bar] of [[facilitator, '.phase-bar'], [facilitator, '.board-bar'], [participant, '.phase-bar'], [participant, '.board-bar']] as const) {
      expect(await fitsItsBar(page, bar), `${bar} at ${width}`).toEqual([]);
    }

    await participant.context().setOffline(false);
    await expect.poll(() => item(facilitator, 'Written off line').count(), { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
    await facilitator.close();
    await participant.close();
  });

  it('shows the facilitator a short title whole at 1440×900, and opens the bar’s menus over the coach’s panel', async () => {
    const board = await createBoard('Parcel delivery', [{ text: 'Parcel Scans', x: 100, y: 100 }]);
    const ada = await personPage(browser, 'Ada Lovelace', { viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(ada);
    await ada.goto(board.links.facilitator);
    await expect.poll(() => ada.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
    const title = ada.getByTestId('board-title');
    expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth), 'the title is not cut').toBe(true);

    await ada.getByTestId('coach-toggle').click();
    await expect.poll(() => ada.getByTestId('coach-panel').isVisible(), SOON).toBe(true);
    await ada.getByTestId('export-button').click();
    for (const label of ['Download JSON (re-importable)', 'Markdown report', 'Hotspot owners (CSV)']) {
      const box = (await ada.getByRole('menuitem', { name: label }).boundingBox())!;
      const onTop = await ada.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('#export-menu') !== null, [box.x + box.width / 2, box.y + box.height / 2]);
      expect(onTop, label).toBe(true);
    }
    expect(errors).toEqual([]);
    await ada.close();
  });

  it('shows a frozen wall as frozen: no palette, no ghost sticky, no editor, no Delete, and says so over the wall', async () => {
    const board = await createBoard('Frozen wall', [{ text: 'Order Placed', x: 100, y: 100 }]);
    const facilitator = await open(browser, board.links.facilitator, 'Ada Lovelace');
    const participant = await open(browser, board.links.participant, 'Grace Hopper');
    const errors = [...watchErrors(facilitator), ...watchErrors(participant)];

    await facilitator.getByTitle('Freeze or thaw the wall').click();
    await expect.poll(() => participant.getByTestId('frozen-note').textContent(), SOON).toBe('The wall is frozen: only the facilitator can edit it now.');
    expect(await facilitator.getByTestId('frozen-note').textContent()).toBe('The wall is frozen: only you can edit it until you thaw it.');
    const event = participant.locator('.palette [data-kind=event]');
    expect(await event.getAttribute('aria-disabled')).toBe('true');
    expect(await event.getAttribute('title')).toContain('frozen');

    // a key press makes no sticky that the server would then refuse
    await participant.keyboard.press('e');
    expect(await editor(participant).count()).toBe(0);
    expect(await participant.locator('[data-testid=outline] li').count()).toBe(1);

    const sticky = await centreOf(participant, 'Order Placed');
    await participant.mouse.click(sticky.x, sticky.y);
    await participant.mouse.dblclick(sticky.x, sticky.y);
    expect(await editor(participant).count()).toBe(0);
    expect(await participant.getByTestId('toolbar-delete').isVisible()).toBe(false);
    await participant.keyboard.press('Delete');
    await screenshot(participant, 'frozen-wall-participant');

    // the facilitator still edits; the participant sees it, and the sticky the participant aimed Delete at is still there
    await facilitator.keyboard.press('e');
    await editor(facilitator).fill('Written while frozen');
    await facilitator.keyboard.press('Escape');
    await expect.poll(() => item(participant, 'Written while frozen').count(), SOON).toBe(1);
    expect(await item(participant, 'Order Placed').count()).toBe(1);

    await facilitator.getByTitle('Freeze or thaw the wall').click();
    await expect.poll(() => participant.getByTestId('frozen-note').textContent(), SOON).toBe('');
    expect(await event.getAttribute('aria-disabled')).toBe('false');
    expect(errors).toEqual([]);
    await facilitator.close();
    await participant.close();
  });

  it('shows a frozen kind as frozen: its stickies get no editor or Delete, and the reason is given', async () => {
    const board = await boardWithEvents('Frozen events', 'architecture', [{ text: 'Invoice Raised', x: 100, y: 100 }]);
    const facilitator = await open(browser, board.links.facilitator, 'Ada Lovelace');
    const participant = await open(browser, board.links.participant, 'Grace Hopper');
    const errors = [...watchErrors(facilitator), ...watchErrors(participant)];

    await facilitator.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => participant.getByTestId('frozen-note').textContent(), SOON).toBe(
      'Domain events, Commands and Actors are frozen since phase 2: only the facilitator can change them now.');
    expect(await participant.locator('.palette [data-kind=event]').getAttribute('aria-disabled')).toBe('true');

    const sticky = await centreOf(participant, 'Invoice Raised');
    await participant.mouse.click(sticky.x, sticky.y);
    await expect.poll(() => participant.getByTestId('toolbar-frozen').isVisible(), SOON).toBe(true);
    expect(await participant.getByTestId('toolbar-delete').isVisible()).toBe(false);
    expect(await participant.getByTestId('toolbar-edit').isVisible()).toBe(false);
    await participant.mouse.dblclick(sticky.x, sticky.y);
    expect(await editor(participant).count()).toBe(0);
    await expect.poll(() => participant.getByTestId('notice').textContent(), SOON).toContain('Domain events are frozen since phase 2');
    await participant.keyboard.press('Delete');
    await screenshot(participant, 'frozen-kind-participant');

    // the facilitator may still change it: Grace sees Ada's edit, and her Delete removed nothing
    const own = await centreOf(facilitator, 'Invoice Raised');
    await facilitator.mouse.dblclick(own.x, own.y);
    await editor(facilitator).fill('Invoice Issued');
    await facilitator.keyboard.press('Escape');
    await expect.poll(() => item(participant, 'Invoice Issued').count(), SOON).toBe(1);
    expect(errors).toEqual([]);
    await facilitator.close();
    await participant.close();
  });

  it('Ctrl+F selects the last search, help opens at its top, a locked kind says when it unlocks', async () => {
    const board = await boardWithEvents('Small things', 'process-level', [
      { text: 'Order Placed', x: 100, y: 100 },
      { text: 'Box Shipped', x: 400, y: 100 },
    ]);
    const facilitator = await open(browser, board.links.facilitator, 'Ada Lovelace');
    const participant = await open(browser, board.links.participant, 'Grace Hopper');
    const errors = [...watchErrors(facilitator), ...watchErrors(participant)];
    const find = participant.getByRole('searchbox', { name: 'Find a sticky' });

    await participant.keyboard.press('Control+f');
    await participant.keyboard.type('Order');
    await participant.keyboard.press('Enter');
    await participant.getByTestId('canvas').click({ position: { x: 900, y: 600 } });
    await participant.keyboard.press('Control+f');
    await participant.keyboard.type('Box');
    expect(await find.inputValue()).toBe('Box');

    await participant.getByTestId('canvas').click({ position: { x: 900, y: 600 } });
    await participant.keyboard.press('?');
    const help = participant.getByTestId('help');
    await expect.poll(() => help.isVisible(), SOON).toBe(true);
    const scroll = await help.evaluate((d) => ({ top: d.scrollTop, overflows: d.scrollHeight > d.clientHeight }));
    expect(scroll).toEqual({ top: 0, overflows: true });
    await screenshot(participant, 'help-opened');
    await participant.keyboard.press('Escape');

    // a click on a locked kind says why and when it opens, instead of nothing
    // (forced: the button is aria-disabled, which a browser test would otherwise refuse to click, but a person can)
    await participant.locator('.palette [data-kind=command]').click({ force: true });
    await expect.poll(() => participant.getByTestId('notice').textContent(), SOON).toContain('unlocks in phase 3: Commands and actors');
    expect(await editor(participant).count()).toBe(0);
    await facilitator.locator('.palette [data-kind=command]').click({ force: true });
    await expect.poll(() => facilitator.getByTestId('notice').textContent(), SOON).toContain('unlocks in phase 3');
    expect(errors).toEqual([]);
    await facilitator.close();
    await participant.close();
  });

  it('tells a participant whose link was replaced that it no longer works, instead of a normal-looking wall', async () => {
    const board = await createBoard('Rotated away', [{ text: 'Order Placed', x: 100, y: 100 }]);
    const facilitator = await open(browser, board.links.facilitator, 'Ada Lovelace');
    const participant = await open(browser, board.links.participant, 'Grace Hopper');
    expect(await participant.getByTestId('link-gone').isVisible()).toBe(false);

    const rotated = await fetch(`${BASE_URL}/api/boards/${board.id}/links/participant/rotate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${board.tokens.facilitator}` },
    });
    expect(rotated.status).toBe(200);
    await expect.poll(() => participant.getByTestId('link-gone').isVisible(), SOON).toBe(true);
    expect(await participant.getByTestId('link-gone').textContent()).toContain('This link no longer works');
    await screenshot(participant, 'link-rotated-away');

    // nothing on the wall pretends to work: a key press makes no sticky
    await participant.keyboard.press('e');
    expect(await editor(participant).count()).toBe(0);
    expect(await facilitator.getByTestId('connection').textContent()).toMatch(/^Connected/);
    expect(await facilitator.getByTestId('link-gone').isVisible()).toBe(false);
    await facilitator.close();
    await participant.close();
  });
});
