import type Konva from 'konva';
import { PALETTE_KINDS } from '../render/kinds';
import type { ElementKind, Point } from '../sync/protocol';
import { isButton, isTyping } from './typing';

/** What a palette button carries when it is dragged: the kind, under a type only this app gives. */
export const KIND_DRAG_TYPE = 'application/x-stormwall-kind';

/**
 * Holding Space turns any drag into a pan, also one that starts on a sticky: the way to move around a wall that is
 * full. The wall says so by its cursor.
 */
export function holdSpaceToPan(host: HTMLElement, setPanning: (panning: boolean) => void): void {
  let held = false;
  const hold = (next: boolean): void => {
    if (held === next) return;
    held = next;
    host.classList.toggle('panning', next);
    setPanning(next);
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== ' ' || isTyping(event) || isButton(event.target)) return;
    event.preventDefault(); // the page must not scroll
    hold(true);
  });
  document.addEventListener('keyup', (event) => {
    if (event.key === ' ') hold(false);
  });
  window.addEventListener('blur', () => hold(false));
}

/** A kind dragged from the palette and dropped on the wall is created where it was dropped. */
export function acceptPaletteDrops(stage: Konva.Stage, create: (kind: ElementKind, at: Point) => void): void {
  const host = stage.container();
  host.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes(KIND_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  host.addEventListener('drop', (event) => {
    const kind = PALETTE_KINDS.find((k) => k === event.dataTransfer?.getData(KIND_DRAG_TYPE));
    if (!kind) return;
    event.preventDefault();
    stage.setPointersPositions(event);
    const at = stage.getRelativePointerPosition();
    if (at) create(kind, at);
  });
}
