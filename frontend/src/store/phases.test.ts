import { describe, expect, it } from 'vitest';
import type { SessionFormat } from '../api/boards';
import { availability, frozenReason } from './phases';

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

describe('frozen stickies', () => {
  const architecture: SessionFormat = {
    id: 'architecture',
    name: 'Architecture',
    description: '',
    phases: [
      { id: 'a1', name: 'Review the map', unlocks: ['event'], timeboxMinutes: 10, question: '' },
      { id: 'a2', name: 'Aggregate candidates', unlocks: ['aggregate'], freezes: ['event'], timeboxMinutes: 25, question: '' },
      { id: 'a3', name: 'Boundaries', unlocks: ['boundary'], timeboxMinutes: 20, question: '' },
    ],
  };
  const at = (index: number, frozen = false, gatingLifted = false) => ({ phase: { index }, frozen, gatingLifted });

  it('names the freeze of a kind, for everyone but the facilitator', () => {
    expect(frozenReason(architecture, at(3), 'event', false)).toBe('Domain events are frozen since phase 2: Aggregate candidates; only the facilitator can change them now.');
    expect(frozenReason(architecture, at(3), 'aggregate', false)).toBeNull();
    expect(frozenReason(architecture, at(1), 'event', false)).toBeNull();
    expect(frozenReason(architecture, at(3), 'event', true)).toBeNull();
    expect(frozenReason(architecture, at(3, false, true), 'event', false)).toBeNull();
  });

  it('names a frozen wall', () => {
    expect(frozenReason(architecture, at(1, true), 'aggregate', false)).toBe('The wall is frozen: only the facilitator can change it now.');
  });
});
