import type { SessionFormat } from '../api/boards';
import type { ElementKind } from '../sync/protocol';

export type KindAvailability = { open: true } | { open: false; reason: string };

/**
 * Whether a kind may be placed at this phase, and if not, when it will be: the same rule the server enforces
 * (unlocks add up phase by phase, and so do freezes, which bind everyone but the facilitator; lifted gating opens
 * everything), so the palette can say it before the server has to refuse.
 */
export function availability(
  format: SessionFormat,
  phaseIndex: number,
  gatingLifted: boolean,
  kind: ElementKind,
  steering = false,
): KindAvailability {
  if (gatingLifted) return { open: true };
  const at = format.phases.findIndex((phase) => phase.unlocks.includes(kind));
  if (at === -1) return { open: false, reason: `not part of the ${format.name} format` };
  if (at + 1 > phaseIndex) return { open: false, reason: `unlocks in phase ${at + 1}: ${format.phases[at]!.name}` };
  const frozen = format.phases.slice(0, phaseIndex).findIndex((phase) => phase.freezes?.includes(kind));
  if (frozen !== -1 && !steering) return { open: false, reason: `frozen since phase ${frozen + 1}: ${format.phases[frozen]!.name}` };
  return { open: true };
}

/**
 * Why fields or scenarios may not be written yet — the format opens them in a later phase ("Fields open in phase 5:
 * Identify inputs.", as the server refuses it) — or null when they may: the same rule for everyone, facilitator too.
 */
export function notYetOpen(format: SessionFormat | undefined, steering: Steering, data: 'fields' | 'scenarios'): string | null {
  if (!format || steering.gatingLifted) return null;
  const at = format.phases.findIndex((phase) => phase.opens?.includes(data));
  if (at === -1 || at + 1 <= steering.phaseIndex) return null;
  return `${data === 'fields' ? 'Fields' : 'Scenarios'} open in phase ${at + 1}: ${format.phases[at]!.name}.`;
}

/** How the facilitator has set the wall, as far as what may be changed goes. */
export interface Steering {
  readonly phaseIndex: number;
  readonly gatingLifted: boolean;
  readonly frozen: boolean;
}

/** The steering part of a board's settings. */
export function steeringOf(settings: { readonly phase: { readonly index: number }; readonly gatingLifted: boolean; readonly frozen: boolean }): Steering {
  return { phaseIndex: settings.phase.index, gatingLifted: settings.gatingLifted, frozen: settings.frozen };
}

/** The phase that froze this kind for participants (1-based), or 0 when it is not frozen. */
export function frozenSince(format: SessionFormat | undefined, phaseIndex: number, kind: ElementKind): number {
  return (format?.phases.slice(0, phaseIndex).findIndex((phase) => phase.freezes?.includes(kind)) ?? -1) + 1;
}

/**
 * Why this person may not change an element of this kind now — the wall is frozen, or a phase has frozen its kind
 * — as the server would refuse it; null when they may. The facilitator is never held back.
 */
export function lockedFor(format: SessionFormat | undefined, steering: Steering, kind: ElementKind, facilitator: boolean): string | null {
  if (facilitator) return null;
  if (steering.frozen) return 'The facilitator has frozen the wall; only the facilitator can edit it now.';
  if (steering.gatingLifted) return null;
  const since = frozenSince(format, steering.phaseIndex, kind);
  return since === 0 ? null : `${plural(kind)} are frozen since phase ${since}: ${format!.phases[since - 1]!.name}; only the facilitator can change them now.`;
}

/** Why a kind may not be placed now, as the palette says it (a frozen wall, a phase yet to come), or null when it may. */
export function placingLocked(format: SessionFormat, steering: Steering, kind: ElementKind, facilitator: boolean): string | null {
  if (steering.frozen && !facilitator) return 'the facilitator has frozen the wall';
  const open = availability(format, steering.phaseIndex, steering.gatingLifted, kind, facilitator);
  return open.open ? null : open.reason;
}

/** What is frozen on the wall, said in one line over it; empty when nothing is. */
export function frozenNote(format: SessionFormat | undefined, steering: Steering, kinds: readonly ElementKind[], facilitator: boolean): string {
  if (steering.frozen) return facilitator ? 'The wall is frozen: only you can edit it until you thaw it.' : 'The wall is frozen: only the facilitator can edit it now.';
  if (steering.gatingLifted) return '';
  const frozen = kinds.filter((kind) => frozenSince(format, steering.phaseIndex, kind) > 0);
  if (frozen.length === 0) return '';
  const since = Math.min(...frozen.map((kind) => frozenSince(format, steering.phaseIndex, kind)));
  const what = `${list(frozen.map(plural))} ${frozen.length === 1 ? 'is' : 'are'} frozen since phase ${since}`;
  return facilitator ? `${what} for participants (you can still change them).` : `${what}: only the facilitator can change them now.`;
}

const PLURALS: Partial<Record<ElementKind, string>> = {
  event: 'Domain events', command: 'Commands', actor: 'Actors', policy: 'Policies', readModel: 'Read models', hotspot: 'Hotspots',
  aggregate: 'Aggregates', externalSystem: 'External systems', boundary: 'Bounded contexts', arrow: 'Arrows',
};

function plural(kind: ElementKind): string {
  return PLURALS[kind] ?? kind;
}

function list(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
