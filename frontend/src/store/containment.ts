import type { WireElement } from '../sync/protocol';

/** The part of an element the containment rule reads (an arrow's ends too). */
type Area = Pick<WireElement, 'id' | 'kind' | 'x' | 'y' | 'w' | 'h' | 'z'> & { from?: string; to?: string };

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

/** Timeline order, the server's too: left to right, then top to bottom, then by id. */
function byTimeline(a: Area, b: Area): number {
  return a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

type Link = 'handledBy' | 'emits' | 'resultsIn';

/** The arrow meanings placement reads, stated from cause to effect (the server's Flow holds all of them). */
const LINKS: Record<string, Link> = {
  'command>aggregate': 'handledBy',
  'aggregate>event': 'emits',
  'command>event': 'resultsIn',
};

/** What the arrows say, read from cause to effect whichever way each was drawn. */
function edges<T extends Area>(all: T[]): Array<{ cause: T; effect: T; link: Link }> {
  const byId = new Map(all.map((e) => [e.id, e]));
  const found: Array<{ cause: T; effect: T; link: Link }> = [];
  for (const arrow of all) {
    if (arrow.kind !== 'arrow') continue;
    const from = byId.get(arrow.from ?? '');
    const to = byId.get(arrow.to ?? '');
    if (!from || !to) continue;
    const forward = LINKS[`${from.kind}>${to.kind}`];
    const backward = LINKS[`${to.kind}>${from.kind}`];
    if (forward) found.push({ cause: from, effect: to, link: forward });
    else if (backward) found.push({ cause: to, effect: from, link: backward });
  }
  return found;
}

/**
 * Which aggregate card and bounded context an element belongs to: the server's one rule
 * (io.stormwall.notation.Placement), checked against it by the shared table docs/containment-cases.json. By
 * geometry, with the arrows' word for commands (the aggregate an arrow leads to) and for events off any card (the
 * aggregate that emits them, else the aggregate of a command resulting in them); a sticky with an aggregate is in
 * that aggregate's context.
 */
export function placementOf<T extends Area>(
  e: Area,
  elements: Iterable<T>,
): { aggregate: T | undefined; context: T | undefined } {
  if (e.kind === 'arrow' || e.kind === 'boundary') return { aggregate: undefined, context: undefined };
  const all = [...elements];
  const cards = all.filter((c) => c.kind === 'aggregate');
  const links = edges(all);
  const effects = (cause: Area, link: Link) =>
    links.filter((l) => l.link === link && l.cause.id === cause.id).map((l) => l.effect).sort(byTimeline);
  const causes = (effect: Area, link: Link) =>
    links.filter((l) => l.link === link && l.effect.id === effect.id).map((l) => l.cause).sort(byTimeline);
  const aggregateOf = (x: Area): T | undefined => {
    switch (x.kind) {
      case 'aggregate':
        return undefined;
      case 'command':
        return effects(x, 'handledBy')[0] ?? innermost(cards, x);
      case 'event':
        return (
          innermost(cards, x) ??
          causes(x, 'emits')[0] ??
          causes(x, 'resultsIn')
            .map(aggregateOf)
            .find((a) => a !== undefined)
        );
      default:
        return innermost(cards, x);
    }
  };
  const aggregate = aggregateOf(e);
  const context = innermost(
    all.filter((c) => c.kind === 'boundary'),
    aggregate ?? e,
  );
  return { aggregate, context };
}
