/**
 * Measures a large wall in Chromium: how long the board takes from navigation until all its elements are drawn,
 * and how many frames per second the wall keeps while it is panned and zoomed. Figures go to docs/performance.md.
 *
 *   STORMWALL_URL=http://localhost:8080 npm run perf:large-board
 *
 * Options (environment): STICKIES (5000), ARROWS (1000), RUNS (5); BOARD_LINK measures an existing board instead
 * (its element count in ELEMENTS, by default STICKIES + ARROWS); PROFILE=1 also profiles the pan at the summary
 * level (the busy time and where it went).
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchChromium, screenshot } from '../e2e/browser';

const STICKIES = Number(process.env.STICKIES ?? 5000);
const ARROWS = Number(process.env.ARROWS ?? 1000);
const RUNS = Number(process.env.RUNS ?? 5);
const BATCH = 500;
const GAP = { x: 190, y: 150 };
const COLUMNS = 100;
const KINDS = ['event', 'command', 'policy', 'readModel', 'hotspot', 'externalSystem'] as const;
const WORDS = ['Order', 'Placed', 'Invoice', 'Sent', 'Payment', 'Failed', 'Customer', 'Registered', 'Trial', 'Started', 'Renewal', 'Due'];

interface Created {
  link: string;
  elements: number;
}

interface Run {
  loadMs: number;
  pan: FrameStats;
  zoom: FrameStats;
  /** Panned at 27 %, where stickies are nodes with summarised text (`render/detail.ts`). */
  summaryPan: FrameStats;
  zoomedOutPan: FrameStats;
}

interface FrameStats {
  fps: number;
  longFrames: number;
  worstMs: number;
}

async function post(path: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A wall of STICKIES stickies in rows of COLUMNS, and ARROWS arrows each joining a sticky to its right-hand neighbour. */
async function createLargeBoard(): Promise<Created> {
  const board = (await post('/api/boards', { title: `Large wall ${STICKIES}`, format: 'free' })) as {
    id: string;
    tokens: { facilitator: string };
    links: { facilitator: string };
  };
  const ids = Array.from({ length: STICKIES }, () => randomUUID());
  const ops: unknown[] = ids.map((id, i) => ({
    op: 'create',
    element: {
      id,
      kind: KINDS[i % KINDS.length],
      text: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} ${i}`,
      x: (i % COLUMNS) * 220,
      y: Math.floor(i / COLUMNS) * 180,
    },
  }));
  for (let a = 0; a < ARROWS; a++) {
    const from = Math.floor((a * STICKIES) / ARROWS);
    const to = from % COLUMNS === COLUMNS - 1 ? from - 1 : from + 1;
    ops.push({ op: 'create', element: { kind: 'arrow', from: ids[from], to: ids[to], ...(a % 4 === 0 ? { label: 'then' } : {}) } });
  }
  for (let i = 0; i < ops.length; i += BATCH) {
    await post(`/api/boards/${board.id}/ops`, { clientOpId: randomUUID(), ops: ops.slice(i, i + BATCH) }, board.tokens.facilitator);
  }
  return { link: board.links.facilitator, elements: ops.length };
}

/** Milliseconds from the start of navigation until the wall has drawn every element once. */
async function load(page: Page, created: Created): Promise<number> {
  await page.goto(created.link, { waitUntil: 'commit' });
  await page.waitForFunction((n) => document.querySelector<HTMLElement>('[data-testid=canvas]')?.dataset['drawn'] === String(n), created.elements, {
    timeout: 120_000,
    polling: 'raf',
  });
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
}

/** Counts animation frames and long frames (> 50 ms) while `act` drives the wall. */
async function frames(page: Page, act: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(() => {
    const w = window as unknown as { frameLog: number[]; frameStop: boolean };
    w.frameLog = [];
    w.frameStop = false;
    const tick = (t: number): void => {
      w.frameLog.push(t);
      if (!w.frameStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const log = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) =>
        // let the last input's frame be drawn before stopping the count
        requestAnimationFrame(() => {
          const w = window as unknown as { frameLog: number[]; frameStop: boolean };
          w.frameStop = true;
          resolve(w.frameLog);
        }),
      ),
  );
  const gaps = log.slice(1).map((t, i) => t - log[i]!);
  const seconds = (log.at(-1)! - log[0]!) / 1000;
  return {
    fps: Math.round((gaps.length / seconds) * 10) / 10,
    longFrames: gaps.filter((g) => g > 50).length,
    worstMs: Math.round(Math.max(0, ...gaps)),
  };
}

/** Drags the wall from `from` (a point on the canvas that must be empty wall, or the drag would move a sticky). */
async function pan(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps: number): Promise<void> {
  const box = (await page.locator('[data-testid=canvas]').boundingBox())!;
  const start = { x: box.x + from.x, y: box.y + from.y };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(start.x + (dx * i) / steps, start.y + (dy * i) / steps);
  await page.mouse.up();
}

async function wheel(page: Page, deltaY: number, times: number): Promise<void> {
  const box = (await page.locator('[data-testid=canvas]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < times; i++) await page.mouse.wheel(0, deltaY);
}

async function measure(browser: Browser, created: Created): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // a person who gave their name before: the page opens the wall instead of asking for it
  await page.addInitScript(() => localStorage.setItem('stormwall.name', 'Measure'));
  page.on('crash', () => console.error('the page crashed'));
  try {
    const loadMs = await load(page, created);
    console.log(`  loaded in ${Math.round(loadMs)} ms`);
    // at 100% and unpanned, canvas point (190, 150) is the gap between the first two rows and columns
    const panStats = await frames(page, () => pan(page, GAP, -600, -400, 60));
    // zoom out to 10% and back in: every element on screen at the far end
    const zoom = await frames(page, async () => {
      await wheel(page, 100, 25);
      await wheel(page, -100, 10);
    });
    // back at 27 %: a few hundred stickies on screen, each a node with its text summarised
    console.log(`  at ${await page.locator('[data-testid=canvas]').getAttribute('data-scale')}: ${await page.locator('[data-testid=canvas]').getAttribute('data-detail')}`);
    await page.keyboard.down('Space');
    const summaryPan = await frames(page, () => profiled(page, 'pan at the summary level', () => pan(page, GAP, 300, 200, 60)));
    await page.keyboard.up('Space');
    await wheel(page, 100, 20);
    // at 10% the stickies are one overview picture, but the one under the pointer can be grabbed: Space held pans
    await page.keyboard.down('Space');
    const zoomedOutPan = await frames(page, () => pan(page, GAP, 300, 200, 60));
    await page.keyboard.up('Space');
    if (process.env.SCREENSHOT_DIR) await screenshot(page, 'large-board-zoomed-out');
    return { loadMs: Math.round(loadMs), pan: panStats, zoom, summaryPan, zoomedOutPan };
  } finally {
    await page.close();
  }
}

/**
 * With PROFILE=1, runs `act` under the DevTools protocol's sampling profiler and prints how long the page's main
 * thread was busy and the functions that took most of it by themselves ("(program)" is the browser's own work:
 * painting the canvases, compositing). The profiler slows the page a little: compare profiles with profiles.
 */
async function profiled(page: Page, what: string, act: () => Promise<void>): Promise<void> {
  if (!process.env.PROFILE) return act();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await act();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const self = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples?.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const busy = [...self].filter(([name]) => !name.startsWith('(idle)')).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`  ${what}: main thread busy ${Math.round(busy)} ms; most by themselves:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${Math.round(ms).toString().padStart(6)} ms  ${name}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const started = Date.now();
  const created = process.env.BOARD_LINK
    ? { link: process.env.BOARD_LINK, elements: Number(process.env.ELEMENTS ?? STICKIES + ARROWS) }
    : await createLargeBoard();
  console.log(`board with ${STICKIES} stickies and ${ARROWS} arrows ready in ${Date.now() - started} ms: ${created.link}`);
  const browser = await launchChromium();
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const run = await measure(browser, created);
      runs.push(run);
      console.log(`run ${i + 1}: ${JSON.stringify(run)}`);
    }
  } finally {
    await browser.close();
  }
  const stat = (pick: (r: Run) => number): number => median(runs.map(pick));
  console.log('median of', RUNS, 'runs:');
  console.log(`  load to fully drawn: ${stat((r) => r.loadMs)} ms`);
  for (const phase of ['pan', 'zoom', 'summaryPan', 'zoomedOutPan'] as const) {
    console.log(
      `  ${phase}: ${stat((r) => r[phase].fps)} fps, ${stat((r) => r[phase].longFrames)} frames over 50 ms, worst frame ${stat((r) => r[phase].worstMs)} ms`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
