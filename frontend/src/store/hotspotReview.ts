import type { WireElement } from '../sync/protocol';
import { placementOf } from './containment';

/** The themes of seed 003's hotspot review, in its order: what kind of question a hotspot raises. */
export const THEMES = [
  { id: 'invariant', label: 'Unclear invariant' },
  { id: 'boundary', label: 'Boundary to split or merge' },
  { id: 'api', label: 'API to design' },
  { id: 'integration', label: 'External integration' },
  { id: 'process-gap', label: 'Gap in the process map' },
] as const;

export type Theme = (typeof THEMES)[number]['id'];

export const STATUSES = [
  { id: 'open', label: 'open' },
  { id: 'in-progress', label: 'in progress' },
  { id: 'resolved', label: 'resolved' },
  { id: 'deferred', label: 'deferred' },
] as const;

export type GroupBy = 'context' | 'theme';

export interface ReviewGroup {
  /** Stable across renders: the context's id or the theme's, '' for the hotspots outside any. */
  readonly key: string;
  readonly title: string;
  readonly hotspots: readonly WireElement[];
}

/**
 * The wall's hotspots for the review, grouped by the bounded context each lies in (the one containment rule,
 * `placementOf`) or by theme: groups in the wall's order (contexts left to right, themes in the method's order), the
 * hotspots without one last, and within a group left to right, then top to bottom.
 */
export function reviewGroups(view: ReadonlyMap<string, WireElement>, by: GroupBy): ReviewGroup[] {
  const elements = [...view.values()];
  const hotspots = elements.filter((e) => e.kind === 'hotspot').sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1));
  const groups = new Map<string, { title: string; order: number; hotspots: WireElement[] }>();
  for (const h of hotspots) {
    let key = '';
    let title = by === 'context' ? 'Outside any context' : 'No theme yet';
    let order = Number.MAX_SAFE_INTEGER;
    if (by === 'context') {
      const context = placementOf(h, elements).context;
      if (context) [key, title, order] = [context.id, context.text.trim() || 'Unnamed context', context.x];
    } else {
      const index = THEMES.findIndex((t) => t.id === h.props?.theme);
      if (index >= 0) [key, title, order] = [THEMES[index]!.id, THEMES[index]!.label, index];
    }
    const group = groups.get(key) ?? { title, order, hotspots: [] };
    group.hotspots.push(h);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => a.order - b.order || (ka < kb ? -1 : 1))
    .map(([key, g]) => ({ key, title: g.title, hotspots: g.hotspots }));
}

export function themeLabel(theme: string | undefined): string {
  return THEMES.find((t) => t.id === theme)?.label ?? '';
}
