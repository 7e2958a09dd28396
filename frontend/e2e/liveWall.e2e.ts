import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, watchErrors } from './browser';
// SOON is a deadline for the condition, not a latency claim: fan-out latency is measured by the benchmark (docs/performance.md)
import { editor, newBoard, open, SOON } from './wall';

function outline(page: Page) {
  return page.locator('[data-testid=outline] li');
}

async function stickyBox(page: Page, text: string) {
  const item = outline(page).filter({ hasText: new RegExp(`: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  const [x, y] = await Promise.all([item.getAttribute('data-x'), item.getAttribute('data-y')]);
  const canvas = await page.locator('[data-testid=canvas]').boundingBox();
  return { x: (canvas?.x ?? 0) + Number(x), y: (canvas?.y ?? 0) + Number(y) };
}

async function drag(page: Page, text: string, dx: number, dy: number): Promise<void> {
  const at = await stickyBox(page, text);
  await page.mouse.move(at.x + 80, at.y + 70);
  await page.mouse.down();
  await page.mouse.move(at.x + 80 + dx / 2, at.y + 70 + dy / 2, { steps: 5 });
  await page.mouse.move(at.x + 80 + dx, at.y + 70 + dy, { steps: 5 });
  await page.mouse.up();
}

describe('the live wall in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows one person's creates, edits, moves and deletes to another live", async () => {
    const { links } = await newBoard('Two people');
    const ada = await open(browser, links.facilitator);
    const grace = await open(browser, links.participant);
    const errors = [...watchErrors(ada), ...watchErrors(grace)];

    await ada.getByRole('button', { name: /Domain event/ }).click();
    await ada.getByRole('textbox', { name: 'Sticky text' }).fill('Order Placed');
    await ada.keyboard.press('Escape');
    await expect.poll(() => outline(grace).allTextContents(), SOON).toEqual(['Domain event: Order Placed']);

    const from = await stickyBox(ada, 'Order Placed');
    await ada.mouse.move(from.x + 80, from.y + 70);
    await ada.mouse.down();
    await ada.mouse.move(from.x + 180, from.y + 120, { steps: 8 });
    await ada.mouse.move(from.x + 280, from.y + 170, { steps: 8 });
    await ada.mouse.up();
    const movedX = await outline(ada).first().getAttribute('data-x');
    expect(Number(movedX) - (from.x - ((await ada.locator('[data-testid=canvas]').boundingBox())?.x ?? 0))).toBeCloseTo(200, -1);
    await expect.poll(() => outline(grace).first().getAttribute('data-x'), SOON).toBe(movedX);

    const moved = await stickyBox(grace, 'Order Placed');
    await grace.mouse.dblclick(moved.x + 80, moved.y + 70);
    await grace.getByRole('textbox', { name: 'Sticky text' }).fill('Order placed by customer');
    await grace.keyboard.press('Escape');
    await expect.poll(() => outline(ada).allTextContents(), SOON).toEqual(['Domain event: Order placed by customer']);

    await ada.keyboard.press('c');
    await ada.getByRole('textbox', { name: 'Sticky text' }).fill('Place Order');
    await ada.keyboard.press('Escape');
    await expect.poll(() => outline(grace).count(), SOON).toBe(2);

    const target = await stickyBox(ada, 'Place Order');
    await ada.mouse.click(target.x + 80, target.y + 70);
    await ada.keyboard.press('Delete');
    await expect.poll(() => outline(grace).allTextContents(), SOON).toEqual(['Domain event: Order placed by customer']);

    expect(errors).toEqual([]);
    await ada.close();
    await grace.close();
  });

  it("undoes only one's own edits, never someone else's", async () => {
    const { links } = await newBoard('Undo');
    const ada = await open(browser, links.facilitator);
    const grace = await open(browser, links.participant);

    await ada.keyboard.press('e');
    await ada.getByRole('textbox', { name: 'Sticky text' }).fill('Trial Started');
    await ada.keyboard.press('Escape');
    await expect.poll(() => outline(grace).count(), SOON).toBe(1);
    const originalX = await outline(grace).first().getAttribute('data-x');

    const at = await stickyBox(grace, 'Trial Started');
    await grace.mouse.move(at.x + 80, at.y + 70);
    await grace.mouse.down();
    await grace.mouse.move(at.x + 230, at.y + 70, { steps: 8 });
    await grace.mouse.up();
    await expect.poll(() => outline(ada).first().getAttribute('data-x'), SOON).not.toBe(originalX);

    const moved = await stickyBox(ada, 'Trial Started');
    await ada.mouse.dblclick(moved.x + 80, moved.y + 70);
    await ada.getByRole('textbox', { name: 'Sticky text' }).fill('Trial Began');
    await ada.keyboard.press('Escape');
    await expect.poll(() => outline(grace).allTextContents(), SOON).toEqual(['Domain event: Trial Began']);

    await grace.keyboard.press('Control+z');
    await expect.poll(() => outline(ada).first().getAttribute('data-x'), SOON).toBe(originalX);
    expect(await outline(ada).allTextContents()).toEqual(['Domain event: Trial Began']);
    await grace.keyboard.press('Control+z');
    await grace.keyboard.press('Control+Shift+z');
    await expect.poll(() => outline(ada).first().getAttribute('data-x'), SOON).not.toBe(originalX);
    expect(await outline(ada).allTextContents()).toEqual(['Domain event: Trial Began']);
    await ada.close();
    await grace.close();
  });

  it('keeps edits made off line and reconciles them when back', async () => {
    const { links } = await newBoard('Offline');
    const ada = await open(browser, links.facilitator);
    const grace = await open(browser, links.participant);
    await ada.keyboard.press('e');
    await ada.getByRole('textbox', { name: 'Sticky text' }).fill('Shared');
    await ada.keyboard.press('Escape');
    await expect.poll(() => outline(grace).allTextContents(), SOON).toEqual(['Domain event: Shared']);
    await expect.poll(() => ada.getByTestId('connection').textContent(), SOON).toBe('Connected');

    await ada.context().setOffline(true);
    await expect.poll(() => ada.getByTestId('connection').textContent(), SOON).toMatch(/^Offline/);
    await ada.keyboard.press('c');
    await ada.getByRole('textbox', { name: 'Sticky text' }).fill('Written off line');
    await ada.keyboard.press('Escape');
    expect(await ada.getByTestId('connection').textContent()).toBe('Offline · 2 edits not yet saved');
    await drag(ada, 'Shared', 0, 150);

    const shared = await stickyBox(grace, 'Shared');
    await grace.mouse.dblclick(shared.x + 80, shared.y + 70);
    await grace.getByRole('textbox', { name: 'Sticky text' }).fill('Shared, edited meanwhile');
    await grace.keyboard.press('Escape');
    await grace.keyboard.press('a');
    await grace.getByRole('textbox', { name: 'Sticky text' }).fill('Customer');
    await grace.keyboard.press('Escape');
    await drag(grace, 'Shared, edited meanwhile', 300, 0);

    await ada.context().setOffline(false);
    await expect.poll(() => ada.getByTestId('connection').textContent(), { timeout: 10_000 }).toBe('Connected');
    const sorted = async (page: Page) => (await outline(page).allTextContents()).sort();
    await expect.poll(() => sorted(grace), SOON).toEqual(['Actor: Customer', 'Command: Written off line', 'Domain event: Shared, edited meanwhile']);
    await expect.poll(() => sorted(ada), SOON).toEqual(await sorted(grace));
    // both moved the same sticky: the server's order decides, and both walls agree on where it ended up
    const where = (page: Page) => Promise.all(['data-x', 'data-y'].map((a) => outline(page).filter({ hasText: 'Shared' }).getAttribute(a)));
    await expect.poll(() => where(ada), SOON).toEqual(await where(grace));
    await ada.close();
    await grace.close();
  });

  it('draws arrows between stickies, and a moved aggregate carries what lies on it', async () => {
    const { links } = await newBoard('Arrows');
    const ada = await open(browser, links.facilitator);
    const grace = await open(browser, links.participant);
    for (const [key, text] of [['c', 'Place Order'], ['e', 'Order Placed']]) {
      await ada.keyboard.press(key!);
      await ada.getByRole('textbox', { name: 'Sticky text' }).fill(text!);
      await ada.keyboard.press('Escape');
    }
    await drag(ada, 'Order Placed', 260, 0);
    const command = await stickyBox(ada, 'Place Order');
    const event = await stickyBox(ada, 'Order Placed');
    await ada.mouse.click(command.x + 80, command.y + 70);
    await ada.mouse.move(command.x + 160, command.y + 60);
    await ada.mouse.down();
    await ada.mouse.move(event.x + 40, event.y + 60, { steps: 6 });
    await ada.mouse.move(event.x + 80, event.y + 60, { steps: 6 });
    await ada.mouse.up();
    await expect.poll(() => outline(grace).filter({ hasText: 'Arrow' }).allTextContents(), SOON)
      .toEqual(['Arrow from Place Order to Order Placed']);

    await drag(ada, 'Place Order', -300, 0); // out of the way of the new card, which would otherwise take it along
    await ada.keyboard.press('g');
    await ada.getByRole('textbox', { name: 'Aggregate name' }).fill('Order');
    await ada.keyboard.press('Escape');
    await drag(ada, 'Order', 0, 300);
    const card = await stickyBox(ada, 'Order');
    const placed = await stickyBox(ada, 'Place Order');
    await drag(ada, 'Place Order', card.x - placed.x + 60, card.y - placed.y + 40);
    const commandY = (page: Page) => outline(page).filter({ hasText: 'Command: Place Order' }).getAttribute('data-y');
    const before = Number(await commandY(ada));
    await expect.poll(() => commandY(grace), SOON).toBe(String(before));
    // grabbed by its empty area, left of the command (the arrow leaving the command may cross the title bar)
    await ada.mouse.move(card.x + 20, card.y + 100);
    await ada.mouse.down();
    await ada.mouse.move(card.x + 20, card.y + 200, { steps: 5 });
    await ada.mouse.move(card.x + 20, card.y + 300, { steps: 5 });
    await ada.mouse.up();
    await expect.poll(async () => Number(await commandY(grace)), SOON).toBe(before + 200);
    await ada.close();
    await grace.close();
  });

  it('lets observers watch but not edit', async () => {
    const { links } = await newBoard('Watched');
    const ada = await open(browser, links.participant);
    const watcher = await open(browser, links.observer);
    expect(await watcher.getByTestId('connection').textContent()).toContain('watching');
    expect(await watcher.locator('.palette').count()).toBe(0);

    await watcher.keyboard.press('e');
    await ada.keyboard.press('e');
    await ada.getByRole('textbox', { name: 'Sticky text' }).fill('Seen by all');
    await ada.keyboard.press('Escape');
    await expect.poll(() => outline(watcher).allTextContents(), SOON).toEqual(['Domain event: Seen by all']);
    expect(await watcher.getByRole('textbox', { name: 'Sticky text' }).count()).toBe(0);
    await ada.close();
    await watcher.close();
  });

  it('draws a populated wall readably', async () => {
    const { links } = await newBoard('Subscription billing');
    const page = await open(browser, links.facilitator);
    const stickies: [string, string][] = [
      ['a', 'Customer'], ['c', 'Start Subscription'], ['e', 'Subscription Started'], ['p', 'When Subscription Started, then Charge First Payment'],
      ['x', 'Stripe API'], ['e', 'Payment Failed'], ['h', 'What if payment times out?'], ['r', 'Billing Overview'], ['g', 'Subscription'],
    ];
    for (const [index, [key, text]] of stickies.entries()) {
      await page.keyboard.press(key);
      await editor(page).fill(text);
      await page.keyboard.press('Escape');
      const box = await stickyBox(page, text);
      const canvas = await page.locator('[data-testid=canvas]').boundingBox();
      const col = index % 5;
      const row = Math.floor(index / 5);
      await page.mouse.move(box.x + 40, box.y + 30);
      await page.mouse.down();
      await page.mouse.move((canvas?.x ?? 0) + 60 + col * 210 + 40, (canvas?.y ?? 0) + 60 + row * 260 + 30, { steps: 5 });
      await page.mouse.up();
    }
    await expect.poll(() => outline(page).count()).toBe(stickies.length);
    await page.mouse.click(5, 790);

    // someone else on the wall: their cursor, and the sticky they are editing, show up here
    const grace = await open(browser, links.participant);
    const hotspot = await stickyBox(grace, 'What if payment times out?');
    await grace.mouse.dblclick(hotspot.x + 80, hotspot.y + 70);
    await grace.mouse.move(hotspot.x + 120, hotspot.y + 150, { steps: 4 });
    await expect.poll(() => page.getByTestId('participants').textContent()).toBe('2 here');
    await screenshot(page, 'populated-wall');
    await grace.close();

    await page.keyboard.press('?');
    await expect.poll(() => page.getByTestId('help').isVisible()).toBe(true);
    expect(await page.getByTestId('help').textContent()).toContain('Bounded context');
    await screenshot(page, 'legend-and-keys');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('help').isVisible()).toBe(false);
    await page.close();
  });
});
