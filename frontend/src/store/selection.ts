import type { Rect } from '../render/geometry';
import { contains } from '../render/visible';
import type { DragPosition, Op, WireElement } from '../sync/protocol';
import { contents } from './containment';

/**
 * Where the elements go when `ids` are moved by (dx, dy) together: each of them, and whatever lies inside the
 * containers among them, each once, as far as `carries` lets a container carry them (frozen stickies stay where they
 * are: the container moves alone). Arrows follow their ends and are never moved themselves.
 */
export function movedTogether(
  ids: Iterable<string>,
  dx: number,
  dy: number,
  view: ReadonlyMap<string, WireElement>,
  carries: (e: WireElement) => boolean = () => true,
): DragPosition[] {
  const moved = new Map<string, DragPosition>();
  const move = (e: WireElement): void => {
    if (e.kind !== 'arrow' && !moved.has(e.id)) moved.set(e.id, { id: e.id, x: Math.round(e.x + dx), y: Math.round(e.y + dy) });
  };
  for (const id of ids) {
    const element = view.get(id);
    if (!element) continue;
    move(element);
    contents(element, view).filter(carries).forEach(move);
  }
  return [...moved.values()];
}

/** What a rubber band selects: every element lying wholly inside it, and arrows whose both ends do. */
export function inBand(band: Rect, view: ReadonlyMap<string, WireElement>): string[] {
  const inside = new Set<string>();
  for (const e of view.values()) if (e.kind !== 'arrow' && contains(band, e)) inside.add(e.id);
  for (const e of view.values()) if (e.kind === 'arrow' && inside.has(e.from) && inside.has(e.to)) inside.add(e.id);
  return [...inside];
}

/**
 * The deletes that remove these elements. An arrow with an end among them is left out: it goes with that end
 * anyway, and the server refuses a batch that deletes what is already gone.
 */
export function deleteOps(ids: Iterable<string>, view: ReadonlyMap<string, WireElement>): Op[] {
  const going = new Set([...ids].filter((id) => view.has(id)));
  const follows = (e: WireElement): boolean => e.kind === 'arrow' && (going.has(e.from) || going.has(e.to));
  return [...going].filter((id) => !follows(view.get(id)!)).map((id) => ({ op: 'delete', id }));
}
