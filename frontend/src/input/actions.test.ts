import { describe, expect, it } from 'vitest';
import { copyPayload } from '../store/clipboard';
import { LIMITS, type ElementKind, type Op, type WireElement } from '../sync/protocol';
import { wallActions } from './actions';
import type { WallContext } from './wallContext';

function element(id: string, kind: ElementKind, x: number, z: number): WireElement {
  return { id, kind, text: id, x, y: 0, w: 160, h: 120, z, props: {}, version: 1, updatedBy: '', updatedAt: '' } as WireElement;
}

/** A wall of three stickies and an arrow, recording each edit and what ends up selected. */
function wall(selected: string[], canEdit = true, frozen: ElementKind | null = null) {
  const view = new Map([element('a', 'event', 0, 1), element('b', 'command', 200, 2), element('c', 'event', 400, 3)].map((e) => [e.id, e]));
  view.set('ab', { ...element('ab', 'arrow', 0, 4), from: 'a', to: 'b' } as WireElement);
  const edits: Op[][] = [];
  const said: string[] = [];
  let selection: ReadonlySet<string> = new Set(selected);
  const context: WallContext = {
    view: () => view,
    canEdit: () => canEdit,
    locked: (id) => (view.get(id)?.kind === frozen ? 'Domain events are frozen since phase 2: Aggregate candidates.' : null),
    notYetOpen: () => null,
    selection: () => selection,
    select: (ids) => (selection = new Set(ids)),
    edit: (ops) => edits.push(ops),
    say: (text) => said.push(text),
  };
  return { context, edits, said, selection: () => selection };
}

describe('the wall actions', () => {
  it('deletes the selection in one edit and selects nothing', () => {
    const w = wall(['c', 'ab']);
    wallActions(w.context, () => null).remove();
    expect(w.edits).toEqual([[{ op: 'delete', id: 'c' }, { op: 'delete', id: 'ab' }]]);
    expect(w.selection().size).toBe(0);
  });

  it('deletes, nudges and layers nothing when the selection holds a frozen sticky, saying why', () => {
    const w = wall(['b', 'c'], true, 'event');
    const actions = wallActions(w.context, () => null);
    actions.remove();
    actions.nudge(10, 0);
    actions.toFront();
    expect(w.edits).toEqual([]);
    expect(w.said).toEqual(Array(3).fill('Domain events are frozen since phase 2: Aggregate candidates.'));
    expect(w.selection()).toEqual(new Set(['b', 'c']));
  });

  it('duplicates the selection with the arrow between its stickies in one edit, selecting the copies', () => {
    const w = wall(['a', 'b']);
    wallActions(w.context, () => null).duplicate();
    expect(w.edits).toHaveLength(1);
    const created = w.edits[0]!.map((op) => (op.op === 'create' ? op.element.kind : op.op));
    expect(created).toEqual(['event', 'command', 'arrow']);
    expect(w.selection().size).toBe(2);
    expect([...w.selection()].some((id) => id === 'a' || id === 'b')).toBe(false);
  });

  it("refuses to paste a kind the phase has not unlocked, saying why", () => {
    const w = wall(['a', 'b']);
    const locked = (kind: ElementKind) => (kind === 'command' ? 'Commands unlock in phase 3' : null);
    wallActions(w.context, locked).duplicate();
    expect(w.edits).toEqual([]);
    expect(w.said).toEqual(['Commands unlock in phase 3']);
  });

  it("changes the selected stickies' kind in one edit, within what the phase unlocks", () => {
    const w = wall(['a', 'b', 'ab']);
    wallActions(w.context, () => null).changeKind('command');
    expect(w.edits).toEqual([[{ op: 'update', id: 'a', set: { kind: 'command' } }]]);
    const locked = wall(['a']);
    wallActions(locked.context, (kind) => (kind === 'policy' ? 'Policy: unlocks in phase 5' : null)).changeKind('policy');
    expect(locked.edits).toEqual([]);
    expect(locked.said).toEqual(['Policy: unlocks in phase 5']);
  });

  it('nudges a card without what it may not carry', () => {
    const w = wall(['card']);
    const view = w.context.view() as Map<string, WireElement>;
    view.set('card', { ...element('card', 'aggregate', -20, 5), y: -20, w: 500, h: 300 });
    wallActions(w.context, () => null, (e) => e.id !== 'a').nudge(10, 0);
    expect(w.edits).toEqual([[
      { op: 'update', id: 'card', set: { x: -10, y: -20 } },
      { op: 'update', id: 'b', set: { x: 210, y: 0 } },
      { op: 'update', id: 'c', set: { x: 410, y: 0 } },
    ]]);
  });

  it('refuses a paste larger than one batch may be', () => {
    const w = wall([]);
    const one = copyPayload(['a'], w.context.view())!;
    const many = { ...one, elements: Array.from({ length: LIMITS.opsPerBatch + 1 }, (_, i) => ({ ...one.elements[0]!, id: `n${i}` })) };
    wallActions(w.context, () => null).paste(many, null);
    expect(w.edits).toEqual([]);
    expect(w.said[0]).toMatch(/At most/);
  });

  it('brings the selection above everything else, and sends it below', () => {
    const w = wall(['b']);
    const actions = wallActions(w.context, () => null);
    actions.toFront();
    actions.toBack();
    expect(w.edits).toEqual([[{ op: 'update', id: 'b', set: { z: 5 } }], [{ op: 'update', id: 'b', set: { z: 0 } }]]);
  });

  it('pastes nothing for an observer', () => {
    const w = wall(['a'], false);
    wallActions(w.context, () => null).duplicate();
    expect(w.edits).toEqual([]);
  });
});
