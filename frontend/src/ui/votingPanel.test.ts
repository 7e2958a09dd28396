import { describe, expect, it } from 'vitest';
import { NO_VOTING } from '../store/voting';
import type { Participant } from '../sync/protocol';
import { votersOf } from './votingPanel';

const person = (name: string, personId: string, role: Participant['role'], sessionId = `s-${name}`): Participant =>
  ({ sessionId, personId, name, colour: '#1971c2', role });

describe('who has voted', () => {
  it('lists each person once however many tabs, those still to vote, and nobody who only watches', () => {
    const voting = { ...NO_VOTING, round: { ...NO_VOTING.round, state: 'open' as const, votesPerPerson: 3, used: [{ person: 'p-ada', dots: 2 }] } };
    const participants = [person('Ada', 'p-ada', 'participant'), person('Ada', 'p-ada', 'participant', 's-ada-2'),
      person('Grace', 'p-grace', 'facilitator'), person('Watcher', 'p-watch', 'observer')];
    expect(votersOf({ voting, participants }).map((v) => `${v.name} ${v.dots}`)).toEqual(['Ada 2', 'Grace 0']);
  });
});
