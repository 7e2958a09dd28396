import type { Op, WireElement } from '../sync/protocol';
import { contents } from './containment';
import { movedTogether } from './selection';

/** Lining the selection up: left edges, top edges (a timeline's row), or equal gaps across or down. */
export type Arrangement = 'alignLeft' | 'alignTop' | 'distributeAcross' | 'distributeDown';

/** How many elements an arrangement needs to mean anything. */
export const NEEDED: Record<Arrangement, number> = { alignLeft: 2, alignTop: 2, distributeAcross: 3, distributeDown: 3 };

/**
 * The moves that arrange the selected elements, as one batch: aligned to the leftmost left edge or the topmost top
 * edge, or spread so the gaps between them are equal, the outermost two staying where they are. Arrows are left
 * out (they follow their ends), and so is what lies inside a selected container: it moves with its container.
 * Nothing is sent for elements already in place.
 */
export function arrangeOps(ids: Iterable<string>, how: Arrangement, view: ReadonlyMap<string, WireElement>): Op[] {
  const picked = [...new Set(ids)].map((id) => view.get(id)).filter((e): e is WireElement => !!e && e.kind !== 'arrow');
  const inner = new Set(picked.flatMap((e) => contents(e, view).map((c) => c.id)));
  const items = picked.filter((e) => !inner.has(e.id));
  if (items.length < NEEDED[how]) return [];
  const targets = places(items, how);
  const moved = new Map<string, { x: number; y: number }>();
  for (const e of items) {
    const to = targets.get(e.id)!;
    for (const d of movedTogether([e.id], to.x - e.x, to.y - e.y, view)) if (!moved.has(d.id)) moved.set(d.id, d);
  }
  return [...moved]
    .filter(([id, at]) => view.get(id)!.x !== at.x || view.get(id)!.y !== at.y)
    .map(([id, at]) => ({ op: 'update', id, set: { x: at.x, y: at.y } }));
}

function places(items: WireElement[], how: Arrangement): Map<string, { x: number; y: number }> {
  const at = new Map(items.map((e) => [e.id, { x: e.x, y: e.y }]));
  if (how === 'alignLeft') {
    const left = Math.min(...items.map((e) => e.x));
    items.forEach((e) => (at.get(e.id)!.x = left));
  } else if (how === 'alignTop') {
    const top = Math.min(...items.map((e) => e.y));
    items.forEach((e) => (at.get(e.id)!.y = top));
  } else {
    const across = how === 'distributeAcross';
    const start = (e: WireElement): number => (across ? e.x : e.y);
    const length = (e: WireElement): number => (across ? e.w : e.h);
    const sorted = [...items].sort((a, b) => start(a) - start(b) || a.id.localeCompare(b.id));
    const first = sorted[0]!;
    const last = sorted.at(-1)!;
    const span = start(last) + length(last) - start(first);
    const gap = (span - sorted.reduce((sum, e) => sum + length(e), 0)) / (sorted.length - 1);
    let next = start(first);
    for (const e of sorted) {
      const place = at.get(e.id)!;
      if (across) place.x = Math.round(next);
      else place.y = Math.round(next);
      next += length(e) + gap;
    }
  }
  return at;
}
