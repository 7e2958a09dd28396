import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';
import { arrows, clickAt, connect, editor, fit, frame, item, moveTo, newBoard, open, overview, rectOf, SOON, write } from './wall';

interface Phase { name: string }
interface Format { id: string; name: string; phases: Phase[] }

async function formats(): Promise<Format[]> {
  const response = await fetch(`${BASE_URL}/api/formats`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as Format[] | { formats: Format[] };
  return Array.isArray(body) ? body : body.formats;
}

/** What the phase bar says in phase `index` (1-based) of the format. */
function bar(format: Format, index: number): string {
  return `${format.name} · ${index}/${format.phases.length} ${format.phases[index - 1]!.name}`;
}

/** The facilitator moves on with the phase bar; both people see the phase's name on it. */
async function advance(ada: Page, grace: Page, format: Format, to: number): Promise<void> {
  await ada.getByRole('button', { name: 'Next phase' }).click();
  for (const page of [ada, grace]) await expect.poll(() => page.getByTestId('phase').textContent(), SOON).toBe(bar(format, to));
}

/** Both people see a sticky (by its outline entry: kind, properties, text). */
async function bothSee(pages: Page[], text: string, said?: string): Promise<void> {
  for (const page of pages) {
    await expect.poll(() => item(page, text).count(), SOON).toBe(1);
    if (said) await expect.poll(() => item(page, text).textContent(), SOON).toBe(said);
  }
}

/** The phase's screenshots of both screens, at the two sizes a client's laptop has, each showing the whole wall. */
async function shots(pages: { ada: Page; grace: Page }, name: string): Promise<void> {
  for (const [width, height] of [[1440, 900], [1280, 800]] as const) {
    for (const [who, page] of [['', pages.ada], ['-participant', pages.grace]] as const) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => page.getByTestId('canvas').boundingBox().then((b) => Math.round(b!.width + b!.x)), SOON).toBe(width);
      await page.keyboard.press('Escape');
      await fit(page);
      await screenshot(page, `${name}${who}-${width}`);
    }
  }
  // the work goes on at the larger size, zoomed out a step from the whole wall: room around it for what comes next
  for (const page of [pages.ada, pages.grace]) {
    await page.setViewportSize({ width: 1440, height: 900 });
    await overview(page);
  }
}

/** Sets a sticky's notation properties from Alt+Enter, as the selected sticky's dialog offers them. */
async function properties(page: Page, text: string, set: (page: Page) => Promise<unknown>): Promise<void> {
  const at = await rectOf(page, text);
  await clickAt(page, at.x + at.w / 2, at.y + at.h / 2);
  await page.keyboard.press('Alt+Enter');
  await expect.poll(() => page.getByTestId('properties').isVisible(), SOON).toBe(true);
  await set(page);
  await page.getByTestId('properties-save').click();
  await expect.poll(() => page.getByTestId('properties').isVisible(), SOON).toBe(false);
}

describe('a whole workshop in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs a process-level session and its architecture continuation with mouse and keyboard, two people on one board', async () => {
    const all = await formats();
    const process = all.find((f) => f.id === 'process-level')!;
    const architecture = all.find((f) => f.id === 'architecture')!;
    const board = await newBoard('Subscriptions', 'process-level');
    let ada = await open(browser, board.links.facilitator, 'Ada');
    let grace = await open(browser, board.links.participant, 'Grace');
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    for (const page of [ada, grace]) {
      page.setDefaultTimeout(10_000);
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    const both = (): Page[] => [ada, grace];
    const shot = (name: string): Promise<void> => shots({ ada, grace }, name);
    /** One person writes a sticky; the next step waits until the other one has it too, as a room would. */
    const add = async (page: Page, key: string | null, text: string, finish: 'Escape' | 'Tab' = 'Escape'): Promise<void> => {
      await write(page, key, text, finish);
      await bothSee(both(), text);
    };

    // 1 Chaotic exploration: events, a timeline typed with Tab
    expect(await grace.getByTestId('phase').textContent()).toBe(bar(process, 1));
    await add(grace, 'e', 'Subscription Started', 'Tab');
    await add(grace, null, 'Invoice Sent', 'Tab');
    await add(grace, null, 'Payment Failed', 'Escape');
    await add(ada, 'e', 'Payment Received');
    for (const text of ['Subscription Started', 'Invoice Sent', 'Payment Failed', 'Payment Received']) await bothSee(both(), text, `Domain event: ${text}`);
    // the row the rest of the wall is laid out around
    const { x: x0, y: y0 } = await rectOf(grace, 'Subscription Started');
    expect((await rectOf(grace, 'Payment Failed')).x).toBe(x0 + 360);
    await shot('workshop-process-1');

    // 2 Timeline ordering: the facilitator's event goes on the row, at its end
    await advance(ada, grace, process, 2);
    await moveTo(ada, 'Payment Received', x0 + 540, y0);
    const received = await rectOf(ada, 'Payment Received');
    await expect.poll(() => rectOf(grace, 'Payment Received'), SOON).toEqual(received);
    await shot('workshop-process-2');

    // 3 Commands and actors: a command before the first event, who gives it, the system that takes the money
    await advance(ada, grace, process, 3);
    await add(grace, 'c', 'Start Subscription');
    await moveTo(grace, 'Start Subscription', x0 - 180, y0);
    await add(ada, 'a', 'Customer');
    await moveTo(ada, 'Customer', x0 - 160, y0 - 130);
    await add(grace, 'x', 'Payment Provider');
    await moveTo(grace, 'Payment Provider', x0 + 540, y0 + 200);
    await connect(grace, 'Start Subscription', 'Subscription Started');
    await connect(ada, 'Customer', 'Start Subscription');
    for (const page of both()) {
      await expect.poll(() => arrows(page).then((a) => a.sort()), SOON).toEqual([
        'Arrow from Customer to Start Subscription',
        'Arrow from Start Subscription to Subscription Started',
      ]);
    }
    await properties(ada, 'Payment Provider', async (page) => page.getByTestId('property-ownership').selectOption('external'));
    await bothSee(both(), 'Payment Provider', 'External system (external): Payment Provider');
    await shot('workshop-process-3');

    // 4 Aggregates: a card around the command and its event
    await advance(ada, grace, process, 4);
    await frame(grace, 'aggregate', 'Subscription', { x: x0 - 200, y: y0 - 50, w: 370, h: 200 });
    await bothSee(both(), 'Subscription', 'Aggregate: Subscription');
    await shot('workshop-process-4');

    // 5 Policies: what happens when a payment fails, long-running
    await advance(ada, grace, process, 5);
    await add(grace, 'p', 'Retry Payment');
    await moveTo(grace, 'Retry Payment', x0 + 360, y0 + 200);
    await connect(grace, 'Payment Failed', 'Retry Payment');
    await properties(grace, 'Retry Payment', async (page) => page.getByTestId('property-mode').selectOption('long-running'));
    await bothSee(both(), 'Retry Payment', 'Policy (long-running): Retry Payment');
    await expect.poll(() => arrows(ada), SOON).toContain('Arrow from Payment Failed to Retry Payment');
    await shot('workshop-process-5');

    // 6 Read models: what the customer looks at before subscribing
    await advance(ada, grace, process, 6);
    await add(ada, 'r', 'Plans and Prices');
    await moveTo(ada, 'Plans and Prices', x0 - 400, y0);
    await connect(ada, 'Plans and Prices', 'Start Subscription');
    await bothSee(both(), 'Plans and Prices', 'Read model: Plans and Prices');
    await expect.poll(() => arrows(grace), SOON).toContain('Arrow from Plans and Prices to Start Subscription');
    await shot('workshop-process-6');

    // 7 Hotspots: an open question with an owner
    await advance(ada, grace, process, 7);
    await add(grace, 'h', 'Card expires mid-cycle?');
    await moveTo(grace, 'Card expires mid-cycle?', x0 + 180, y0 - 160);
    await properties(grace, 'Card expires mid-cycle?', async (page) => {
      await page.getByTestId('property-status').selectOption('open');
      await page.getByTestId('property-owner').fill('Ann');
    });
    await bothSee(both(), 'Card expires mid-cycle?', 'Hotspot (open · Ann): Card expires mid-cycle?');
    await shot('workshop-process-7');

    // 8 Bounded contexts: billing around the payments
    await advance(ada, grace, process, 8);
    await frame(ada, 'boundary', 'Billing', { x: x0 + 175, y: y0 - 210, w: 545, h: 550 });
    await bothSee(both(), 'Billing', 'Bounded context: Billing');
    expect(await ada.getByRole('button', { name: 'Next phase' }).isDisabled()).toBe(true);
    await shot('workshop-process-8');

    // the architecture session continues this wall on a board of its own
    const count = await ada.locator('[data-testid=outline] li').count();
    await ada.getByTestId('continue').click();
    expect(await ada.getByTestId('continue-dialog').textContent()).toContain(`${count} elements`);
    await ada.getByTestId('continue-confirm').click();
    const links = ada.locator('[data-testid=continued-links] a');
    await expect.poll(() => links.count(), SOON).toBe(3);
    const facilitatorLink = (await links.and(ada.locator('[data-role=facilitator]')).getAttribute('href'))!;
    const participantLink = (await links.and(ada.locator('[data-role=participant]')).getAttribute('href'))!;
    await Promise.all([ada.close(), grace.close()]);
    ada = await open(browser, facilitatorLink, 'Ada');
    grace = await open(browser, participantLink, 'Grace');
    errors.push(...watchErrors(ada), ...watchErrors(grace));
    for (const page of both()) {
      page.setDefaultTimeout(10_000);
      expect(await page.getByTestId('continued-from').textContent()).toContain('Continues “Subscriptions”');
      await expect.poll(() => page.locator('[data-testid=outline] li').count(), SOON).toBe(count);
      await overview(page);
    }

    // 1 Review the map: a correction by the participant, a question by the facilitator
    expect(await grace.getByTestId('phase').textContent()).toBe(bar(architecture, 1));
    await clickAt(grace, x0 + 260, y0 + 60);
    await grace.keyboard.press('Enter');
    await grace.getByRole('textbox', { name: 'Sticky text' }).fill('Invoice Issued');
    await grace.keyboard.press('Escape');
    await bothSee(both(), 'Invoice Issued', 'Domain event: Invoice Issued');
    await add(ada, 'h', 'Who owns refunds?');
    await moveTo(ada, 'Who owns refunds?', x0 - 400, y0 + 200);
    await shot('workshop-architecture-1');

    // 2 Identify aggregate candidates: events, commands and actors are frozen for participants
    await advance(ada, grace, architecture, 2);
    await expect.poll(() => grace.locator('.palette [data-kind=event]').isDisabled(), SOON).toBe(true);
    await clickAt(grace, x0 + 260, y0 + 60);
    await grace.keyboard.press('Enter');
    expect(await editor(grace).count()).toBe(0);
    await grace.keyboard.press('Escape');
    await shot('workshop-architecture-2');

    // 3 Draw boundaries: the participant moves a card holding frozen stickies (they stay) and frames the payments
    // in a card; the facilitator draws the subscriptions' context
    await advance(ada, grace, architecture, 3);
    await moveTo(grace, 'Subscription', x0 - 200, y0 - 40);
    const card = await rectOf(grace, 'Subscription');
    await expect.poll(() => rectOf(ada, 'Subscription'), SOON).toEqual(card);
    expect((await rectOf(ada, 'Subscription Started')).y).toBe(y0);
    expect((await rectOf(ada, 'Start Subscription')).y).toBe(y0);
    await frame(grace, 'aggregate', 'Payment', { x: x0 + 345, y: y0 - 38, w: 190, h: 378 });
    await bothSee(both(), 'Payment', 'Aggregate: Payment');
    await frame(ada, 'boundary', 'Subscriptions', { x: x0 - 420, y: y0 - 210, w: 590, h: 550 });
    await bothSee(both(), 'Subscriptions', 'Bounded context: Subscriptions');
    await shot('workshop-architecture-3');

    // 4 Break: nothing changes
    await advance(ada, grace, architecture, 4);
    await shot('workshop-architecture-4');

    // 5 Classify commands: a policy reacting to the invoice
    await advance(ada, grace, architecture, 5);
    await add(grace, 'p', 'Charge Card');
    await moveTo(grace, 'Charge Card', x0 + 180, y0 + 200);
    await connect(grace, 'Invoice Issued', 'Charge Card');
    await bothSee(both(), 'Charge Card', 'Policy: Charge Card');
    await expect.poll(() => arrows(ada), SOON).toContain('Arrow from Invoice Issued to Charge Card');
    await shot('workshop-architecture-5');

    // 6 External vs internal systems: a mailer we own, and the provider behind an anti-corruption layer
    await advance(ada, grace, architecture, 6);
    await add(grace, 'x', 'Mailer');
    await moveTo(grace, 'Mailer', x0 + 760, y0);
    await properties(grace, 'Mailer', async (page) => page.getByTestId('property-ownership').selectOption('internal'));
    await properties(ada, 'Payment Provider', async (page) => page.getByTestId('property-acl').check());
    await bothSee(both(), 'Mailer', 'External system (internal): Mailer');
    await bothSee(both(), 'Payment Provider', 'External system (external · ACL): Payment Provider');
    await shot('workshop-architecture-6');

    // 7 Hotspot review: the facilitator resolves one
    await advance(ada, grace, architecture, 7);
    await properties(ada, 'Card expires mid-cycle?', async (page) => page.getByTestId('property-status').selectOption('resolved'));
    await bothSee(both(), 'Card expires mid-cycle?', 'Hotspot (resolved · Ann): Card expires mid-cycle?');
    await shot('workshop-architecture-7');

    // 8 Wrap-up and owners: the open question gets an owner
    await advance(ada, grace, architecture, 8);
    await properties(ada, 'Who owns refunds?', async (page) => {
      await page.getByTestId('property-status').selectOption('open');
      await page.getByTestId('property-owner').fill('Grace');
    });
    await bothSee(both(), 'Who owns refunds?', 'Hotspot (open · Grace): Who owns refunds?');
    expect(await ada.getByRole('button', { name: 'Next phase' }).isDisabled()).toBe(true);
    await shot('workshop-architecture-8');

    expect(errors).toEqual([]);
    await Promise.all([ada.close(), grace.close()]);
  }, 360_000);
});
