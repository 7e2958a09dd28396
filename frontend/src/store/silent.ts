import type { AppliedMessage, SilentRound } from '../sync/protocol';

/**
 * Silent writing as this person knows it: whether it is on, how many unseen stickies each person has written (from
 * the board and the others' `written` ops), and which stickies are this person's own unseen ones: only their own
 * tabs are sent those until the facilitator reveals them all.
 */
export interface SilentView {
  readonly on: boolean;
  /** Unseen stickies by person id. */
  readonly written: ReadonlyMap<string, number>;
  /** This person's own unseen stickies, by id. */
  readonly mine: ReadonlySet<string>;
}

export const NO_SILENT: SilentView = { on: false, written: new Map(), mine: new Set() };

export function silentFromSnapshot(round: SilentRound | undefined, unseen: readonly string[] | undefined): SilentView {
  if (!round?.on) return NO_SILENT;
  return { on: true, written: new Map(Object.entries(round.written)), mine: new Set(unseen ?? []) };
}

/** The silent-writing ops of a batch in the board's order (the caller skips batches it has seen, as the wall does). */
export function withSilentOps(view: SilentView, batch: AppliedMessage): SilentView {
  let { on, written, mine } = view;
  // only the author's own copy of a batch written unseen holds both its creates and a 'written' op
  const own = batch.ops.some((op) => op.op === 'written') && batch.ops.some((op) => op.op === 'create');
  for (const op of batch.ops) {
    if (op.op === 'silent') {
      on = op.on;
      if (!op.on) {
        written = new Map();
        mine = new Set();
      }
    } else if (op.op === 'written') {
      written = new Map(written);
      if (op.count > 0) (written as Map<string, number>).set(op.person, op.count);
      else (written as Map<string, number>).delete(op.person);
    } else if (op.op === 'create' && own && on) {
      mine = new Set(mine).add(op.element.id);
    } else if (op.op === 'delete' && mine.has(op.id)) {
      const next = new Set(mine);
      next.delete(op.id);
      mine = next;
    }
  }
  return on === view.on && written === view.written && mine === view.mine ? view : { on, written, mine };
}

/** "Ada 5 · Bo 3": who has written how many, by the names of the people on the board (else "someone"). */
export function writtenText(view: SilentView, nameOf: (person: string) => string | undefined): string {
  return [...view.written.entries()]
    .map(([person, count]) => `${nameOf(person) ?? 'someone'} ${count}`)
    .join(' · ');
}
