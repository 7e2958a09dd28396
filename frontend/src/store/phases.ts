import type { SessionFormat } from '../api/boards';
import type { ElementKind } from '../sync/protocol';
import { KIND_STYLES } from '../render/kinds';

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
 * Why a sticky of this kind may not be changed now by this person (the wall or its kind is frozen), or null: the
 * server's rule, so an editor is never opened nor a move sent that it would refuse.
 */
export function frozenReason(
  format: SessionFormat | undefined,
  settings: { phase: { index: number }; gatingLifted: boolean; frozen: boolean },
  kind: ElementKind,
  steering: boolean,
): string | null {
  if (steering) return null;
  if (settings.frozen) return 'The wall is frozen: only the facilitator can change it now.';
  if (!format || settings.gatingLifted) return null;
  const at = format.phases.slice(0, settings.phase.index).findIndex((phase) => phase.freezes?.includes(kind));
  return at === -1 ? null : `${KIND_STYLES[kind].label}s are frozen since phase ${at + 1}: ${format.phases[at]!.name}; only the facilitator can change them now.`;
}
