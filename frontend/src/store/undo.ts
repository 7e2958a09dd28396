import type { ElementPatch, NewElement, Op, WireElement } from '../sync/protocol';

type View = ReadonlyMap<string, WireElement>;

/**
 * One own edit as undo/redo sees it: what to send to take it back, and what to send to do it again. Each side
 * remembers the values it expects to find, so it only ever reverts fields still as this person left them.
 */
export interface UndoEntry {
  readonly undo: readonly Step[];
  readonly redo: readonly Step[];
}

/** An op and, for updates, the values the fields must still have for the op to apply to them. */
interface Step {
  readonly op: Op;
  readonly expect?: ElementPatch;
}

const FIELDS = ['kind', 'text', 'x', 'y', 'w', 'h', 'z', 'label', 'from', 'to'] as const;

/** Records an own edit against the wall as it was just before it. */
export function record(ops: readonly Op[], before: View): UndoEntry {
  const undo: Step[] = [];
  const redo: Step[] = [];
  for (const op of ops) {
    if (op.op === 'create' && op.element.id) {
      undo.unshift({ op: { op: 'delete', id: op.element.id } });
      redo.push({ op });
    } else if (op.op === 'delete') {
      const gone = before.get(op.id);
      if (!gone) continue;
      const arrows = [...before.values()].filter((e) => e.kind === 'arrow' && (e.from === op.id || e.to === op.id));
      undo.unshift({ op: { op: 'create', element: asNew(gone) } }, ...arrows.map((a) => ({ op: { op: 'create' as const, element: asNew(a) } })));
      redo.push({ op });
    } else if (op.op === 'update') {
      const old = before.get(op.id);
      if (!old) continue;
      const previous: Record<string, unknown> = {};
      for (const field of FIELDS) if (field in op.set) previous[field] = (old as unknown as Record<string, unknown>)[field];
      if (op.set.props) {
        const props: Record<string, unknown> = {};
        const oldProps = old.props as Record<string, unknown>;
        for (const [key, value] of Object.entries(op.set.props)) props[key] = previousProp(key, value, oldProps[key]);
        previous['props'] = props;
      }
      undo.unshift({ op: { op: 'update', id: op.id, set: previous as ElementPatch }, expect: op.set });
      redo.push({ op, expect: previous as ElementPatch });
    }
  }
  return { undo, redo };
}

/**
 * The ops that take `steps` against the wall as it is now: creates and deletes only where that still makes
 * sense, updates only for fields nobody else has changed since.
 */
export function opsFor(steps: readonly Step[], now: View): Op[] {
  const ops: Op[] = [];
  // what the same batch creates first counts as there: a sticky brought back before the arrows to it
  const created = new Set<string>();
  const exists = (id: string): boolean => now.has(id) || created.has(id);
  for (const { op, expect } of steps) {
    if (op.op === 'create') {
      const { element } = op;
      if (element.id && !exists(element.id) && (element.kind !== 'arrow' || (exists(element.from) && exists(element.to)))) {
        created.add(element.id);
        ops.push(op);
      }
    } else if (op.op === 'delete') {
      if (now.has(op.id)) ops.push(op);
    } else {
      const current = now.get(op.id);
      if (!current) continue;
      const set = untouched(op.set, expect ?? {}, current);
      if (Object.keys(set).length > 0) ops.push({ op: 'update', id: op.id, set });
    }
  }
  return ops;
}

function untouched(set: ElementPatch, expect: ElementPatch, current: WireElement): ElementPatch {
  const result: Record<string, unknown> = {};
  const values = current as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    if (field in set && (!(field in expect) || values[field] === (expect as Record<string, unknown>)[field])) {
      result[field] = (set as Record<string, unknown>)[field];
    }
  }
  if (set.props) {
    const props: Record<string, unknown> = {};
    const expected = (expect.props ?? {}) as Record<string, unknown>;
    const now = current.props as Record<string, unknown>;
    for (const [key, value] of Object.entries(set.props)) {
      if (isEntries(key, value)) {
        const entries = untouchedEntries(value as Record<string, unknown>, (expected[key] ?? {}) as Record<string, unknown>, (now[key] ?? {}) as Record<string, unknown>);
        if (Object.keys(entries).length > 0) props[key] = entries;
      } else if (!(key in expected) || (now[key] ?? null) === expected[key]) {
        props[key] = value;
      }
    }
    if (Object.keys(props).length > 0) result['props'] = props;
  }
  return result as ElementPatch;
}

function asNew(e: WireElement): NewElement {
  const base = { id: e.id, w: e.w, h: e.h, z: e.z, props: e.props };
  return e.kind === 'arrow'
    ? { ...base, kind: 'arrow', from: e.from, to: e.to, ...(e.label !== undefined ? { label: e.label } : {}), w: undefined, h: undefined } as unknown as NewElement
    : { ...base, kind: e.kind, text: e.text, x: e.x, y: e.y };
}

/** Undo and redo stacks of one person; remote edits never enter them. */
export class UndoHistory {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > 200) this.done.shift();
    this.undone = [];
  }

  /** The ops to send to undo the latest own edit that still has something to undo. */
  undo(now: View): Op[] {
    return this.step(this.done, this.undone, (e) => e.undo, now);
  }

  redo(now: View): Op[] {
    return this.step(this.undone, this.done, (e) => e.redo, now);
  }

  private step(from: UndoEntry[], to: UndoEntry[], side: (e: UndoEntry) => readonly Step[], now: View): Op[] {
    while (from.length > 0) {
      const entry = from.pop()!;
      to.push(entry);
      const ops = opsFor(side(entry), now);
      if (ops.length > 0) return ops;
    }
    return [];
  }
}

/** Fields and scenarios merge per entry (as the server merges them), so undo takes back entry by entry. */
function isEntries(key: string, value: unknown): boolean {
  return (key === 'fields' || key === 'scenarios') && value !== null && typeof value === 'object';
}

function previousProp(key: string, value: unknown, old: unknown): unknown {
  if (!isEntries(key, value)) return old ?? null;
  const before = (old ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(value as object).map((entry) => [entry, before[entry] ?? null]));
}

/** The entries still as this person left them; an entry someone else changed since is theirs now. */
function untouchedEntries(set: Record<string, unknown>, expected: Record<string, unknown>, now: Record<string, unknown>): Record<string, unknown> {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return Object.fromEntries(Object.entries(set).filter(([entry]) => !(entry in expected) || same(now[entry], expected[entry])));
}
