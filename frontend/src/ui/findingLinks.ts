import type { Rect } from '../render/geometry';
import { KIND_STYLES } from '../render/kinds';
import { arrowBox, bounds } from '../render/visible';
import type { Finding, WireElement } from '../sync/protocol';

/** How an element reads in the coach's list: its name in quotes, an arrow as the names of its ends. */
export function describeElement(view: ReadonlyMap<string, WireElement>, id: string): string {
  const element = view.get(id);
  if (!element) return '';
  const name = (e: WireElement | undefined): string => (e ? `“${e.text.trim() || KIND_STYLES[e.kind].label}”` : '?');
  return element.kind === 'arrow' ? `${name(view.get(element.from))} → ${name(view.get(element.to))}` : name(element);
}

/** The elements a finding names without the ends of the arrows it names: an arrow's description names them already. */
export function withoutArrowEnds(view: ReadonlyMap<string, WireElement>, ids: readonly string[]): string[] {
  const ends = new Set<string>();
  for (const id of ids) {
    const element = view.get(id);
    if (element?.kind === 'arrow') ends.add(element.from).add(element.to);
  }
  return ids.filter((id) => !ends.has(id));
}

/** Where these elements lie on the wall, arrows by their ends; null when none of them is there. */
export function extentOf(view: ReadonlyMap<string, WireElement>, ids: readonly string[]): Rect | null {
  const boxes = ids.map((id) => {
    const element = view.get(id);
    if (!element || element.kind !== 'arrow') return element ?? null;
    const from = view.get(element.from);
    const to = view.get(element.to);
    return from && to ? arrowBox(from, to) : null;
  }).filter((box) => box !== null);
  return bounds(boxes);
}

/**
 * The order a rule's findings are listed in: as a wall is read, left to right, then top to bottom, by where what each
 * names begins; findings whose elements are gone come last, and equals keep the server's order (by key).
 */
export function readingOrder(view: ReadonlyMap<string, WireElement>): (a: Finding, b: Finding) => number {
  const starts = new Map<string, Rect | null>();
  const start = (finding: Finding): Rect | null => {
    if (!starts.has(finding.key)) starts.set(finding.key, extentOf(view, finding.elements));
    return starts.get(finding.key)!;
  };
  return (a, b) => {
    const p = start(a);
    const q = start(b);
    if (p && q && (p.x !== q.x || p.y !== q.y)) return p.x - q.x || p.y - q.y;
    if (!p !== !q) return p ? -1 : 1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}
