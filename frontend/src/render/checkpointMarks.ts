import type { WireElement } from '../sync/protocol';
import type { WallDiff } from '../store/checkpointDiff';

export type MarkKind = 'added' | 'changed' | 'moved' | 'removed';

/** One mark of the changes since a checkpoint, in wall coordinates. */
export interface DiffMark {
  kind: MarkKind;
  id: string;
  /** The box drawn: the element now (added, changed), or where it was (moved: its ghost; removed). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** What the mark says beside the box: "added", "moved", "changed: text", "removed". */
  caption: string;
  /** The element's text, shown in a ghost. */
  text: string;
  /** From the ghost's centre to the element's centre now (moved only). */
  arrow?: { from: { x: number; y: number }; to: { x: number; y: number } };
}

export const MARK_COLOURS: Record<MarkKind, string> = {
  added: '#2f9e44',
  changed: '#e67700',
  moved: '#495057',
  removed: '#c92a2a',
};

const FIELD_NAMES: Record<string, string> = { w: 'size', h: 'size', from: 'ends', to: 'ends' };

/**
 * The marks that show the changes since a checkpoint on the live wall: added outlined, changed outlined with what
 * changed, moved as a ghost at the old place with an arrow to the new one, removed as a ghost. Arrows between
 * stickies are left to their ends (a removed arrow is named in the count only).
 */
export function diffMarks(diff: WallDiff, now: ReadonlyMap<string, WireElement>): DiffMark[] {
  const marks: DiffMark[] = [];
  const box = (e: WireElement) => ({ x: e.x, y: e.y, w: e.w, h: e.h });
  for (const e of diff.removed) if (e.kind !== 'arrow') marks.push({ kind: 'removed', id: e.id, ...box(e), caption: 'removed', text: e.text });
  for (const m of diff.moved) {
    const e = now.get(m.id);
    if (!e) continue;
    marks.push({
      kind: 'moved', id: m.id, x: m.from.x, y: m.from.y, w: e.w, h: e.h, caption: 'moved', text: e.text,
      arrow: { from: { x: m.from.x + e.w / 2, y: m.from.y + e.h / 2 }, to: { x: e.x + e.w / 2, y: e.y + e.h / 2 } },
    });
  }
  for (const e of diff.added) if (e.kind !== 'arrow') marks.push({ kind: 'added', id: e.id, ...box(e), caption: 'added', text: e.text });
  for (const c of diff.changed) {
    const e = now.get(c.id);
    if (!e || e.kind === 'arrow') continue;
    const named = [...new Set(c.fields.map((f) => FIELD_NAMES[f] ?? f))];
    marks.push({ kind: 'changed', id: c.id, ...box(e), caption: `changed: ${named.join(', ')}`, text: e.text });
  }
  return marks;
}
