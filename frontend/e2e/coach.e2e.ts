import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';
import { arrows, clickAt, colourAt, createBoard, editor, item, open, rectOf, SOON, type Board } from './wall';

const INVOICE = 'c0ac0000-0000-4000-8000-000000000001';
const ORDER = 'c0ac0000-0000-4000-8000-000000000002';
const PAYMENT = 'c0ac0000-0000-4000-8000-000000000003';
const CAPTURE = 'c0ac0000-0000-4000-8000-000000000004';
const ARROW = 'c0ac0000-0000-4000-8000-000000000005';

/** The coach's findings as the server gives them to anyone on the board. */
async function findings(board: Board): Promise<{ key: string; rule: string; elements: string[] }[]> {
  const response = await fetch(`${BASE_URL}/api/boards/${board.id}/checks`, { headers: { Authorization: `Bearer ${board.tokens.participant}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { findings: { key: string; rule: string; elements: string[] }[] }).findings;
}

function coachButton(page: Page) {
  return page.getByTestId('coach-toggle');
}

/** The colour of the coach's badge on a sticky's top-right corner, where one is (see render/coachMarkers.ts). */
async function cornerColour(page: Page, text: string): Promise<string> {
  const r = await rectOf(page, text);
  const scale = Number(await page.getByTestId('canvas').getAttribute('data-scale'));
  const radius = Math.min(9, Math.max(4, Math.min(r.w, r.h) * scale * 0.2)) / scale;
  // left of the badge's middle, clear of its white glyph
  const [red, green, blue] = await colourAt(page, r.x + r.w - 0.45 * radius - 0.6 * radius, r.y + 0.45 * radius);
  return `${red},${green},${blue}`;
}

const ERROR = '224,49,49';
const WARNING = '232,89,12';
const EVENT = '255,169,77';

/** The badge on the sticky's corner shows as `colour` (or, as the event's own orange, none does). */
async function marked(page: Page, text: string, colour: string): Promise<void> {
  await expect.poll(() => cornerColour(page, text), SOON).toBe(colour);
}

describe('the notation coach in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('marks a present-tense event and an event→event arrow on both screens, and clears them live as the wall is fixed or a finding accepted', async () => {
    const board = await createBoard('Invoicing', [
      { id: INVOICE, text: 'Invoice Sends', x: 0, y: 100 },
      { id: ORDER, text: 'Order Placed', x: 300, y: 100 },
      { id: PAYMENT, text: 'Payment Captured', x: 600, y: 100 },
      { id: CAPTURE, text: 'Payment Capture', x: 300, y: 320 },
    ], [{ op: 'create', element: { id: ARROW, kind: 'arrow', from: ORDER, to: PAYMENT } }]);
    const byRule = (rule: string, ...ids: string[]) => `${rule}:${[...ids].sort().join(',')}`;
    const pastTense = byRule('event-not-past-tense', INVOICE);
    const grammar = byRule('event-causes-event', ORDER, PAYMENT);
    const capture = byRule('event-not-past-tense', CAPTURE);
    // the first names a server reads load its language models: on a busy machine that takes seconds
    await expect.poll(async () => (await findings(board)).map((f) => f.key), { timeout: 30_000 }).toEqual(expect.arrayContaining([pastTense, grammar, capture]));
    const total = (await findings(board)).length;

    const facilitator = await open(browser, board.links.facilitator, 'Fran');
    await facilitator.setViewportSize({ width: 1440, height: 900 });
    const participant = await open(browser, board.links.participant, 'Pia');
    const errors = [...watchErrors(facilitator), ...watchErrors(participant)];
    const both = [facilitator, participant];

    // every screen counts the same findings and marks the same stickies
    for (const page of both) {
      await expect.poll(() => coachButton(page).textContent(), SOON).toBe(`Coach · ${total}`);
      await marked(page, 'Invoice Sends', ERROR);
      await marked(page, 'Order Placed', WARNING);
      await marked(page, 'Payment Captured', WARNING);
      await marked(page, 'Payment Capture', ERROR);
    }

    // the marker says what is wrong and how to fix it
    const invoice = await rectOf(participant, 'Invoice Sends');
    const canvas = (await participant.getByTestId('canvas').boundingBox())!;
    const [scale, panX, panY] = await Promise.all(['scale', 'pan-x', 'pan-y'].map(async (a) => Number(await participant.getByTestId('canvas').getAttribute(`data-${a}`))));
    await participant.mouse.move(canvas.x + panX! + (invoice.x + invoice.w - 4) * scale!, canvas.y + panY! + (invoice.y + 4) * scale!);
    await expect.poll(() => participant.getByTestId('coach-tip').isVisible(), SOON).toBe(true);
    expect(await participant.getByTestId('coach-tip').textContent()).toMatch(/^Error: .*past tense.*Invoice Sent/);
    await participant.mouse.move(canvas.x + 5, canvas.y + canvas.height - 5);
    await expect.poll(() => participant.getByTestId('coach-tip').isVisible(), SOON).toBe(false);

    // the panel, the facilitator's with its switch and Accept, at 1440 × 900
    await facilitator.keyboard.press('n');
    const panel = facilitator.getByTestId('coach-panel');
    await expect.poll(() => panel.isVisible(), SOON).toBe(true);
    expect(await panel.locator(`[data-key="${pastTense}"]`).textContent()).toContain('“Invoice Sends”');
    expect(await panel.locator(`[data-key="${grammar}"]`).textContent()).toContain('“Order Placed” · “Payment Captured”');
    expect(await panel.getByTestId('coach-enabled').isChecked()).toBe(true);
    await screenshot(facilitator, 'coach-facilitator-1440');

    // hidden for one person only, and shown again
    await participant.keyboard.press('n');
    const participantPanel = participant.getByTestId('coach-panel');
    await expect.poll(() => participantPanel.isVisible(), SOON).toBe(true);
    expect(await participantPanel.getByTestId('coach-enabled').isVisible()).toBe(false);
    expect(await participantPanel.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await participantPanel.locator(`[data-key="${pastTense}"]`).getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => coachButton(participant).textContent(), SOON).toBe(`Coach · ${total - 1}`);
    await marked(participant, 'Invoice Sends', EVENT);
    expect(await coachButton(facilitator).textContent()).toBe(`Coach · ${total}`);
    await marked(facilitator, 'Invoice Sends', ERROR);
    await participantPanel.getByTestId('coach-hidden').locator('summary').click();
    await participantPanel.locator(`[data-key="${pastTense}"]`).getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => coachButton(participant).textContent(), SOON).toBe(`Coach · ${total}`);
    await marked(participant, 'Invoice Sends', ERROR);
    await participant.keyboard.press('Escape');
    await expect.poll(() => participantPanel.isVisible(), SOON).toBe(false);

    // a finding in the panel jumps to its stickies
    await panel.locator(`[data-key="${grammar}"] .coach-jump`).click();
    // two stickies selected: the toolbar offers to line them up, not to edit one
    await expect.poll(() => facilitator.getByTestId('toolbar-align-left').isVisible(), SOON).toBe(true);
    expect(await facilitator.getByTestId('toolbar-edit').isVisible()).toBe(false);

    // the participant writes the event in the past tense: its marker goes, on both screens
    const fixed = await rectOf(participant, 'Invoice Sends');
    await clickAt(participant, fixed.x + fixed.w / 2, fixed.y + fixed.h / 2);
    await participant.keyboard.press('Enter');
    await expect.poll(() => editor(participant).count(), SOON).toBe(1);
    await editor(participant).fill('Invoice Sent');
    await participant.keyboard.press('Escape');
    for (const page of both) {
      await expect.poll(() => item(page, 'Invoice Sent').count(), SOON).toBe(1);
      await expect.poll(() => coachButton(page).textContent(), SOON).toBe(`Coach · ${total - 1}`);
      await marked(page, 'Invoice Sent', EVENT);
    }

    // the facilitator deletes the arrow between the two events: their markers go
    const order = await rectOf(facilitator, 'Order Placed');
    await clickAt(facilitator, (order.x + order.w + 600) / 2, order.y + order.h / 2);
    await facilitator.keyboard.press('Delete');
    for (const page of both) {
      await expect.poll(() => arrows(page), SOON).toEqual([]);
      await expect.poll(() => coachButton(page).textContent(), SOON).toBe(`Coach · ${total - 2}`);
      await marked(page, 'Order Placed', EVENT);
      await marked(page, 'Payment Captured', EVENT);
    }

    // the facilitator accepts the last one for the board: gone for both, and the participant sees who accepted it
    await panel.locator(`[data-key="${capture}"]`).getByRole('button', { name: 'Accept' }).click();
    for (const page of both) {
      await expect.poll(() => coachButton(page).textContent(), SOON).toBe(`Coach · ${total - 3}`);
      await marked(page, 'Payment Capture', EVENT);
    }
    await participant.keyboard.press('n');
    await participantPanel.getByTestId('coach-accepted').locator('summary').click();
    expect(await participantPanel.locator(`[data-key="${capture}"]`).textContent()).toContain('Accepted by Fran');

    // the facilitator switches the coach off for the board, and on again
    await panel.getByTestId('coach-enabled').click();
    for (const page of both) await expect.poll(() => coachButton(page).textContent(), SOON).toBe('Coach · off');
    expect(await participantPanel.getByTestId('coach-status').textContent()).toBe('The facilitator has switched the coach off for this board.');
    await panel.getByTestId('coach-enabled').click();
    for (const page of both) await expect.poll(() => coachButton(page).textContent(), SOON).toBe(`Coach · ${total - 3}`);

    expect(errors).toEqual([]);
    await facilitator.close();
    await participant.close();
  });
});
