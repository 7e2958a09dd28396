import { describe, expect, it } from 'vitest';
import { counted, rememberVisit, sinceVisit, visitedBoards, type VisitedBoard } from './visitedBoards';

function memory(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

const visit = (id: string, visitedAt: number, role: VisitedBoard['role'] = 'facilitator', phase = '1: Chaotic exploration'): VisitedBoard => ({
  id, title: `Board ${id}`, format: 'Process level', phase, role, link: `/b/${id}#k=${role}`, visitedAt,
});

describe('the boards this browser has opened', () => {
  it('lists the latest visit first, one entry a board, with its latest phase', () => {
    const storage = memory();
    rememberVisit(visit('a', 1), storage);
    rememberVisit(visit('b', 2), storage);
    rememberVisit(visit('a', 3, 'facilitator', '3: Commands and actors'), storage);
    expect(visitedBoards(storage).map((v) => [v.id, v.phase])).toEqual([['a', '3: Commands and actors'], ['b', '1: Chaotic exploration']]);
  });

  it("keeps the facilitator's link when the same person later opens a participant link", () => {
    const storage = memory();
    rememberVisit(visit('a', 1, 'facilitator'), storage);
    rememberVisit(visit('a', 2, 'participant'), storage);
    expect(visitedBoards(storage)[0]).toMatchObject({ role: 'facilitator', link: '/b/a#k=facilitator', visitedAt: 2 });
  });

  it('keeps the twenty latest and ignores what it cannot read', () => {
    const storage = memory();
    for (let i = 0; i < 25; i++) rememberVisit(visit(`b${i}`, i), storage);
    expect(visitedBoards(storage)).toHaveLength(20);
    expect(visitedBoards(storage)[0]?.id).toBe('b24');
    storage.setItem('stormwall.visited', '{not json');
    expect(visitedBoards(storage)).toEqual([]);
  });

  it('says how long ago and counts in words', () => {
    const now = 10 * 86_400_000;
    expect(sinceVisit(now - 10_000, now)).toBe('just now');
    expect(sinceVisit(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(sinceVisit(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(sinceVisit(now - 30 * 3_600_000, now)).toBe('yesterday');
    expect(counted(1, 'phase')).toBe('1 phase');
    expect(counted(5, 'phase')).toBe('5 phases');
  });
});
