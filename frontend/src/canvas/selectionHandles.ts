import Konva from 'konva';
import type { Rect } from '../render/geometry';
import { SELECTED } from '../render/kinds';
import { CORNERS, cornerOf, MIN_SIZE, resizedRect, type Corner } from '../store/resize';
import type { WireElement } from '../sync/protocol';

export interface HandleEvents {
  /** The topmost element other than `except` under a wall point: where a drawn arrow ends. */
  pick(at: { x: number; y: number }, except: string): string | null;
  /** The user drew an arrow from the element's round handle to another element. */
  onConnect(from: string, to: string): void;
  /** A corner is being dragged: where the element would be now. */
  onResizing(element: WireElement, rect: Rect): void;
  /** The corner was let go: where the element goes (perhaps where it was). */
  onResizeEnd(element: WireElement, rect: Rect): void;
  /** A handle was picked up (true) or let go (false). */
  onDragChange(dragging: boolean): void;
}

const HANDLE_PX = 12;

/**
 * The selected element's handles: a round one on its right edge to draw an arrow from, and a square one on each
 * corner of a resizable element to resize it, never below its kind's minimum, the opposite corner staying put.
 */
export class SelectionHandles {
  private arrowHandle: Konva.Circle | null = null;
  private corners: Konva.Rect[] = [];
  private key = '';

  constructor(
    private readonly layer: Konva.Layer,
    private readonly events: HandleEvents,
  ) {}

  /** The handles of `element` as it is drawn now, or none; `scale` keeps them the same size on screen. */
  show(element: WireElement | undefined, scale: number): void {
    // rebuilt only when they would move: a redraw between press and drag (someone's cursor moved) must not drop them
    const key = element ? `${element.id} ${element.x} ${element.y} ${element.w} ${element.h} ${scale}` : '';
    if (key === this.key) return;
    this.key = key;
    this.drawArrowHandle(element && element.kind !== 'boundary' ? element : undefined);
    this.drawCorners(element && MIN_SIZE[element.kind] ? element : undefined, scale);
  }

  private drawArrowHandle(element: WireElement | undefined): void {
    if (this.arrowHandle?.isDragging()) return; // a redraw must not pull it from under the pointer
    this.arrowHandle?.destroy();
    this.arrowHandle = null;
    if (!element) return;
    const start = { x: element.x + element.w, y: element.y + element.h / 2 };
    const handle = new Konva.Circle({ ...start, radius: 7, fill: '#fff', stroke: SELECTED, strokeWidth: 2, draggable: true, name: 'arrow-handle' });
    const line = new Konva.Arrow({ points: [start.x, start.y, start.x, start.y], stroke: SELECTED, fill: SELECTED, strokeWidth: 2, dash: [6, 4], listening: false });
    this.hoverCursor(handle, 'crosshair');
    handle.on('dragstart', (event) => {
      event.cancelBubble = true;
      this.layer.add(line);
      this.events.onDragChange(true);
    });
    handle.on('dragmove', (event) => {
      event.cancelBubble = true;
      line.points([start.x, start.y, handle.x(), handle.y()]);
    });
    handle.on('dragend', (event) => {
      event.cancelBubble = true;
      line.destroy();
      handle.position(start);
      const at = handle.getStage()?.getRelativePointerPosition();
      const target = at ? this.events.pick(at, element.id) : null;
      if (target) this.events.onConnect(element.id, target);
      this.events.onDragChange(false);
      this.layer.batchDraw();
    });
    this.layer.add(handle);
    this.arrowHandle = handle;
  }

  private drawCorners(element: WireElement | undefined, scale: number): void {
    if (this.corners.some((corner) => corner.isDragging())) return;
    this.corners.forEach((corner) => corner.destroy());
    this.corners = [];
    if (!element) return;
    const size = HANDLE_PX / scale;
    const centred = (rect: Rect, corner: Corner): { x: number; y: number } => {
      const at = cornerOf(rect, corner);
      return { x: at.x - size / 2, y: at.y - size / 2 };
    };
    this.corners = CORNERS.map((corner) => {
      const handle = new Konva.Rect({
        ...centred(element, corner), width: size, height: size,
        fill: '#fff', stroke: SELECTED, strokeWidth: 2 / scale, draggable: true, name: `resize-handle resize-${corner}`,
      });
      this.hoverCursor(handle, corner === 'nw' || corner === 'se' ? 'nwse-resize' : 'nesw-resize');
      const rectNow = (): Rect => resizedRect(element, corner, { x: handle.x() + size / 2, y: handle.y() + size / 2 });
      handle.on('dragstart', (event) => {
        event.cancelBubble = true;
        this.events.onDragChange(true);
      });
      handle.on('dragmove', (event) => {
        event.cancelBubble = true;
        const rect = rectNow();
        // the other corners follow the preview; the dragged one stays under the pointer
        this.corners.forEach((other, i) => other !== handle && other.position(centred(rect, CORNERS[i]!)));
        this.events.onResizing(element, rect);
      });
      handle.on('dragend', (event) => {
        event.cancelBubble = true;
        const rect = rectNow();
        this.corners.forEach((corner) => corner.destroy());
        this.corners = [];
        this.key = '';
        this.layer.getStage()!.container().style.cursor = ''; // its mouseleave never comes: it is gone
        this.events.onResizeEnd(element, rect);
        this.events.onDragChange(false);
      });
      this.layer.add(handle);
      return handle;
    });
  }

  private hoverCursor(node: Konva.Node, cursor: string): void {
    node.on('mouseenter', () => (this.layer.getStage()!.container().style.cursor = cursor));
    node.on('mouseleave', () => (this.layer.getStage()!.container().style.cursor = ''));
  }
}
