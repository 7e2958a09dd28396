import type { WireElement } from '../sync/protocol';

/**
 * What lies inside a container, by the notation's rule of geometry: an element whose centre is inside a
 * bounded context or an aggregate card belongs to it (an aggregate to the context around it). Arrows follow their
 * ends and never belong anywhere themselves.
 */
export function contents(container: WireElement, view: ReadonlyMap<string, WireElement>): WireElement[] {
  if (container.kind !== 'boundary' && container.kind !== 'aggregate') return [];
  return [...view.values()].filter((e) => {
    if (e.id === container.id || e.kind === 'arrow' || e.kind === 'boundary') return false;
    if (container.kind === 'aggregate' && e.kind === 'aggregate') return false;
    const cx = e.x + e.w / 2;
    const cy = e.y + e.h / 2;
    return cx >= container.x && cx <= container.x + container.w && cy >= container.y && cy <= container.y + container.h;
  });
}
