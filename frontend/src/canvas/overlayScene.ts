import type { Rect } from '../render/geometry';
import type { WireArrow, WireElement } from '../sync/protocol';

/**
 * What an overlay on the wall (the coach's markers, vote dots, unseen marks) reads of the elements as drawn now:
 * previews of drags and resizes included, so an overlay moves with its sticky.
 */
export interface OverlayScene {
  /** The elements in drawing order, each where it is drawn right now. */
  placed(): WireElement[];
  /** One element where it is drawn right now, carried along while this person drags it. */
  element(id: string): WireElement | undefined;
  ends(arrow: WireArrow): [WireElement, WireElement] | null;
  visible(): Rect;
  scale(): number;
  /** Asks for the layer to be drawn again at the next frame. */
  redraw(): void;
}
