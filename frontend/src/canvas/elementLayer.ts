import Konva from 'konva';
import { arrowPoints, fitFontSize } from '../render/geometry';
import { KIND_STYLES } from '../render/kinds';
import { inDrawingOrder } from '../store/wallState';
import type { WireElement } from '../sync/protocol';

export interface ElementHandlers {
  /** The user dropped an element at a new place (the drag itself is only a preview). */
  onMoved(id: string, x: number, y: number): void;
  onSelected(id: string | null, additive: boolean): void;
  onEditText(id: string): void;
  onDragging(id: string, x: number, y: number): void;
  /** The user drew an arrow from one element's handle to another element. */
  onConnect(from: string, to: string): void;
}

const PADDING = 10;
const LABEL_SIZE = 11;
const SELECTED = '#1c7ed6';

/**
 * Draws the wall's elements. Elements are immutable, so a node is rebuilt only when its element object changed;
 * arrows are recomputed on every draw because they follow both ends.
 */
export class ElementLayer {
  readonly layer = new Konva.Layer();
  private readonly nodes = new Map<string, { element: WireElement; group: Konva.Group; frame: Konva.Rect }>();
  private arrows = new Konva.Group({ listening: false });
  private handle: Konva.Circle | null = null;

  constructor(
    private readonly handlers: ElementHandlers,
    private editable: boolean,
  ) {
    this.layer.add(this.arrows);
  }

  setEditable(editable: boolean): void {
    this.editable = editable;
    this.nodes.forEach(({ group }) => group.draggable(editable));
  }

  /** `moving` places elements others are dragging right now (their previews) away from their stored place. */
  draw(view: ReadonlyMap<string, WireElement>, selection: ReadonlySet<string>, moving: ReadonlyMap<string, { x: number; y: number }> = new Map()): void {
    for (const [id, { group }] of this.nodes) {
      if (!view.has(id)) {
        group.destroy();
        this.nodes.delete(id);
      }
    }
    const ordered = inDrawingOrder(view);
    for (const element of ordered) {
      if (element.kind === 'arrow') continue;
      const existing = this.nodes.get(element.id);
      if (existing && existing.element === element) {
        // selection only restyles: rebuilding would swallow a double-click's second click
        highlight(existing.frame, element, selection.has(element.id));
        if (!existing.group.isDragging()) existing.group.position(moving.get(element.id) ?? element);
        continue;
      }
      existing?.group.destroy();
      const { group, frame } = this.stickyNode(element);
      highlight(frame, element, selection.has(element.id));
      group.position(moving.get(element.id) ?? element);
      this.layer.add(group);
      this.nodes.set(element.id, { element, group, frame });
    }
    ordered.forEach((element) => this.nodes.get(element.id)?.group.moveToTop());
    const placed = new Map(view);
    moving.forEach((at, id) => {
      const element = view.get(id);
      if (element) placed.set(id, { ...element, ...at });
    });
    this.drawArrows(placed);
    this.drawHandle(selection.size === 1 ? placed.get([...selection][0]!) : undefined);
    this.layer.batchDraw();
  }

  /** A round handle on the selected sticky's right edge: drag it onto another sticky to draw an arrow. */
  private drawHandle(element: WireElement | undefined): void {
    if (this.handle?.isDragging()) return; // a redraw (someone's cursor moved) must not pull it from under the pointer
    this.handle?.destroy();
    this.handle = null;
    if (!element || !this.editable || element.kind === 'arrow' || element.kind === 'boundary') return;
    const start = { x: element.x + element.w, y: element.y + element.h / 2 };
    const handle = new Konva.Circle({ ...start, radius: 7, fill: '#fff', stroke: SELECTED, strokeWidth: 2, draggable: true, name: 'arrow-handle' });
    const line = new Konva.Arrow({ points: [start.x, start.y, start.x, start.y], stroke: SELECTED, fill: SELECTED, strokeWidth: 2, dash: [6, 4], listening: false });
    handle.on('mouseenter', () => (this.layer.getStage()!.container().style.cursor = 'crosshair'));
    handle.on('mouseleave', () => (this.layer.getStage()!.container().style.cursor = ''));
    handle.on('dragstart', (event) => {
      event.cancelBubble = true;
      this.layer.add(line);
    });
    handle.on('dragmove', (event) => {
      event.cancelBubble = true;
      line.points([start.x, start.y, handle.x(), handle.y()]);
    });
    handle.on('dragend', (event) => {
      event.cancelBubble = true;
      line.destroy();
      handle.position(start);
      const target = this.elementAt(handle.getStage()?.getPointerPosition() ?? null, element.id);
      if (target) this.handlers.onConnect(element.id, target);
      this.layer.batchDraw();
    });
    this.layer.add(handle);
    this.handle = handle;
  }

  private elementAt(pointer: { x: number; y: number } | null, except: string): string | null {
    if (!pointer) return null;
    const hits = this.layer.getStage()?.getAllIntersections(pointer) ?? [];
    for (const hit of hits) {
      const group = hit.findAncestor('.element') as Konva.Group | null;
      if (group && group.id() !== except) return group.id();
    }
    return null;
  }

  private drawArrows(view: ReadonlyMap<string, WireElement>): void {
    this.arrows.destroyChildren();
    for (const element of view.values()) {
      if (element.kind !== 'arrow') continue;
      const from = view.get(element.from);
      const to = view.get(element.to);
      if (!from || !to) continue;
      const points = arrowPoints(from, to);
      this.arrows.add(new Konva.Arrow({ points, stroke: KIND_STYLES.arrow.fill, fill: KIND_STYLES.arrow.fill, strokeWidth: 2, pointerLength: 10, pointerWidth: 10 }));
      if (element.label) {
        this.arrows.add(new Konva.Text({
          x: (points[0] + points[2]) / 2 - 60, y: (points[1] + points[3]) / 2 - 18, width: 120, align: 'center',
          text: element.label, fontSize: 12, fill: '#495057',
        }));
      }
    }
    this.arrows.moveToTop();
  }

  private stickyNode(element: WireElement): { group: Konva.Group; frame: Konva.Rect } {
    const style = KIND_STYLES[element.kind];
    const group = new Konva.Group({ x: element.x, y: element.y, draggable: this.editable, id: element.id, name: 'element' });
    const isBoundary = element.kind === 'boundary';
    const frame = new Konva.Rect({
      width: element.w,
      height: element.h,
      fill: isBoundary ? 'rgba(248, 249, 250, 0.35)' : style.fill,
      dash: isBoundary ? [12, 8] : [],
      cornerRadius: isBoundary ? 12 : 3,
      shadowColor: 'black',
      shadowOpacity: isBoundary ? 0 : 0.18,
      shadowBlur: 6,
      shadowOffset: { x: 1, y: 2 },
    });
    group.add(frame);
    group.add(new Konva.Text({
      x: PADDING, y: 6, text: `${style.icon} ${style.label}`, fontSize: LABEL_SIZE, fill: 'rgba(33,37,41,0.7)',
      width: element.w - 2 * PADDING, wrap: 'none', ellipsis: true,
    }));
    const textTop = 6 + LABEL_SIZE + 6;
    const textHeight = isBoundary ? 40 : element.h - textTop - PADDING;
    const width = element.w - 2 * PADDING;
    // Konva draws text as text: whatever a sticky says is never interpreted as markup
    group.add(new Konva.Text({
      x: PADDING, y: textTop, width, height: textHeight, text: element.text,
      fontSize: isBoundary ? 22 : fitFontSize(element.text, width, textHeight),
      fontStyle: isBoundary ? 'bold' : 'normal', fill: '#212529', wrap: 'word', ellipsis: true,
      align: isBoundary ? 'left' : 'center', verticalAlign: isBoundary ? 'top' : 'middle', name: 'sticky-text',
    }));
    group.on('click tap', (event) => {
      event.cancelBubble = true;
      this.handlers.onSelected(element.id, event.evt.shiftKey);
    });
    group.on('dblclick dbltap', (event) => {
      event.cancelBubble = true;
      if (this.editable) this.handlers.onEditText(element.id);
    });
    group.on('dragstart', (event) => {
      event.cancelBubble = true;
    });
    group.on('dragmove', (event) => {
      event.cancelBubble = true;
      this.handlers.onDragging(element.id, group.x(), group.y());
    });
    group.on('dragend', (event) => {
      event.cancelBubble = true;
      this.handlers.onMoved(element.id, Math.round(group.x()), Math.round(group.y()));
    });
    return { group, frame };
  }
}

function highlight(frame: Konva.Rect, element: WireElement, selected: boolean): void {
  const isBoundary = element.kind === 'boundary';
  frame.stroke(selected ? SELECTED : isBoundary ? '#868e96' : 'rgba(0,0,0,0.12)');
  frame.strokeWidth(selected ? 3 : isBoundary ? 2 : 1);
}
