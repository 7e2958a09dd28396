import type Konva from 'konva';
import type { ElementHandlers } from '../canvas/elementLayer';
import { isContainer } from '../render/picking';
import type { WireArrow, WireElement } from '../sync/protocol';
import { isSecondClick } from './typing';

/** What a pointer on an element's node needs to know of the wall, and whom it tells. */
export interface ElementPointer {
  handlers: ElementHandlers;
  /** The arrow under the pointer: arrows lie over everything, so they take the pointer before what is beneath. */
  arrowUnderPointer(): WireArrow | null;
  editable(): boolean;
  selected(id: string): boolean;
  /** Hands the press on to the wall, which pans as from empty wall. */
  panWall(): void;
}

/**
 * What the pointer does to an element's node (a container has two: its body and its title bar, which move
 * together). An arrow lying over the element takes the pointer first; Shift+drag on a container draws a rubber
 * band instead of moving it.
 */
export function listenToElement(node: Konva.Node, element: WireElement, partner: Konva.Node | undefined, pointer: ElementPointer): void {
  /** What the press that may become a drag was aimed at, when not at this element. */
  let aim: 'arrow' | 'band' | null = null;
  let stopped = false;
  node.on('mousedown touchstart', (event) => {
    const shift = 'shiftKey' in event.evt && event.evt.shiftKey;
    aim = pointer.arrowUnderPointer() ? 'arrow' : shift && isContainer(element) ? 'band' : null;
  });
  node.on('click tap', (event) => {
    event.cancelBubble = true;
    const target = pointer.arrowUnderPointer()?.id ?? element.id;
    pointer.handlers.onSelected(target, event.evt.shiftKey);
    if (pointer.editable() && isSecondClick(event.evt)) pointer.handlers.onEditText(target);
  });
  node.on('dbltap', (event) => {
    event.cancelBubble = true;
    if (pointer.editable()) pointer.handlers.onEditText(pointer.arrowUnderPointer()?.id ?? element.id);
  });
  node.on('dragstart', (event) => {
    event.cancelBubble = true;
    if (aim) {
      // the element stays put: a drag from an arrow pans the wall (as from empty wall), a band draws itself
      const pan = aim === 'arrow';
      stopped = true;
      node.stopDrag();
      if (pan) pointer.panWall();
      return;
    }
    // what is grabbed is what is selected: a Delete after moving a sticky removes that sticky
    if (!pointer.selected(element.id)) pointer.handlers.onSelected(element.id, false);
    pointer.handlers.onDragChange(true);
  });
  node.on('dragmove', (event) => {
    event.cancelBubble = true;
    partner?.position(node.position());
    pointer.handlers.onDragging(element.id, node.x(), node.y());
  });
  node.on('dragend', (event) => {
    event.cancelBubble = true;
    if (stopped) {
      stopped = false;
      return;
    }
    pointer.handlers.onMoved(element.id, Math.round(node.x()), Math.round(node.y()));
    pointer.handlers.onDragChange(false);
  });
}
