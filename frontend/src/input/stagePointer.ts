import type Konva from 'konva';
import type { Point, WireArrow } from '../sync/protocol';
import { isSecondClick } from './typing';

export interface StagePointerOptions {
  stage: Konva.Stage;
  /** The arrow drawn under a wall point (arrows are painted, so the stage is what a click on one hits). */
  arrowAt(point: Point): WireArrow | null;
  /** Whether the click just ended a rubber band, which selects by itself. */
  bandJustEnded(): boolean;
  select(id: string | null, additive: boolean): void;
  canEdit(): boolean;
  editLabel(id: string): void;
  /** Where this person's pointer is on the wall, or null once it left. */
  onCursor(at: Point | null): void;
}

/**
 * The pointer on the wall's background and its arrows: a click selects the arrow under it (Shift adds it) or, on
 * empty wall, clears the selection; a double-click on an arrow edits its label. Returns where the pointer is on
 * the wall, while it is over it: where a paste goes.
 */
export function listenOnStage(options: StagePointerOptions): () => Point | null {
  const { stage } = options;
  let pointer: Point | null = null;
  stage.on('mousemove touchmove', () => {
    pointer = stage.getRelativePointerPosition();
    if (pointer) options.onCursor({ x: Math.round(pointer.x), y: Math.round(pointer.y) });
  });
  stage.on('mouseleave', () => {
    pointer = null;
    options.onCursor(null);
  });
  const arrowUnder = (): WireArrow | null => {
    const at = stage.getRelativePointerPosition();
    return at && options.arrowAt(at);
  };
  stage.on('click tap', (event) => {
    if (event.target !== stage || options.bandJustEnded()) return;
    const arrow = arrowUnder();
    const additive = event.evt.shiftKey;
    if (arrow) options.select(arrow.id, additive);
    else if (!additive) options.select(null, false);
    if (arrow && options.canEdit() && isSecondClick(event.evt)) options.editLabel(arrow.id);
  });
  stage.on('dbltap', (event) => {
    if (event.target !== stage || !options.canEdit()) return;
    const arrow = arrowUnder();
    if (arrow) options.editLabel(arrow.id);
  });
  return () => pointer;
}
