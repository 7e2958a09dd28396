import { describe, expect, it } from 'vitest';
import type { SessionFormat } from '../api/boards';
import { availability } from './phases';

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

  it('opens everything when gating is lifted', () => {
    expect(availability(processLevel, 1, true, 'boundary')).toEqual({ open: true });
  });
});
