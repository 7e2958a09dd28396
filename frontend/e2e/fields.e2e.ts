import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';
import { clickAt, createBoard, inkIn, item, open, rectOf, SOON, toPhase, type Board } from './wall';

/** The sticky's props as the server holds them. */
async function stored(board: Board, text: string): Promise<Record<string, Record<string, Record<string, unknown>>>> {
  const response = await fetch(`${BASE_URL}/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.tokens.observer}` } });
  const wall = (await response.json()) as { elements: { text: string; props: Record<string, Record<string, Record<string, unknown>>> }[] };
  return wall.elements.find((e) => e.text === text)!.props;
}

/** Opens the fields of the sticky at a wall point, as a person would: a click, then Alt+Enter. */
async function openFields(page: Page, x: number, y: number): Promise<void> {
  await clickAt(page, x, y);
  await page.keyboard.press('Alt+Enter');
  await expect.poll(() => page.getByTestId('data').isVisible(), SOON).toBe(true);
}

async function addField(page: Page, name: string, type: string): Promise<void> {
  await page.getByTestId('data-add-field').click();
  await page.getByTestId('data-field-name').last().fill(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(type);
}

describe("a sticky's fields and scenarios", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('are edited by two people on one sticky at once: each keeps their own field, the last writer wins a shared one', async () => {
    const board = await createBoard('Fields', [{ kind: 'command', text: 'Place Order', x: 100, y: 200 }]);
    const ada = await open(browser, board.links.facilitator, 'Ada');
    const grace = await open(browser, board.links.participant, 'Grace');
    const errors = [...watchErrors(ada), ...watchErrors(grace)];
    for (const page of [ada, grace]) page.setDefaultTimeout(10_000);

    // both open the same sticky's fields before either saves
    await openFields(ada, 180, 260);
    await openFields(grace, 180, 260);
    await ada.getByTestId('data-field-name').first().fill('orderId');
    await ada.keyboard.press('Tab');
    await ada.keyboard.type('id');
    await grace.getByTestId('data-field-name').first().fill('customerId');
    await grace.keyboard.press('Tab');
    await grace.keyboard.type('id');
    await addField(grace, 'total', 'money');
    await screenshot(grace, 'fields-dialog');
    await ada.getByTestId('data-save').click();
    await grace.getByTestId('data-save').click();

    // nobody's field is lost, and each screen shows all of them on the sticky
    await expect.poll(async () => Object.values((await stored(board, 'Place Order'))['fields'] ?? {}).map((f) => f['name']).sort(), SOON)
      .toEqual(['customerId', 'orderId', 'total']);
    for (const page of [ada, grace]) {
      await expect.poll(() => item(page, 'Place Order').textContent(), SOON).toMatch(/^Command \((orderId, customerId|customerId, orderId), total\): Place Order$/);
    }

    // both change the type of the same field: the one who saves last has it
    await openFields(ada, 180, 260);
    await openFields(grace, 180, 260);
    const totalType = (page: Page) => page.locator('[data-testid=data-field-type]').nth(2);
    await totalType(ada).fill('number');
    await totalType(grace).fill('string');
    await ada.getByTestId('data-save').click();
    await expect.poll(async () => (await stored(board, 'Place Order'))['fields']!, SOON).toSatisfy(
      (fields: Record<string, Record<string, unknown>>) => Object.values(fields).some((f) => f['type'] === 'number'));
    await grace.getByTestId('data-save').click();
    await expect.poll(async () => Object.values((await stored(board, 'Place Order'))['fields']!).map((f) => `${f['name']}:${f['type']}`).sort(), SOON)
      .toEqual(['customerId:id', 'orderId:id', 'total:string']);

    // a scenario, written beside the sticky, reaches the report
    await openFields(ada, 180, 260);
    await ada.getByTestId('data-add-scenario').click();
    await ada.getByTestId('data-scenario-title').fill('empty basket');
    await ada.getByTestId('data-scenario-given').fill('Basket Emptied');
    await ada.getByTestId('data-scenario-failure').fill('Basket Empty');
    await ada.getByTestId('data-save').click();
    await expect.poll(() => item(grace, 'Place Order').textContent(), SOON).toContain('· 1 scenario');
    const report = await (await fetch(`${BASE_URL}/api/boards/${board.id}/export.md`, { headers: { Authorization: `Bearer ${board.tokens.observer}` } })).text();
    expect(report).toContain('- *empty basket*: given Basket Emptied, when Place Order, then it fails: Basket Empty');

    // both add a scenario to the same command at once: both stay
    await openFields(ada, 180, 260);
    await openFields(grace, 180, 260);
    for (const [page, title] of [[ada, 'paid in full'], [grace, 'card declined']] as const) {
      await page.getByTestId('data-add-scenario').click();
      await page.getByTestId('data-scenario-title').last().fill(title);
      await page.getByTestId('data-scenario-given').last().fill('Basket Filled');
    }
    await ada.getByTestId('data-save').click();
    await grace.getByTestId('data-save').click();
    await expect.poll(async () => Object.values((await stored(board, 'Place Order'))['scenarios'] ?? {}).map((s) => s['title']).sort(), SOON)
      .toEqual(['card declined', 'empty basket', 'paid in full']);
    await expect.poll(() => item(ada, 'Place Order').textContent(), SOON).toContain('· 3 scenarios');

    // two fields of one name are stopped before anything is sent
    await openFields(grace, 180, 260);
    await addField(grace, 'OrderID', 'string');
    await grace.getByTestId('data-save').click();
    await expect.poll(() => grace.getByTestId('data-problem').textContent(), SOON).toBe('Two fields are named "orderId".');
    await grace.keyboard.press('Escape');

    // a hostile name stays text: on the wall, in the outline, in the report and in the generated code
    const hostile = '"><img src=x onerror="window.pwned=1"> */ ü';
    await openFields(grace, 180, 260);
    await addField(grace, hostile, 'string');
    await grace.getByTestId('data-save').click();
    await expect.poll(() => item(ada, 'Place Order').textContent(), SOON).toContain(hostile);
    expect(await ada.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await ada.locator('[data-testid=outline] img').count()).toBe(0);
    const headers = { Authorization: `Bearer ${board.tokens.observer}` };
    const withHostile = await (await fetch(`${BASE_URL}/api/boards/${board.id}/export.md`, { headers })).text();
    expect(withHostile).not.toContain('<img');
    const zip = await fetch(`${BASE_URL}/api/boards/${board.id}/export.zip`, { headers });
    expect(zip.status).toBe(200);
    await screenshot(grace, 'fields-on-the-wall');
    expect(errors).toEqual([]);
  });

  it('are written on the sticky itself, a row each at its foot, not only in the outline', async () => {
    const board = await createBoard('Rows on the wall', [{ kind: 'command', text: 'Place Order', x: 100, y: 200 }]);
    const ada = await open(browser, board.links.facilitator, 'Ada');
    const errors = watchErrors(ada);
    ada.setDefaultTimeout(10_000);
    const sticky = await rectOf(ada, 'Place Order');
    // the band of the last two of three rows (13 units each, above the 10 units of padding): nothing is written
    // there before, and the sticky's own text moves up, away from it, once it has fields
    const rows = { x: sticky.x + 10, y: sticky.y + sticky.h - 10 - 2 * 13, w: sticky.w - 20, h: 2 * 13 };
    const before = await inkIn(ada, rows);
    expect(before).toBe(0);
    await screenshot(ada, 'fields-rows-before');

    await openFields(ada, sticky.x + sticky.w / 2, sticky.y + sticky.h / 2);
    await ada.getByTestId('data-field-name').first().fill('orderId');
    await ada.keyboard.press('Tab');
    await ada.keyboard.type('id');
    await addField(ada, 'customerId', 'id');
    await addField(ada, 'total', 'money');
    await ada.getByTestId('data-save').click();
    await expect.poll(() => ada.getByTestId('data').isVisible(), SOON).toBe(false);
    await expect.poll(() => item(ada, 'Place Order').textContent(), SOON).toMatch(/^Command \(orderId, customerId, total\): Place Order$/);

    // the rows are drawn on the canvas: dark as text is, where the rows go (a row is some 40 pixels of ink at least)
    await expect.poll(() => inkIn(ada, rows), SOON).toBeGreaterThan(80);
    await screenshot(ada, 'fields-rows-after');
    expect(errors).toEqual([]);
  });

  it('wait for the phase of event modeling that opens them, saying so before anything is sent', async () => {
    const board = await createBoard('Phases of fields', [], [], 'event-modeling');
    await toPhase(board, 3);
    await fetch(`${BASE_URL}/api/boards/${board.id}/ops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.tokens.facilitator}` },
      body: JSON.stringify({ clientOpId: 'c1', ops: [{ op: 'create', element: { kind: 'command', text: 'Start Trial', x: 100, y: 200 } }] }),
    });
    const grace = await open(browser, board.links.participant, 'Grace');
    const errors = watchErrors(grace);
    grace.setDefaultTimeout(10_000);
    await expect.poll(() => item(grace, 'Start Trial').count(), SOON).toBe(1);

    await clickAt(grace, 180, 260);
    await grace.keyboard.press('Alt+Enter');
    await expect.poll(() => grace.getByTestId('notice').textContent(), SOON).toBe('Fields open in phase 5: Identify inputs.');
    expect(await grace.getByTestId('data').isVisible()).toBe(false);

    // phase 5 opens the fields, and the dialog says when scenarios follow
    await toPhase(board, 5);
    await expect.poll(() => grace.getByTestId('phase').textContent(), SOON).toContain('Identify inputs');
    await openFields(grace, 180, 260);
    expect(await grace.getByTestId('data-add-scenario').isDisabled()).toBe(true);
    expect(await grace.getByTestId('data-scenarios-later').textContent()).toBe('Scenarios open in phase 7: Elaborate scenarios.');
    await addField(grace, 'trialDays', 'number');
    await grace.getByTestId('data-save').click();
    await expect.poll(() => item(grace, 'Start Trial').textContent(), SOON).toContain('trialDays');

    await toPhase(board, 7);
    await expect.poll(() => grace.getByTestId('phase').textContent(), SOON).toContain('Elaborate scenarios');
    await openFields(grace, 180, 260);
    expect(await grace.getByTestId('data-add-scenario').isDisabled()).toBe(false);
    expect(await grace.getByTestId('data-scenarios-later').textContent()).toBe('');
    expect(errors).toEqual([]);
  });
});
