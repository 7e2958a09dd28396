import { describe, expect, it } from 'vitest';
import type { AppliedMessage, AppliedOp } from '../sync/protocol';
import { NO_VOTING, isOpen, isRevealed, leftText, ranking, votable, votesLeft, votingFromSnapshot, withVotingOps } from './voting';

const A = '2b0e8f7a-5c4d-4e3f-8a1b-9c0d1e2f3a4b';
const B = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const ME = 'Qg6oDtO3bUhy37gXHNvCYo';
const OTHER = 'kfXsgLDORCIAm8w6FNvA3b';

function batch(seq: number, ...ops: AppliedOp[]): AppliedMessage {
  return { type: 'applied', seq, origin: 'o', clientOpId: `op-${seq}`, by: 'Ada', at: '2026-11-23T10:00:00Z', ops };
}

const open = batch(1, { op: 'voting', action: 'open', voting: { state: 'open', votesPerPerson: 3, revealed: false, used: [] } });

describe('dot voting as one person knows it', () => {
  it('counts own dots against the budget, stacking on one sticky', () => {
    let v = withVotingOps(NO_VOTING, open);
    v = withVotingOps(v, batch(2, { op: 'vote', element: A, dots: 1, left: 2 }, { op: 'votesCast', person: ME, used: 1 }));
    v = withVotingOps(v, batch(3, { op: 'vote', element: A, dots: 2, left: 1 }, { op: 'votesCast', person: ME, used: 2 }));
    expect(isOpen(v)).toBe(true);
    expect(v.mine.get(A)).toBe(2);
    expect(votesLeft(v)).toBe(1);
    expect(leftText(v)).toBe('1 of 3 votes left');
    expect(v.round.used).toEqual([{ person: ME, dots: 2 }]);
  });

  it('learns how many dots others used, never where, and gives back the dots of a removed sticky', () => {
    let v = withVotingOps(votingFromSnapshot({ state: 'open', votesPerPerson: 3, revealed: false, used: [] }, { [A]: 2 }),
      batch(2, { op: 'votesCast', person: OTHER, used: 3 }));
    expect(v.round.used).toEqual([{ person: OTHER, dots: 3 }]);
    v = withVotingOps(v, batch(3, { op: 'delete', id: A }));
    expect(votesLeft(v)).toBe(3);
  });

  it('ranks the revealed tally with shared ranks, leaving out what is gone', () => {
    const v = withVotingOps(NO_VOTING, batch(4, { op: 'voting', action: 'reveal', voting: {
      state: 'revealed', votesPerPerson: 3, revealed: true, used: [], tally: [{ element: A, votes: 4 }, { element: B, votes: 4 }, { element: 'gone', votes: 1 }],
    } }));
    expect(isRevealed(v)).toBe(true);
    expect(ranking(v, (id) => id !== 'gone')).toEqual([{ element: A, votes: 4, rank: 1 }, { element: B, votes: 4, rank: 1 }]);
  });

  it('opening a round forgets the last one and keeps to its kinds', () => {
    const v = withVotingOps({ ...NO_VOTING, mine: new Map([[A, 1]]) }, batch(5, { op: 'voting', action: 'open', voting: {
      state: 'open', votesPerPerson: 2, kinds: ['hotspot'], revealed: false, used: [],
    } }));
    expect(v.mine.size).toBe(0);
    expect(votable(v, 'hotspot')).toBe(true);
    expect(votable(v, 'event')).toBe(false);
    expect(votable(NO_VOTING, 'boundary')).toBe(false);
  });
});
