import type { WireElement } from '../sync/protocol';
import type { WallContext } from './wallContext';

/**
 * What a dialog about one sticky checks before it saves: the sticky is still there with the kind it was opened for
 * (else the dialog closes and says so), and this person may still change it (else the dialog shows why and stays).
 */
export function stickyToSave(
  wall: WallContext,
  editing: { id: string; kind: string } | null,
  dialog: HTMLDialogElement,
  problem: HTMLElement,
): WireElement | null {
  const element = editing ? wall.view().get(editing.id) : undefined;
  if (!editing || !element || element.kind !== editing.kind) {
    dialog.close();
    wall.say('The sticky was deleted or changed its kind meanwhile; nothing was saved.');
    return null;
  }
  const refusal = wall.canEdit() ? wall.locked(element.id) : 'You cannot change the wall now.';
  if (refusal) {
    problem.textContent = refusal;
    return null;
  }
  return element;
}
