import type { WireElement } from '../sync/protocol';

/** The part of an element the containment rule reads. */
type Area = Pick<WireElement, 'id' | 'kind' | 'x' | 'y' | 'w' | 'h' | 'z'>;

/** The notation's rule of geometry: the element's centre lies inside the container's rectangle (edges included). */
function holdsCentre(container: Area, e: Area): boolean {
  const cx = e.x + e.w / 2;
  const cy = e.y + e.h / 2;
  return cx >= container.x && cx <= container.x + container.w && cy >= container.y && cy <= container.y + container.h;
}

/**
 * What lies inside a container, by the notation's rule of geometry: an element whose centre is inside a
 * bounded context or an aggregate card belongs to it (an aggregate to the context around it). Arrows follow their
 * ends and never belong anywhere themselves. This is what moves along when the container is moved.
 */
export function contents(container: WireElement, view: ReadonlyMap<string, WireElement>): WireElement[] {
  if (container.kind !== 'boundary' && container.kind !== 'aggregate') return [];
  return [...view.values()].filter((e) => {
    if (e.id === container.id || e.kind === 'arrow' || e.kind === 'boundary') return false;
    if (container.kind === 'aggregate' && e.kind === 'aggregate') return false;
    return holdsCentre(container, e);
  });
}

/** Of several containers holding a centre: the smallest area, then the one on top, then the lowest id. */
function innermost<T extends Area>(containers: T[], e: Area): T | undefined {
  let best: T | undefined;
  for (const c of containers) {
    if (c.id === e.id || !holdsCentre(c, e)) continue;
    if (!best) {
      best = c;
      continue;
    }
    const area = c.w * c.h - best.w * best.h;
    if (area < 0 || (area === 0 && (c.z > best.z || (c.z === best.z && c.id < best.id)))) best = c;
  }
  return best;
}

/**
 * Which aggregate card and bounded context an element belongs to by geometry: the server's rule
 * (io.stormwall.notation.Placement), checked against it by the shared table docs/containment-cases.json. The
 * server also reads arrows (a command belongs to the aggregate its arrow leads to); the browser does not yet.
 */
export function placementOf<T extends Area>(
  e: Area,
  elements: Iterable<T>,
): { aggregate: T | undefined; context: T | undefined } {
  if (e.kind === 'arrow' || e.kind === 'boundary') return { aggregate: undefined, context: undefined };
  const all = [...elements];
  const aggregate =
    e.kind === 'aggregate'
      ? undefined
      : innermost(
          all.filter((c) => c.kind === 'aggregate'),
          e,
        );
  const context = innermost(
    all.filter((c) => c.kind === 'boundary'),
    aggregate ?? e,
  );
  return { aggregate, context };
}
