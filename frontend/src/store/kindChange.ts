import type { ElementKind, Op, WireElement } from '../sync/protocol';

/**
 * The kinds a sticky may be turned into, keeping its text, place and size: the small stickies. Cards, contexts and
 * arrows stay what they are (a card holds events, a context holds the model, an arrow joins two things).
 */
export const CHANGEABLE_KINDS: readonly ElementKind[] = ['event', 'command', 'actor', 'policy', 'readModel', 'hotspot', 'externalSystem'];

export function canChangeKind(element: WireElement): boolean {
  return CHANGEABLE_KINDS.includes(element.kind);
}

/** The updates that turn the selected stickies into `kind`; those already of it, and what may not change, left out. */
export function kindChangeOps(ids: Iterable<string>, view: ReadonlyMap<string, WireElement>, kind: ElementKind): Op[] {
  if (!CHANGEABLE_KINDS.includes(kind)) return [];
  const ops: Op[] = [];
  for (const id of ids) {
    const element = view.get(id);
    if (element && canChangeKind(element) && element.kind !== kind) ops.push({ op: 'update', id, set: { kind } });
  }
  return ops;
}
