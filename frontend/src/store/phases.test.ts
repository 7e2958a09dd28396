import { describe, expect, it } from 'vitest';
import type { SessionFormat } from '../api/boards';
import { availability, frozenNote, lockedFor, notYetOpen, placingLocked } from './phases';

const processLevel: SessionFormat = {
  id: 'process-level',
  name: 'Process level',
  description: '',
  phases: [
    { id: 'p1', name: 'Chaotic exploration', unlocks: ['event'], timeboxMinutes: 25, question: '' },
    { id: 'p2', name: 'Timeline ordering', unlocks: [], timeboxMinutes: 20, question: '' },
    { id: 'p3', name: 'Commands and actors', unlocks: ['command', 'actor', 'externalSystem', 'arrow'], timeboxMinutes: 20, question: '' },
  ],
};

describe('availability', () => {
  it.each([
    [1, 'event', { open: true }],
    [1, 'command', { open: false, reason: 'unlocks in phase 3: Commands and actors' }],
    [2, 'event', { open: true }],
    [3, 'command', { open: true }],
    [3, 'boundary', { open: false, reason: 'not part of the Process level format' }],
  ] as const)('phase %i, %s', (phase, kind, expected) => {
    expect(availability(processLevel, phase, false, kind)).toEqual(expected);
  });

  it('closes kinds a phase froze to everyone but the facilitator, until the board goes back before it', () => {
    const architecture: SessionFormat = {
      id: 'architecture',
      name: 'Architecture',
      description: '',
      phases: [
        { id: 'a1', name: 'Review the map', unlocks: ['event', 'hotspot'], timeboxMinutes: 10, question: '' },
        { id: 'a2', name: 'Aggregate candidates', unlocks: [], freezes: ['event'], timeboxMinutes: 25, question: '' },
        { id: 'a3', name: 'Boundaries', unlocks: ['aggregate'], timeboxMinutes: 20, question: '' },
      ],
    };
    expect(availability(architecture, 1, false, 'event')).toEqual({ open: true });
    expect(availability(architecture, 3, false, 'event')).toEqual({ open: false, reason: 'frozen since phase 2: Aggregate candidates' });
    expect(availability(architecture, 3, false, 'event', true)).toEqual({ open: true });
    expect(availability(architecture, 3, false, 'hotspot')).toEqual({ open: true });
    expect(availability(architecture, 3, true, 'event')).toEqual({ open: true });
  });

  it('opens everything when gating is lifted', () => {
    expect(availability(processLevel, 1, true, 'boundary')).toEqual({ open: true });
  });
});

describe('what is frozen', () => {
  const architecture: SessionFormat = {
    id: 'architecture',
    name: 'Architecture',
    description: '',
    phases: [
      { id: 'a1', name: 'Review the map', unlocks: ['event', 'hotspot', 'command'], timeboxMinutes: 10, question: '' },
      { id: 'a2', name: 'Aggregate candidates', unlocks: [], freezes: ['event', 'command'], timeboxMinutes: 25, question: '' },
      { id: 'a3', name: 'Boundaries', unlocks: ['aggregate'], timeboxMinutes: 20, question: '' },
    ],
  };
  const at = (phaseIndex: number, frozen = false, gatingLifted = false) => ({ phaseIndex, frozen, gatingLifted });

  it('holds back a participant on a frozen kind or a frozen wall, never the facilitator', () => {
    expect(lockedFor(architecture, at(1), 'event', false)).toBeNull();
    expect(lockedFor(architecture, at(3), 'event', false)).toBe(
      'Domain events are frozen since phase 2: Aggregate candidates; only the facilitator can change them now.');
    expect(lockedFor(architecture, at(3), 'aggregate', false)).toBeNull();
    expect(lockedFor(architecture, at(3, false, true), 'event', false)).toBeNull();
    expect(lockedFor(architecture, at(1, true), 'aggregate', false)).toBe('The facilitator has frozen the wall; only the facilitator can edit it now.');
    expect(lockedFor(architecture, at(3, true), 'event', true)).toBeNull();
  });

  it('tells the palette why a kind may not be placed: a frozen wall first, then the phases', () => {
    expect(placingLocked(architecture, at(1, true), 'event', false)).toBe('the facilitator has frozen the wall');
    expect(placingLocked(architecture, at(1, true), 'event', true)).toBeNull();
    expect(placingLocked(architecture, at(1), 'aggregate', false)).toBe('unlocks in phase 3: Boundaries');
    expect(placingLocked(architecture, at(3), 'event', false)).toBe('frozen since phase 2: Aggregate candidates');
    expect(placingLocked(architecture, at(3), 'event', true)).toBeNull();
    expect(placingLocked(architecture, at(1, false, true), 'aggregate', false)).toBeNull();
  });

  it('says in one line what is frozen, to participants and to the facilitator', () => {
    const kinds = ['event', 'command', 'aggregate'] as const;
    expect(frozenNote(architecture, at(1), kinds, false)).toBe('');
    expect(frozenNote(architecture, at(3), kinds, false)).toBe('Domain events and Commands are frozen since phase 2: only the facilitator can change them now.');
    expect(frozenNote(architecture, at(3), kinds, true)).toBe('Domain events and Commands are frozen since phase 2 for participants (you can still change them).');
    expect(frozenNote(architecture, at(1, true), kinds, false)).toBe('The wall is frozen: only the facilitator can edit it now.');
    expect(frozenNote(architecture, at(3, false, true), kinds, false)).toBe('');
  });
});

describe('fields and scenarios', () => {
  const modelling: SessionFormat = {
    ...processLevel,
    phases: [
      ...processLevel.phases,
      { id: 'p4', name: 'Identify inputs', unlocks: [], timeboxMinutes: 20, question: '', opens: ['fields'] },
      { id: 'p5', name: 'Elaborate scenarios', unlocks: [], timeboxMinutes: 20, question: '', opens: ['scenarios'] },
    ],
  };
  const at = (phaseIndex: number, gatingLifted = false) => ({ phaseIndex, gatingLifted, frozen: false });

  it('wait for the phase that opens them, saying which, as the server refuses them', () => {
    expect(notYetOpen(modelling, at(3), 'fields')).toBe('Fields open in phase 4: Identify inputs.');
    expect(notYetOpen(modelling, at(4), 'fields')).toBeNull();
    expect(notYetOpen(modelling, at(4), 'scenarios')).toBe('Scenarios open in phase 5: Elaborate scenarios.');
    expect(notYetOpen(modelling, at(5), 'scenarios')).toBeNull();
  });

  it('are open throughout in a format where no phase opens them, and whenever gating is lifted', () => {
    expect(notYetOpen(processLevel, at(1), 'fields')).toBeNull();
    expect(notYetOpen(modelling, at(1, true), 'scenarios')).toBeNull();
  });
});
