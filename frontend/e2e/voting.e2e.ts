import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, knowsName, launchChromium, screenshot, watchErrors } from './browser';
import { colourAt, connected, createBoard, fit, onScreen, open, rectOf, SOON, zoom, clickOn, type Board } from './wall';
import { voteDots } from '../src/render/voteDots';
import type { WireElement } from '../src/sync/protocol';

/** Where a sticky's next dot goes ("+"), or its n-th own dot (0-based), on screen, as the page draws them. */
async function dot(page: Page, text: string, mine: number, which: 'add' | number): Promise<{ x: number; y: number }> {
  const rect = await rectOf(page, text);
  const scale = await zoom(page);
  const element = { id: text, kind: 'event', ...rect } as unknown as WireElement;
  const dots = voteDots({
    state: 'open', elements: [element], votable: () => true, mine: new Map([[text, mine]]), canAdd: true, tally: new Map(),
    visible: { x: rect.x - 10, y: rect.y - 10, w: rect.w + 20, h: rect.h + 20 }, scale,
  });
  const wanted = which === 'add' ? dots.find((d) => d.kind === 'add') : dots.filter((d) => d.kind === 'mine')[which];
  return onScreen(page, wanted!.x, wanted!.y);
}

/** One more tab on a device (a browser context), once its wall is drawn. */
async function openIn(device: BrowserContext, link: string, sent: string[] = []): Promise<Page> {
  const page = await device.newPage();
  // what the tab tells the server, from its first frame on
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => {
    if (typeof payload === 'string') sent.push(payload);
  }));
  await page.goto(link);
  await connected(page);
  await expect.poll(() => page.getByTestId('canvas').getAttribute('data-drawn'), SOON).not.toBeNull();
  return page;
}

async function voteOn(page: Page, text: string, mine: number): Promise<void> {
  const at = await dot(page, text, mine, 'add');
  await page.mouse.click(at.x, at.y);
}

function left(page: Page): Promise<string | null> {
  return page.getByTestId('votes-left').textContent();
}

async function votes(board: Board, token: string): Promise<Response> {
  return fetch(`${BASE_URL}/api/boards/${board.id}/votes`, { headers: { Authorization: `Bearer ${token}` } });
}

describe('dot voting', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets three people vote unseen by each other, then shows everyone the tally and the ranking', async () => {
    const board = await createBoard('Checkout hotspots', [
      { text: 'Order Placed', x: 0, y: 0 },
      { text: 'Payment Failed', x: 220, y: 0 },
      { text: 'Invoice Sent', x: 440, y: 0 },
      { text: 'Who refunds a failed payment?', x: 220, y: 180, kind: 'hotspot' },
    ]);
    const grace = await open(browser, board.links.facilitator, 'Grace');
    // Ada's device, on which she opens a second tab later
    const adasDevice = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await knowsName(adasDevice, 'Ada');
    const adaSent: string[] = [];
    const ada = await openIn(adasDevice, board.links.participant, adaSent);
    const bob = await open(browser, board.links.participant, 'Bob');
    const errors = [...watchErrors(grace), ...watchErrors(ada), ...watchErrors(bob)];
    for (const page of [grace, ada, bob]) await fit(page);

    // only the facilitator can start a round
    expect(await ada.getByTestId('voting-setup').isVisible()).toBe(false);
    await grace.getByTestId('voting-setup').click();
    await grace.getByTestId('voting-count').fill('3');
    await grace.getByTestId('voting-start').click();
    for (const page of [grace, ada, bob]) await expect.poll(() => page.getByTestId('voting-panel').isVisible(), SOON).toBe(true);
    await expect.poll(() => left(ada), SOON).toBe('3 of 3 votes left');

    // Ada stacks two dots on one sticky with its "+", and puts her last on another with V
    await voteOn(ada, 'Order Placed', 0);
    await expect.poll(() => left(ada), SOON).toBe('2 of 3 votes left');
    // from here on, while the round is open, where Ada's pointer goes is nobody's business: it would tell her dots
    const whileOpen = adaSent.length;
    await voteOn(ada, 'Order Placed', 1);
    await expect.poll(() => left(ada), SOON).toBe('1 of 3 votes left');
    const failed = await rectOf(ada, 'Payment Failed');
    await clickOn(ada, failed.x + failed.w / 2, failed.y + failed.h / 3);
    await ada.keyboard.press('v');
    await expect.poll(() => left(ada), SOON).toBe('0 of 3 votes left');

    await voteOn(bob, 'Invoice Sent', 0);
    await expect.poll(() => left(bob), SOON).toBe('2 of 3 votes left');
    await voteOn(bob, 'Order Placed', 0);
    await expect.poll(() => left(bob), SOON).toBe('1 of 3 votes left');
    // a click on a dot selects nothing: a selection, which everyone sees, would tell where Bob voted
    expect(await bob.getByTestId('selection-toolbar').isVisible()).toBe(false);

    // the facilitator sees who has voted how much, not where; nobody sees Ada's dots but Ada
    await expect.poll(() => grace.getByTestId('voting-people').textContent(), SOON).toBe('Ada: 3 of 3Bob: 2 of 3Grace: 0 of 3');
    const adasDot = await dot(ada, 'Payment Failed', 1, 0);
    const rect = await rectOf(ada, 'Payment Failed');
    const wallPoint = { x: rect.x + (adasDot.x - (await onScreen(ada, rect.x, rect.y)).x) / (await zoom(ada)), y: 0 };
    wallPoint.y = rect.y + (adasDot.y - (await onScreen(ada, rect.x, rect.y)).y) / (await zoom(ada));
    const onAda = await colourAt(ada, wallPoint.x, wallPoint.y);
    const onBob = await colourAt(bob, wallPoint.x, wallPoint.y);
    expect(onBob).not.toEqual(onAda);
    expect((await votes(board, board.tokens.participant)).status).toBe(409);
    await screenshot(ada, 'voting-open-participant');
    await screenshot(grace, 'voting-open-facilitator');

    // clicking her own dot takes it back
    const own = await dot(ada, 'Payment Failed', 1, 0);
    await ada.mouse.click(own.x, own.y);
    await expect.poll(() => left(ada), SOON).toBe('1 of 3 votes left');
    await voteOn(ada, 'Who refunds a failed payment?', 0);
    await expect.poll(() => left(ada), SOON).toBe('0 of 3 votes left');

    // a second tab of Ada's is Ada: her dots and her spent budget come with it
    const adaAgain = await openIn(adasDevice, board.links.participant);
    await expect.poll(() => left(adaAgain), SOON).toBe('0 of 3 votes left');
    await adaAgain.close();

    const cursorsSent = (from: number, to = adaSent.length): unknown[] => adaSent.slice(from, to)
      .map((text) => JSON.parse(text) as { type: string; cursor?: unknown })
      .filter((message) => message.type === 'presence').map((message) => message.cursor);
    const openCursors = cursorsSent(whileOpen);
    expect(openCursors.length).toBeGreaterThan(0);
    expect(openCursors.every((cursor) => cursor === null)).toBe(true);

    // the reveal: every screen ranks the stickies by their votes
    await grace.getByTestId('voting-reveal').click();
    // with the round revealed, Ada's cursor is shown again as she moves
    await expect.poll(() => ada.getByTestId('votes-left').isVisible(), SOON).toBe(false);
    const afterReveal = adaSent.length;
    const box = await ada.getByTestId('canvas').boundingBox();
    await ada.mouse.move((box?.x ?? 0) + 300, (box?.y ?? 0) + 300, { steps: 3 });
    await expect.poll(() => cursorsSent(afterReveal).some((cursor) => cursor !== null), SOON).toBe(true);
    for (const page of [grace, ada, bob]) {
      // stickies with equal votes share a rank, in no order of their own
      const ranked = async (): Promise<string[]> => {
        const [first, ...tied] = await page.getByTestId('voting-ranking').locator('li').allTextContents();
        return [first ?? '', ...tied.sort()];
      };
      await expect.poll(ranked, SOON).toEqual(['13Order Placed', '21Invoice Sent', '21Who refunds a failed payment?']);
    }
    expect(await bob.getByTestId('votes-left').isVisible()).toBe(false);
    const tally = (await (await votes(board, board.tokens.observer)).json()) as { tally: { votes: number }[] };
    expect(tally.tally.map((t) => t.votes)).toEqual([3, 1, 1]);
    for (const page of [grace, bob]) await page.keyboard.press('Escape');
    await screenshot(grace, 'voting-revealed-facilitator');
    await screenshot(bob, 'voting-revealed-participant');

    const report = await (await fetch(`${BASE_URL}/api/boards/${board.id}/export.md`, { headers: { Authorization: `Bearer ${board.tokens.facilitator}` } })).text();
    expect(report).toContain('## 11. Dot voting');
    expect(report).toMatch(/\| 1 \| Order Placed \| event \| 3 \|/);

    await grace.getByTestId('voting-close').click();
    for (const page of [grace, ada, bob]) await expect.poll(() => page.getByTestId('voting-panel').isVisible(), SOON).toBe(false);
    expect(errors).toEqual([]);
    await adasDevice.close();
  });

  it('shows an observer the round but gives them nothing to vote with', async () => {
    const board = await createBoard('Watching', [{ text: 'Order Placed', x: 0, y: 0 }]);
    await fetch(`${BASE_URL}/api/boards/${board.id}/voting`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.facilitator}` },
      body: JSON.stringify({ action: 'open', votesPerPerson: 2 }),
    });
    const watcher = await open(browser, board.links.observer, 'Watcher');
    await expect.poll(() => watcher.getByTestId('voting-panel').isVisible(), SOON).toBe(true);
    expect(await watcher.getByTestId('votes-left').isVisible()).toBe(false);
    const sticky = await rectOf(watcher, 'Order Placed');
    await clickOn(watcher, sticky.x + sticky.w / 2, sticky.y + sticky.h / 2);
    await watcher.keyboard.press('v');
    const read = await fetch(`${BASE_URL}/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.tokens.facilitator}` } });
    expect(((await read.json()) as { voting: { used: unknown[] } }).voting.used).toEqual([]);
  });
});
