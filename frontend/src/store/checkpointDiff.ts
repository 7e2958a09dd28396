import type { WireElement } from '../sync/protocol';

export interface Moved {
  id: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export interface Changed {
  id: string;
  /** text, kind, w, h, label, from, to, or a prop's name (status, fields, …) */
  fields: string[];
}

/** What changed between a checkpoint's wall and now, as GET …/checkpoints/{seq}/diff names it. */
export interface WallDiff {
  added: WireElement[];
  moved: Moved[];
  changed: Changed[];
  removed: WireElement[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The props that differ: keys compared whatever order they were written in. */
function changedProps(then: Record<string, unknown>, now: Record<string, unknown>): string[] {
  const names = [...new Set([...Object.keys(then), ...Object.keys(now)])].sort();
  return names.filter((name) => !same(sorted(then[name]), sorted(now[name])));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]));
  }
  return value;
}

/**
 * The changes since a checkpoint, computed against the live wall so they stay current while others edit: the same
 * rules as the server's diff (an arrow is never "moved": it follows its ends; the layer order z is no change).
 */
export function diffWalls(then: Iterable<WireElement>, now: ReadonlyMap<string, WireElement>): WallDiff {
  const before = new Map<string, WireElement>();
  for (const e of then) before.set(e.id, e);
  const diff: WallDiff = { added: [], moved: [], changed: [], removed: [] };
  for (const e of now.values()) {
    const old = before.get(e.id);
    if (!old) {
      diff.added.push(e);
      continue;
    }
    if (e.kind !== 'arrow' && (old.x !== e.x || old.y !== e.y)) diff.moved.push({ id: e.id, from: { x: old.x, y: old.y }, to: { x: e.x, y: e.y } });
    const fields: string[] = [];
    if (old.kind !== e.kind) fields.push('kind');
    if (old.text !== e.text) fields.push('text');
    if (old.w !== e.w) fields.push('w');
    if (old.h !== e.h) fields.push('h');
    for (const key of ['label', 'from', 'to'] as const) if (!same((old as Record<string, unknown>)[key], (e as Record<string, unknown>)[key])) fields.push(key);
    fields.push(...changedProps((old.props ?? {}) as Record<string, unknown>, (e.props ?? {}) as Record<string, unknown>));
    if (fields.length > 0) diff.changed.push({ id: e.id, fields });
  }
  for (const e of before.values()) if (!now.has(e.id)) diff.removed.push(e);
  return diff;
}

/** "3 added · 1 moved · 2 changed · 1 removed", or that nothing changed. */
export function diffSummary(diff: WallDiff): string {
  const parts = (
    [
      [diff.added.length, 'added'],
      [diff.moved.length, 'moved'],
      [diff.changed.length, 'changed'],
      [diff.removed.length, 'removed'],
    ] as const
  ).filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return parts.length === 0 ? 'Nothing has changed since' : parts.join(' · ');
}
