import type { AppliedMessage, WallViewport } from '../sync/protocol';

/** The most a viewport's corner and size may be on the wire (protocol.schema.json, `viewport`). */
const MAX_COORDINATE = 1_000_000;
const MAX_SIZE = 2_000_000;

/**
 * The part of the wall on screen as presence and summons carry it: to a tenth of a wall unit (exact enough to
 * follow, and short on the wire), within the schema's limits.
 */
export function wireViewport(area: { x: number; y: number; w: number; h: number }): WallViewport {
  const tenth = (n: number): number => Math.round(n * 10) / 10;
  const within = (n: number, low: number, high: number): number => Math.min(high, Math.max(low, n));
  return {
    x: tenth(within(area.x, -MAX_COORDINATE, MAX_COORDINATE)),
    y: tenth(within(area.y, -MAX_COORDINATE, MAX_COORDINATE)),
    w: tenth(within(area.w, 1, MAX_SIZE)),
    h: tenth(within(area.h, 1, MAX_SIZE)),
  };
}

export interface Summons {
  readonly by: string;
  readonly viewport: WallViewport;
}

/**
 * A summon this screen should follow: one in a batch that arrived live (after the catch-up, whose batches end at the
 * welcome's `seq`: an old summon replayed on reconnecting moves nobody) and that this page did not send itself.
 * When a batch holds several, the last counts.
 */
export function liveSummons(batch: AppliedMessage, liveFrom: number | null, ownOrigin: string | null): Summons | null {
  if (liveFrom === null || batch.seq <= liveFrom || batch.origin === ownOrigin) return null;
  let found: Summons | null = null;
  for (const op of batch.ops) if (op.op === 'summon') found = { by: batch.by, viewport: op.viewport };
  return found;
}
