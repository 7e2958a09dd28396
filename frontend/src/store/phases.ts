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
