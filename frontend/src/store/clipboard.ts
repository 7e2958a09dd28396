import type { Rect } from '../render/geometry';
import { bounds } from '../render/visible';
import { LIMITS, type ElementKind, type NewElement, type Op, type Point, type Props, type WireElement } from '../sync/protocol';

/** Marks a clipboard text as elements copied from a Stormwall wall, so pasting anything else is left alone. */
export const CLIPBOARD_MARKER = 'stormwall/elements';

/** What is copied: the elements as they are, without their version or who last changed them. */
export interface CopiedElement {
  id: string;
  kind: ElementKind;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  props: Props;
  from?: string;
  to?: string;
  label?: string;
}

export interface ClipboardPayload {
  marker: typeof CLIPBOARD_MARKER;
  elements: CopiedElement[];
}

/** The selected elements, with the arrows that join two of them (an arrow with an end left behind stays behind). */
export function copyPayload(ids: Iterable<string>, view: ReadonlyMap<string, WireElement>): ClipboardPayload | null {
  const picked = new Set<string>();
  for (const id of ids) {
    const e = view.get(id);
    if (e && e.kind !== 'arrow') picked.add(id);
  }
  if (picked.size === 0) return null;
  const elements: CopiedElement[] = [];
  for (const e of [...view.values()].sort((a, b) => a.z - b.z)) {
    const joins = e.kind === 'arrow' && picked.has(e.from) && picked.has(e.to);
    if (!picked.has(e.id) && !joins) continue;
    const { id, kind, text, x, y, w, h, props } = e;
    elements.push(e.kind === 'arrow'
      ? { id, kind, text, x, y, w, h, props, from: e.from, to: e.to, ...(e.label !== undefined ? { label: e.label } : {}) }
      : { id, kind, text, x, y, w, h, props });
  }
  return { marker: CLIPBOARD_MARKER, elements };
}

/** A clipboard text back into copied elements; null when it isn't ours or doesn't hold what a paste needs. */
export function parsePayload(text: string): ClipboardPayload | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const payload = data as Partial<ClipboardPayload>;
  if (payload.marker !== CLIPBOARD_MARKER || !Array.isArray(payload.elements)) return null;
  const valid = payload.elements.every((e) =>
    typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.kind === 'string' && typeof e.text === 'string' &&
    [e.x, e.y, e.w, e.h].every((n) => typeof n === 'number' && Number.isFinite(n)));
  return valid && payload.elements.length > 0 ? { marker: CLIPBOARD_MARKER, elements: payload.elements } : null;
}

/** The kinds a paste would create, to refuse it when the phase has not unlocked one of them. */
export function kindsIn(payload: ClipboardPayload): ElementKind[] {
  return [...new Set(payload.elements.map((e) => e.kind))];
}

/**
 * The creates that paste copied elements as new ones: new ids, arrows joined to the new copies, the group placed
 * with its middle at `at` (the pointer) or, without one, shifted by `offset` from where it was copied.
 */
export function pasteOps(
  payload: ClipboardPayload,
  at: Point | null,
  offset: Point = { x: 30, y: 30 },
  newId: () => string = () => crypto.randomUUID(),
): { ops: Op[]; ids: string[] } {
  const notes = payload.elements.filter((e) => e.kind !== 'arrow');
  const box = bounds(notes) as Rect;
  const dx = at ? at.x - (box.x + box.w / 2) : offset.x;
  const dy = at ? at.y - (box.y + box.h / 2) : offset.y;
  const ids = new Map(notes.map((e) => [e.id, newId()]));
  const ops: Op[] = [];
  const clamp = (v: number): number => Math.round(Math.max(-LIMITS.coordinate, Math.min(LIMITS.coordinate, v)));
  for (const e of payload.elements) {
    let element: NewElement;
    if (e.kind === 'arrow') {
      const from = ids.get(e.from ?? '');
      const to = ids.get(e.to ?? '');
      if (!from || !to) continue;
      element = { id: newId(), kind: 'arrow', from, to, ...(e.label !== undefined ? { label: e.label } : {}) };
    } else {
      element = { id: ids.get(e.id)!, kind: e.kind, text: e.text, x: clamp(e.x + dx), y: clamp(e.y + dy), w: e.w, h: e.h, props: e.props ?? {} } as NewElement;
    }
    ops.push({ op: 'create', element });
  }
  return { ops, ids: [...ids.values()] };
}

/**
 * Bring to front / send to back: the elements keep their order among themselves and go above (or below)
 * everything else on the wall.
 */
export function zOrderOps(ids: Iterable<string>, view: ReadonlyMap<string, WireElement>, where: 'front' | 'back'): Op[] {
  const picked = new Set(ids);
  const all = [...view.values()];
  const moving = all.filter((e) => picked.has(e.id)).sort((a, b) => a.z - b.z);
  const others = all.filter((e) => !picked.has(e.id)).map((e) => e.z);
  if (moving.length === 0 || others.length === 0) return [];
  const start = where === 'front' ? Math.max(...others) + 1 : Math.min(...others) - moving.length;
  if (start < -LIMITS.z || start + moving.length > LIMITS.z) return [];
  return moving
    .map((e, i) => ({ id: e.id, z: start + i, was: e.z }))
    .filter((m) => m.z !== m.was)
    .map((m) => ({ op: 'update' as const, id: m.id, set: { z: m.z } }));
}
