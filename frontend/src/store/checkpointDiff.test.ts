import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { diffSummary, diffWalls } from './checkpointDiff';

const sticky = (id: string, over: Partial<WireElement> = {}): WireElement =>
  ({ id, kind: 'event', text: id, x: 0, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'Ada', updatedAt: '2026-11-23T09:00:00Z', ...over }) as WireElement;

describe('diffWalls', () => {
  it('names what was added, moved, changed and removed since the checkpoint', () => {
    const then = [sticky('a'), sticky('b'), sticky('c'), sticky('d', { props: { fields: { f1: { name: 'id', type: 'id', at: 1 } } } })];
    const now = new Map(
      [sticky('a', { x: 40, y: 10, z: 7 }), sticky('b', { text: 'Order Shipped' }), sticky('d'), sticky('e')].map((e) => [e.id, e]),
    );
    const diff = diffWalls(then, now);
    expect(diff.added.map((e) => e.id)).toEqual(['e']);
    expect(diff.removed.map((e) => e.id)).toEqual(['c']);
    expect(diff.moved).toEqual([{ id: 'a', from: { x: 0, y: 0 }, to: { x: 40, y: 10 } }]);
    expect(diff.changed).toEqual([
      { id: 'b', fields: ['text'] },
      { id: 'd', fields: ['fields'] },
    ]);
    expect(diffSummary(diff)).toBe('1 added · 1 moved · 2 changed · 1 removed');
  });

  it('does not call an arrow moved, nor props written in another order changed', () => {
    const arrow = { ...sticky('r'), kind: 'arrow', from: 'a', to: 'b', x: 0 } as WireElement;
    const then = [arrow, sticky('p', { kind: 'hotspot', props: { status: 'open', owner: 'Grace' } })];
    const now = new Map<string, WireElement>([
      ['r', { ...arrow, x: 99 } as WireElement],
      ['p', sticky('p', { kind: 'hotspot', props: { owner: 'Grace', status: 'open' } })],
    ]);
    const diff = diffWalls(then, now);
    expect(diff.moved).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diffSummary(diff)).toBe('Nothing has changed since');
  });
});

interface DiffCase {
  name: string;
  then: WireElement[];
  now: WireElement[];
  expect: { added: string[]; moved: unknown[]; changed: unknown[]; removed: string[] };
}

/** The table of cases the server's rule (CheckpointService.diff) is held to as well. */
const shared = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../docs/checkpoint-diff-cases.json', import.meta.url)), 'utf8'),
) as { cases: DiffCase[] };

describe('diffWalls on the cases shared with the server', () => {
  it('has cases to agree on', () => expect(shared.cases.length).toBeGreaterThanOrEqual(5));

  for (const c of shared.cases) {
    it(c.name, () => {
      const diff = diffWalls(c.then, new Map(c.now.map((e) => [e.id, e])));
      expect(diff.added.map((e) => e.id)).toEqual(c.expect.added);
      expect(diff.removed.map((e) => e.id)).toEqual(c.expect.removed);
      expect(diff.moved).toEqual(c.expect.moved);
      expect(diff.changed).toEqual(c.expect.changed);
    });
  }
});
