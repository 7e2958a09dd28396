import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchChromium, screenshot, watchErrors } from './browser';
import { newBoard, item, open, SOON } from './wall';
import { PROTOCOL_VERSION } from '../src/sync/protocol';

/** Who the board bar's list says is here: "Ada (you) facilitator", one entry a person. */
async function here(page: Page): Promise<string[]> {
  const list = page.getByTestId('participant-list').locator('li');
  // the name and role, without the Follow button's word
  const texts = await list.evaluateAll((items) => items.map((li) => [...li.childNodes].filter((n) => n.nodeName !== 'BUTTON').map((n) => n.textContent).join('')));
  return texts.map((t) => t.trim());
}

async function report(board: { id: string; tokens: { facilitator: string } }): Promise<string> {
  const response = await fetch(`${BASE_URL}/api/boards/${board.id}/export.md`, { headers: { Authorization: `Bearer ${board.tokens.facilitator}` } });
  expect(response.status).toBe(200);
  return response.text();
}

describe('people on the wall', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks a newcomer for a name once and shows it to everyone, in the list with roles and in the report', async () => {
    const board = await newBoard('Names', 'process-level');
    const facilitator = await open(browser, board.links.facilitator, 'Ada Lovelace');
    const participant = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [...watchErrors(facilitator), ...watchErrors(participant)];

    // a device that never said who it is gets asked before it joins: nobody appears as "Guest 60"
    await participant.goto(board.links.participant);
    await participant.getByRole('button', { name: 'Join the wall' }).click();
    await expect.poll(() => participant.getByTestId('name-error').textContent(), SOON).toContain('Type the name');
    await participant.getByLabel('Your name').fill('  Grace Hopper ');
    await screenshot(participant, 'ask-name');
    await participant.getByRole('button', { name: 'Join the wall' }).click();
    await expect.poll(() => participant.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);

    await facilitator.getByTestId('participants').click();
    await expect.poll(() => here(facilitator), SOON).toEqual(['Ada Lovelace (you)facilitator', 'Grace Hopperparticipant']);
    expect(await facilitator.getByTestId('participants').textContent()).toBe('2 here');
    await screenshot(facilitator, 'participants-list');

    // what Grace writes and where Ada moves the workshop carry their names into the report
    await participant.keyboard.press('e');
    await participant.getByRole('textbox', { name: 'Sticky text' }).fill('Box Shipped');
    await participant.keyboard.press('Escape');
    await expect.poll(() => item(facilitator, 'Box Shipped').count(), SOON).toBe(1);
    await facilitator.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => participant.getByTestId('phase').textContent(), SOON).toContain('2/8');
    const written = await report(board);
    expect(written).toMatch(/\| 2 \| Timeline ordering \| [^|]+ \| Ada Lovelace \|/);
    expect(written).toMatch(/## 9\. Participants\n\n- Ada Lovelace \(facilitator\)\n- Grace Hopper \(participant\)\n/);
    expect(written).not.toContain('Guest');

    // the device remembers the name: a reload joins at once
    await participant.reload();
    await expect.poll(() => participant.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
    expect(await participant.getByTestId('ask-name').count()).toBe(0);

    // and the name can be changed on the wall: the others see the new one, not the old
    await participant.getByTestId('participants').click();
    await expect.poll(() => here(participant), SOON).toEqual(['Grace Hopper (you)participant', 'Ada Lovelacefacilitator']);
    await participant.getByTestId('rename-input').fill('Grace B. Hopper');
    await participant.getByRole('button', { name: 'Change' }).click();
    await expect.poll(() => here(facilitator), SOON).toEqual(['Ada Lovelace (you)facilitator', 'Grace B. Hopperparticipant']);
    await expect.poll(() => here(participant), SOON).toEqual(['Grace B. Hopper (you)participant', 'Ada Lovelacefacilitator']);
    await participant.reload();
    await expect.poll(() => participant.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);
    await expect.poll(() => here(facilitator), SOON).toEqual(['Ada Lovelace (you)facilitator', 'Grace B. Hopperparticipant']);
    // everyone who joined is in the report, under each name they chose
    expect(await report(board)).toMatch(/## 9\. Participants\n\n- Ada Lovelace \(facilitator\)\n- Grace B\. Hopper \(participant\)\n- Grace Hopper \(participant\)\n/);

    expect(errors).toEqual([]);
    await facilitator.close();
    await participant.close();
  });

  it('refuses a name nobody could read, on the page and on the server', async () => {
    const board = await newBoard('Bad names', 'free');
    const facilitator = await open(browser, board.links.facilitator, 'Ada Lovelace');
    const participant = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await participant.goto(board.links.participant);
    await participant.getByLabel('Your name').fill('   ');
    await participant.getByRole('button', { name: 'Join the wall' }).click();
    await expect.poll(() => participant.getByTestId('name-error').textContent(), SOON).toContain('Type the name');
    await participant.getByLabel('Your name').fill('Grace');
    await participant.getByRole('button', { name: 'Join the wall' }).click();
    await expect.poll(() => participant.getByTestId('connection').textContent(), { timeout: 10_000 }).toMatch(/^Connected/);

    // a client that skips the page's check is refused by the server with the reason
    const refusal = await participant.evaluate(
      ([boardId, protocol]) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(`ws://${location.host}/ws`);
          const join = { type: 'join', protocol, boardId, token: new URLSearchParams(location.hash.slice(1)).get('k'), clientId: crypto.randomUUID(), name: 'Eve\nAdmin', colour: '#1971c2' };
          socket.onopen = () => socket.send(JSON.stringify(join));
          socket.onmessage = (event) => resolve(String(event.data));
        }),
      [board.id, PROTOCOL_VERSION] as const,
    );
    expect(JSON.parse(refusal)).toEqual({ type: 'error', code: 'INVALID_MESSAGE', field: 'name', message: "'join' at name: 'name' breaks its rule: A person's name as others see it: 1-60 characters, not only spaces, no control characters or direction overrides." });
    await facilitator.getByTestId('participants').click();
    await expect.poll(() => here(facilitator), SOON).toEqual(['Ada Lovelace (you)facilitator', 'Graceparticipant']);
    await facilitator.close();
    await participant.close();
  });
});
