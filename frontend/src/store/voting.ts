import type { AppliedMessage, VotingRound } from '../sync/protocol';

/**
 * The dot-voting round as this person knows it: the round everyone sees (budget, who has used how many dots, the
 * tally once revealed) and this person's own dots, which only their own tabs are ever sent until the reveal.
 */
export interface VotingView {
  readonly round: VotingRound;
  /** This person's dots by sticky id. */
  readonly mine: ReadonlyMap<string, number>;
}

export const NO_ROUND: VotingRound = { state: 'none', votesPerPerson: 0, revealed: false, used: [] };
export const NO_VOTING: VotingView = { round: NO_ROUND, mine: new Map() };

export function votingFromSnapshot(round: VotingRound | undefined, votes: Readonly<Record<string, number>> | undefined): VotingView {
  return { round: round ?? NO_ROUND, mine: new Map(Object.entries(votes ?? {})) };
}

/** The voting ops of a batch in the board's order (the caller skips batches it has seen, as the wall does). */
export function withVotingOps(view: VotingView, batch: AppliedMessage): VotingView {
  let { round, mine } = view;
  for (const op of batch.ops) {
    if (op.op === 'voting') {
      round = op.voting;
      if (op.action === 'open') mine = new Map();
    } else if (op.op === 'vote') {
      const next = new Map(mine);
      if (op.dots > 0) next.set(op.element, op.dots);
      else next.delete(op.element);
      mine = next;
    } else if (op.op === 'votesCast') {
      const used = round.used.filter((u) => u.person !== op.person);
      round = { ...round, used: op.used > 0 ? [...used, { person: op.person, dots: op.used }] : used };
    } else if (op.op === 'delete' && mine.has(op.id)) {
      // a removed sticky's dots go back to their owners: the server has dropped them with it
      const next = new Map(mine);
      next.delete(op.id);
      mine = next;
    }
  }
  return round === view.round && mine === view.mine ? view : { round, mine };
}

export function isOpen(view: VotingView): boolean {
  return view.round.state === 'open';
}

export function isRevealed(view: VotingView): boolean {
  return view.round.revealed && (view.round.state === 'revealed' || view.round.state === 'closed');
}

export function used(view: VotingView): number {
  let n = 0;
  for (const dots of view.mine.values()) n += dots;
  return n;
}

export function votesLeft(view: VotingView): number {
  return Math.max(0, view.round.votesPerPerson - used(view));
}

/** Whether the round lets a sticky of this kind get votes: its kinds, or every kind but arrows and contexts. */
export function votable(view: VotingView, kind: string): boolean {
  if (view.round.kinds) return (view.round.kinds as readonly string[]).includes(kind);
  return kind !== 'arrow' && kind !== 'boundary';
}

/** "3 of 5 votes left". */
export function leftText(view: VotingView): string {
  const left = votesLeft(view);
  return `${left} of ${view.round.votesPerPerson} vote${view.round.votesPerPerson === 1 ? '' : 's'} left`;
}

/** The tally by sticky: only once revealed, only for stickies still on the wall. */
export function tallyOf(view: VotingView, present: (id: string) => boolean): Map<string, number> {
  const tally = new Map<string, number>();
  if (!isRevealed(view)) return tally;
  for (const t of view.round.tally ?? []) if (present(t.element)) tally.set(t.element, t.votes);
  return tally;
}

export interface Ranked {
  readonly element: string;
  readonly votes: number;
  /** Equal votes share a rank: 1, 2, 2, 4. */
  readonly rank: number;
}

/** The revealed tally in rank order, stickies no longer on the wall left out. */
export function ranking(view: VotingView, present: (id: string) => boolean): Ranked[] {
  const ranked: Ranked[] = [];
  let previous = -1;
  let rank = 0;
  for (const [element, votes] of tallyOf(view, present)) {
    rank = votes === previous ? rank : ranked.length + 1;
    previous = votes;
    ranked.push({ element, votes, rank });
  }
  return ranked;
}
