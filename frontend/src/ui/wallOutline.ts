import { whenIdle } from '../idle';
import { KIND_STYLES } from '../render/kinds';
import { badgeText } from '../store/notation';
import type { Finding, WireElement } from '../sync/protocol';
import { el } from './dom';

/** From this many elements on, the outline is built in slices when the browser is idle, so the wall is drawn first. */
const LARGE_WALL = 1000;
/** Items built per slice at most: one slice stays well inside a frame even on a slow machine. */
const SLICE = 400;

interface Entry {
  key: string;
  item: HTMLLIElement;
}

/** The open findings of the notation coach by the ids of the elements they name (store/coach.ts, byElement). */
export type FindingsByElement = ReadonlyMap<string, readonly Finding[]>;

const NO_FINDINGS: FindingsByElement = new Map();

/**
 * The wall as a list, for screen readers (the canvas says nothing to them): every sticky with its kind and text,
 * in reading order, left to right along the timeline, and what the notation coach says about it (the markers'
 * words, which a screen reader cannot see on the canvas).
 */
export function wallOutline(): {
  node: HTMLElement;
  update(view: ReadonlyMap<string, WireElement>, findings?: FindingsByElement): void;
} {
  const list = el('ul', {});
  const node = el('section', { class: 'wall-outline', 'aria-label': 'Stickies on the wall', 'data-testid': 'outline' }, list);
  // an item is rebuilt only when its element (or, for an arrow, an end's text) changed: a large wall stays cheap
  let items = new Map<string, Entry>();
  type Wanted = { view: ReadonlyMap<string, WireElement>; findings: FindingsByElement };
  let shown: Wanted | null = null;
  let wanted: Wanted | null = null;
  let building: { of: Wanted; ordered: WireElement[]; next: Map<string, Entry>; done: number } | null = null;
  const same = (a: Wanted | null, b: Wanted | null): boolean => a?.view === b?.view && a?.findings === b?.findings;

  const build = (deadline: () => boolean): void => {
    if (!wanted || same(wanted, shown)) return;
    if (!building || !same(building.of, wanted)) {
      // the order is kept while only the findings change: it follows the elements
      const ordered = building?.of.view === wanted.view ? building.ordered
        : shown?.view === wanted.view ? [...items.keys()].map((id) => wanted!.view.get(id)!)
        : [...wanted.view.values()].sort((a, b) => a.x - b.x || a.y - b.y);
      building = { of: wanted, ordered, next: new Map(), done: 0 };
    }
    const b = building;
    while (b.done < b.ordered.length && !deadline()) {
      const end = Math.min(b.ordered.length, b.done + SLICE);
      for (; b.done < end; b.done++) {
        const e = b.ordered[b.done]!;
        b.next.set(e.id, entry(e, b.of.view, b.of.findings.get(e.id), items.get(e.id)));
      }
    }
    if (b.done < b.ordered.length) return;
    items = b.next;
    shown = b.of;
    building = null;
    list.replaceChildren(...[...items.values()].map((e) => e.item));
  };

  let scheduled = false;
  const later = (): void => {
    if (scheduled) return;
    scheduled = true;
    whenIdle((idle) => {
      scheduled = false;
      build(() => idle.timeRemaining() < 2);
      if (!same(wanted, shown)) later();
    });
  };

  return {
    node,
    update(view, findings = NO_FINDINGS) {
      if (wanted?.view === view && wanted.findings === findings) return;
      wanted = { view, findings };
      if (view.size <= LARGE_WALL) build(() => false);
      else later();
    },
  };
}

function entry(e: WireElement, view: ReadonlyMap<string, WireElement>, findings: readonly Finding[] | undefined, old: Entry | undefined): Entry {
  const text = e.kind === 'arrow'
    ? `Arrow from ${view.get(e.from)?.text || 'a sticky'} to ${view.get(e.to)?.text || 'a sticky'}${e.label ? `: ${e.label}` : ''}`
    : `${KIND_STYLES[e.kind].label}${notation(e)}: ${e.text || '(empty)'}`;
  const coach = coachSays(findings);
  const key = `${text}|${coach}|${e.x}|${e.y}|${e.w}|${e.h}|${e.z}`;
  return old?.key === key ? old : { key, item: item(e, text, coach) };
}

/** "Coach, warning: An arrow goes straight … Put the policy …": each open finding, its weight, message and hint. */
export function coachSays(findings: readonly Finding[] | undefined): string {
  if (!findings || findings.length === 0) return '';
  return `Coach, ${findings.map((f) => `${f.severity}: ${f.message} ${f.hint}`).join('; ')}`;
}

/**
 * The coach's words are the item's description, read after its name (the kind and text, which stay the item's
 * whole text: what is on the sticky is not mixed with what is said about it).
 */
function item(e: WireElement, text: string, coach: string): HTMLLIElement {
  return el('li', {
    'data-id': e.id, 'data-kind': e.kind, 'data-x': String(e.x), 'data-y': String(e.y),
    'data-w': String(e.w), 'data-h': String(e.h), 'data-z': String(e.z),
    ...(coach ? { 'aria-description': coach } : {}),
  }, text);
}

/** A sticky's notation properties as its badge words them: "Hotspot (open · Ann): …". */
function notation(e: WireElement): string {
  const badge = badgeText(e);
  return badge ? ` (${badge})` : '';
}
