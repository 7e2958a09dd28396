import Konva from 'konva';
import { listenToElement, type ElementPointer } from '../input/elementPointer';
import type { Rect } from '../render/geometry';
import { KIND_STYLES, SELECTED } from '../render/kinds';
import { isContainer } from '../render/picking';
import type { WireElement } from '../sync/protocol';
import { stickyText } from './stickyText';
import { titleBarNode } from './titleBar';

/** How far (in screen pixels) the pointer may move while pressed and still click rather than drag. */
const CLICK_SLOP = 3;

/** One element's Konva nodes, built for the element object it shows. */
export interface StickyNode {
  element: WireElement;
  group: Konva.Group;
  frame: Konva.Rect;
  /** A container's title bar: drawn above the stickies it holds, so it is never covered and always picks it. */
  title?: Konva.Shape;
}

/** What building an element's nodes reads of the wall as it is drawn now. */
export interface StickyNodeContext {
  draggable: boolean;
  scale(): number;
  /** How much of the sticky's top the containers' title bars hide, in wall units. */
  coveredTop(): number;
  /** The element's place and size as drawn now (a resize preview included). */
  placed(): Rect;
  pointer: ElementPointer;
}

export function isDragging(node: StickyNode): boolean {
  return node.group.isDragging() || !!node.title?.isDragging();
}

/** A sticky, card or context as a frame with its text, or a container's body with its title bar; listening to the pointer. */
export function stickyNode(element: WireElement, context: StickyNodeContext): Omit<StickyNode, 'element'> {
  const style = KIND_STYLES[element.kind];
  // a hand's tremor during a click (3 pixels: 9 wall units at 33 %) is a click, not a drag that leaves the selection as it was
  const group = new Konva.Group({ x: element.x, y: element.y, draggable: context.draggable, dragDistance: CLICK_SLOP, id: element.id, name: isContainer(element) ? 'element container' : 'element' });
  const isBoundary = element.kind === 'boundary';
  const frame = new Konva.Rect({
    width: element.w,
    height: element.h,
    // a context lies behind everything it holds: a faint tint marks its area without fading what is on it
    fill: isBoundary ? 'rgba(233, 236, 239, 0.45)' : style.fill,
    dash: isBoundary ? [12, 8] : [],
    cornerRadius: isBoundary ? 12 : 3,
    shadowColor: 'black',
    shadowOpacity: isBoundary ? 0 : 0.18,
    shadowBlur: 6,
    shadowOffset: { x: 1, y: 2 },
    shadowForStrokeEnabled: false,
    perfectDrawEnabled: false,
    name: 'frame',
  });
  group.add(frame);
  if (!isContainer(element)) group.add(stickyText(element, context.scale, context.coveredTop));
  const title = isContainer(element) ? titleBarNode(element, context.placed, context.scale, context.draggable) : undefined;
  listenToElement(group, element, title, context.pointer);
  if (title) listenToElement(title, element, group, context.pointer);
  return { group, frame, title };
}

export function setDraggable(node: StickyNode, draggable: boolean): void {
  node.group.draggable(draggable);
  node.title?.draggable(draggable);
}

/** A resize preview: the frame follows the corner; the text is laid out again once the new size is stored. */
export function resizeFrame(node: StickyNode, rect: Rect): void {
  node.group.position(rect);
  node.title?.position(rect);
  node.frame.size({ width: rect.w, height: rect.h });
}

export function highlight(frame: Konva.Rect, element: WireElement, selected: boolean): void {
  const isBoundary = element.kind === 'boundary';
  frame.stroke(selected ? SELECTED : isBoundary ? '#868e96' : 'rgba(0,0,0,0.12)');
  frame.strokeWidth(selected ? 3 : isBoundary ? 2 : 1);
}
