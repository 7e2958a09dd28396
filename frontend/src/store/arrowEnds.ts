import type { Op, WireElement } from '../sync/protocol';

/**
 * An update of an arrow (its label, its z) names the arrow's ends as well: the server checks an arrow's ends
 * whenever the arrow changes, and reads only the elements a batch names. Naming them unchanged changes nothing.
 */
export function withArrowEnds(ops: readonly Op[], view: ReadonlyMap<string, WireElement>): Op[] {
  return ops.map((op) => {
    if (op.op !== 'update') return op;
    const arrow = view.get(op.id);
    if (arrow?.kind !== 'arrow' || (op.set.from && op.set.to)) return op;
    return { ...op, set: { from: arrow.from, to: arrow.to, ...op.set } };
  });
}
