import Konva from 'konva';
import { arrowPoints, fitFontSize, type Rect } from '../render/geometry';
import { KIND_STYLES } from '../render/kinds';
import { arrowBox, distanceToSegment, intersects } from '../render/visible';
import { inDrawingOrder } from '../store/wallState';
import type { WireArrow, WireElement } from '../sync/protocol';
import { MIN_SIZE } from '../store/resize';

export interface ElementHandlers {
  /** The user dropped an element at a new place (the drag itself is only a preview). */
  onMoved(id: string, x: number, y: number): void;
  onSelected(id: string | null, additive: boolean): void;
  onEditText(id: string): void;
  onDragging(id: string, x: number, y: number): void;
  /** The user drew an arrow from one element's handle to another element. */
  onConnect(from: string, to: string): void;
  /** The user dragged the selected element's corner: its new size, the drag itself only a preview. */
  onResized(id: string, w: number, h: number): void;
}

const PADDING = 10;
const LABEL_SIZE = 11;
const SELECTED = '#1c7ed6';
/** Below this zoom stickies are too small to read or grab: the wall is drawn as one overview picture. */
export const DETAIL_SCALE = 0.3;
/** How far beyond the screen (in screen pixels) nodes are kept, so a short pan meets stickies already built. */
const MARGIN = 200;

interface Node {
  element: WireElement;
  group: Konva.Group;
  frame: Konva.Rect;
}

/**
 * Draws the wall's elements, and only those on screen. Elements are immutable, so a sticky's node is built when
 * it comes into view or its element object changes, and destroyed when it leaves the view. Zoomed far out, all
 * stickies are painted by one shape as coloured cards without text. Arrows are one shape too, computed from
 * where their ends are at each frame, so they follow both ends without nodes of their own.
 */
export class ElementLayer {
  readonly layer = new Konva.Layer();
  private readonly nodes = new Map<string, Node>();
  private readonly stickies = new Konva.Group();
  private readonly overview: Konva.Shape;
  private readonly arrows: Konva.Shape;
  private handle: Konva.Circle | null = null;
  private resizer: Konva.Rect | null = null;
  private handlesKey = '';
  private view: ReadonlyMap<string, WireElement> = new Map();
  private ordered: WireElement[] = [];
  private orderedFrom: ReadonlyMap<string, WireElement> | null = null;
  private selection: ReadonlySet<string> = new Set();
  private moving: ReadonlyMap<string, { x: number; y: number }> = new Map();
  private resizing: { id: string; w: number; h: number } | null = null;
  private visible: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private scale = 1;

  constructor(
    private readonly handlers: ElementHandlers,
    private editable: boolean,
  ) {
    this.overview = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.paintOverview(ctx._context) });
    this.arrows = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.paintArrows(ctx._context) });
    this.layer.add(this.overview, this.stickies, this.arrows);
  }

  setEditable(editable: boolean): void {
    this.editable = editable;
    this.nodes.forEach(({ group }) => group.draggable(editable));
  }

  /** `moving` places elements others are dragging right now (their previews) away from their stored place. */
  draw(view: ReadonlyMap<string, WireElement>, selection: ReadonlySet<string>, moving: ReadonlyMap<string, { x: number; y: number }> = new Map()): void {
    this.view = view;
    this.selection = selection;
    this.moving = moving;
    this.sync();
  }

  /** The part of the wall on screen and the zoom: what must be drawn, and in how much detail. */
  setViewport(visible: Rect, scale: number): void {
    this.visible = visible;
    this.scale = scale;
    this.sync();
  }

  /** Whether stickies are drawn as nodes one can click, or as the overview picture. */
  get detailed(): boolean {
    return this.scale >= DETAIL_SCALE;
  }

  /** How many stickies have nodes now (culling at work); for tests and measurements. */
  get nodeCount(): number {
    return this.nodes.size;
  }

  /** The arrow under a wall point, within a few screen pixels of its line. */
  arrowAt(point: { x: number; y: number }): WireArrow | null {
    const tolerance = 6 / this.scale;
    for (let i = this.ordered.length - 1; i >= 0; i--) {
      const arrow = this.ordered[i]!;
      if (arrow.kind !== 'arrow') continue;
      const ends = this.ends(arrow);
      if (!ends) continue;
      const [x1, y1, x2, y2] = arrowPoints(ends[0], ends[1]);
      if (distanceToSegment(point, { x: x1, y: y1 }, { x: x2, y: y2 }) <= tolerance) return arrow;
    }
    return null;
  }

  private placed(element: WireElement): WireElement {
    const at = this.moving.get(element.id);
    const size = this.resizing?.id === element.id ? this.resizing : null;
    return at || size ? { ...element, ...at, ...(size ? { w: size.w, h: size.h } : {}) } : element;
  }

  private ends(arrow: WireArrow): [WireElement, WireElement] | null {
    const from = this.view.get(arrow.from);
    const to = this.view.get(arrow.to);
    return from && to ? [this.placed(from), this.placed(to)] : null;
  }

  private sync(): void {
    if (this.orderedFrom !== this.view) {
      this.ordered = inDrawingOrder(this.view);
      this.orderedFrom = this.view;
    }
    const keep = new Set<string>();
    if (this.detailed) {
      const area = this.grown(MARGIN);
      for (const element of this.ordered) {
        if (element.kind === 'arrow') continue;
        if (intersects(this.placed(element), area) || this.selection.has(element.id)) keep.add(element.id);
      }
    }
    for (const [id, node] of this.nodes) {
      if (!keep.has(id) && !node.group.isDragging()) {
        node.group.destroy();
        this.nodes.delete(id);
      }
    }
    let inOrder = true;
    let previous = -1;
    for (const element of this.ordered) {
      if (!keep.has(element.id)) continue;
      const node = this.node(element);
      const index = node.group.zIndex();
      if (index < previous) inOrder = false;
      previous = index;
    }
    if (!inOrder) for (const element of this.ordered) this.nodes.get(element.id)?.group.moveToTop();
    this.overview.visible(!this.detailed);
    this.drawHandles(this.selection.size === 1 ? this.view.get([...this.selection][0]!) : undefined);
    this.layer.batchDraw();
  }

  private grown(margin: number): Rect {
    const m = margin / this.scale;
    return { x: this.visible.x - m, y: this.visible.y - m, w: this.visible.w + 2 * m, h: this.visible.h + 2 * m };
  }

  /** The element's node, built anew only when the element changed; placed where it is right now. */
  private node(element: WireElement): Node {
    let node = this.nodes.get(element.id);
    if (!node || node.element !== element) {
      if (node?.group.isDragging()) {
        node.element = element; // keep the node under the pointer; the drop rebuilds it
      } else {
        node?.group.destroy();
        node = { element, ...this.stickyNode(element) };
        this.stickies.add(node.group);
        this.nodes.set(element.id, node);
      }
    }
    highlight(node.frame, element, this.selection.has(element.id));
    if (!node.group.isDragging()) node.group.position(this.moving.get(element.id) ?? element);
    if (this.resizing?.id === element.id) resizeFrame(node, this.resizing.w, this.resizing.h);
    return node;
  }

  private paintOverview(ctx: CanvasRenderingContext2D): void {
    const area = this.visible;
    const unit = 1 / this.scale;
    for (const element of this.ordered) {
      if (element.kind === 'arrow') continue;
      const e = this.placed(element);
      if (!intersects(e, area)) continue;
      if (e.kind === 'boundary') {
        ctx.strokeStyle = '#868e96';
        ctx.lineWidth = 2 * unit;
        ctx.setLineDash([8 * unit, 6 * unit]);
        ctx.strokeRect(e.x, e.y, e.w, e.h);
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = KIND_STYLES[e.kind].fill;
        ctx.fillRect(e.x, e.y, e.w, e.h);
      }
      if (this.selection.has(e.id)) {
        ctx.strokeStyle = SELECTED;
        ctx.lineWidth = 3 * unit;
        ctx.strokeRect(e.x, e.y, e.w, e.h);
      }
    }
  }

  private paintArrows(ctx: CanvasRenderingContext2D): void {
    const area = this.visible;
    const detailed = this.detailed;
    const width = Math.max(2, 1 / this.scale);
    ctx.lineWidth = width;
    ctx.font = '12px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    for (const arrow of this.ordered) {
      if (arrow.kind !== 'arrow') continue;
      const ends = this.ends(arrow);
      if (!ends || !intersects(arrowBox(ends[0], ends[1]), area)) continue;
      const [x1, y1, x2, y2] = arrowPoints(ends[0], ends[1]);
      const colour = this.selection.has(arrow.id) ? SELECTED : KIND_STYLES.arrow.fill;
      ctx.strokeStyle = colour;
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
      const angle = Math.atan2(y2 - y1, x2 - x1);
      const head = 10 * Math.max(1, width / 2);
      ctx.beginPath();
      ctx.moveTo(x2, y2);
      ctx.lineTo(x2 - head * Math.cos(angle - 0.45), y2 - head * Math.sin(angle - 0.45));
      ctx.lineTo(x2 - head * Math.cos(angle + 0.45), y2 - head * Math.sin(angle + 0.45));
      ctx.closePath();
      ctx.fill();
      if (detailed && arrow.label) {
        // drawn with the canvas's text call: a label is always text, never markup
        ctx.fillStyle = '#495057';
        ctx.fillText(arrow.label, (x1 + x2) / 2, (y1 + y2) / 2 - 4, 160);
      }
    }
  }

  /** The selected element's handles: a round one to draw an arrow from, a square one to resize it. */
  private drawHandles(element: WireElement | undefined): void {
    const shown = element && this.editable && this.detailed && element.kind !== 'arrow' ? this.placed(element) : undefined;
    // rebuilt only when they would move: a redraw between press and drag (someone's cursor moved) must not drop them
    const key = shown ? `${shown.id} ${shown.x} ${shown.y} ${shown.w} ${shown.h} ${this.scale}` : '';
    if (key === this.handlesKey) return;
    this.handlesKey = key;
    this.drawArrowHandle(shown && shown.kind !== 'boundary' ? shown : undefined);
    this.drawResizer(shown && MIN_SIZE[shown.kind] ? shown : undefined);
  }

  /** A round handle on the selected sticky's right edge: drag it onto another sticky to draw an arrow. */
  private drawArrowHandle(element: WireElement | undefined): void {
    if (this.handle?.isDragging()) return; // a redraw (someone's cursor moved) must not pull it from under the pointer
    this.handle?.destroy();
    this.handle = null;
    if (!element) return;
    const start = { x: element.x + element.w, y: element.y + element.h / 2 };
    const handle = new Konva.Circle({ ...start, radius: 7, fill: '#fff', stroke: SELECTED, strokeWidth: 2, draggable: true, name: 'arrow-handle' });
    const line = new Konva.Arrow({ points: [start.x, start.y, start.x, start.y], stroke: SELECTED, fill: SELECTED, strokeWidth: 2, dash: [6, 4], listening: false });
    this.hoverCursor(handle, 'crosshair');
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

  /** A square handle on the selected element's bottom-right corner: drag it to resize, never below the kind's minimum. */
  private drawResizer(element: WireElement | undefined): void {
    if (this.resizer?.isDragging()) return;
    this.resizer?.destroy();
    this.resizer = null;
    if (!element) return;
    const size = 12 / this.scale;
    const corner = { x: element.x + element.w, y: element.y + element.h };
    const min = MIN_SIZE[element.kind]!;
    const resizer = new Konva.Rect({
      x: corner.x - size / 2, y: corner.y - size / 2, width: size, height: size,
      fill: '#fff', stroke: SELECTED, strokeWidth: 2 / this.scale, draggable: true, name: 'resize-handle',
    });
    this.hoverCursor(resizer, 'nwse-resize');
    const sizeAt = (): { w: number; h: number } => ({
      w: Math.round(Math.max(min.w, resizer.x() + size / 2 - element.x)),
      h: Math.round(Math.max(min.h, resizer.y() + size / 2 - element.y)),
    });
    resizer.on('dragstart', (event) => {
      event.cancelBubble = true;
    });
    resizer.on('dragmove', (event) => {
      event.cancelBubble = true;
      this.resizing = { id: element.id, ...sizeAt() };
      this.sync();
    });
    resizer.on('dragend', (event) => {
      event.cancelBubble = true;
      const { w, h } = sizeAt();
      this.resizing = null;
      resizer.destroy();
      this.resizer = null;
      this.handlesKey = '';
      if (w !== element.w || h !== element.h) this.handlers.onResized(element.id, w, h);
      else this.sync();
    });
    this.layer.add(resizer);
    this.resizer = resizer;
  }

  private hoverCursor(node: Konva.Node, cursor: string): void {
    node.on('mouseenter', () => (this.layer.getStage()!.container().style.cursor = cursor));
    node.on('mouseleave', () => (this.layer.getStage()!.container().style.cursor = ''));
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
      shadowForStrokeEnabled: false,
      perfectDrawEnabled: false,
      name: 'frame',
    });
    group.add(frame);
    group.add(new Konva.Text({
      x: PADDING, y: 6, text: `${style.icon} ${style.label}`, fontSize: LABEL_SIZE, fill: 'rgba(33,37,41,0.7)',
      width: element.w - 2 * PADDING, wrap: 'none', ellipsis: true, listening: false, perfectDrawEnabled: false, name: 'kind-label',
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
      listening: false, perfectDrawEnabled: false,
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

/** A resize preview: the frame follows the corner; the text is laid out again once the new size is stored. */
function resizeFrame(node: Node, w: number, h: number): void {
  node.frame.size({ width: w, height: h });
}

function highlight(frame: Konva.Rect, element: WireElement, selected: boolean): void {
  const isBoundary = element.kind === 'boundary';
  frame.stroke(selected ? SELECTED : isBoundary ? '#868e96' : 'rgba(0,0,0,0.12)');
  frame.strokeWidth(selected ? 3 : isBoundary ? 2 : 1);
}
