import Konva from 'konva';
import { whenIdle } from '../idle';
import type { ElementPointer } from '../input/elementPointer';
import { arrowPoints, type Point, type Rect } from '../render/geometry';
import { isContainer, pickAt, titleBar } from '../render/picking';
import { detailLevel, type DetailLevel } from '../render/detail';
import { arrowBox, bounds, intersects } from '../render/visible';
import { inDrawingOrder } from '../store/wallState';
import type { WireArrow, WireElement } from '../sync/protocol';
import { arrowAt, arrowShape, labelBox, type ArrowScene } from './arrowPainter';
import { CoachMarkerOverlay } from './coachMarkerOverlay';
import type { OverlayScene } from './overlayScene';
import { paintOverview, type OverviewScene } from './overviewPainter';
import { SelectionHandles } from './selectionHandles';
import { highlight, isDragging, resizeFrame, setDraggable, stickyNode, type StickyNode } from './stickyNode';
import { UnseenOverlay } from './unseenOverlay';
import { VoteDotOverlay } from './voteDotOverlay';

export interface ElementHandlers {
  /** The user dropped an element at a new place (the drag itself is only a preview). */
  onMoved(id: string, x: number, y: number): void;
  onSelected(id: string | null, additive: boolean): void;
  onEditText(id: string): void;
  onDragging(id: string, x: number, y: number): void;
  /** The user drew an arrow from one element's handle to another element. */
  onConnect(from: string, to: string): void;
  /** The user dragged a corner of the selected element: its new place and size, the drag itself only a preview. */
  onResized(id: string, rect: Rect): void;
  /** An element or a handle was picked up to drag (true) or let go (false). */
  onDragChange(dragging: boolean): void;
}

/** How far beyond the screen (in screen pixels) nodes are kept, so a short pan meets stickies already built. */
const MARGIN = 200;

/**
 * Draws the wall's elements, and only those on screen. Elements are immutable, so a sticky's node is built when
 * it comes into view or its element object changes, and destroyed when it leaves the view. Zoomed out, text is
 * written at a legible size (`render/detail`); far out, all stickies are painted by one shape as coloured cards
 * without text, and the one under the pointer gets a node to be grabbed. Arrows are one shape too (`arrowPainter`).
 */
export class ElementLayer {
  readonly layer = new Konva.Layer();
  private readonly nodes = new Map<string, StickyNode>();
  private readonly stickies = new Konva.Group();
  private readonly titles = new Konva.Group();
  private readonly overview: Konva.Shape;
  private readonly handles: SelectionHandles;
  private view: ReadonlyMap<string, WireElement> = new Map();
  private ordered: WireElement[] = [];
  private orderedFrom: ReadonlyMap<string, WireElement> | null = null;
  private selection: ReadonlySet<string> = new Set();
  private moving: ReadonlyMap<string, { x: number; y: number }> = new Map();
  private resizing: ({ id: string } & Rect) | null = null;
  private visible: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private scale = 1;
  private level: DetailLevel = 'full';
  /** The sticky under the pointer, which has a node even in the overview so that it can be clicked and dragged. */
  private hovered: string | null = null;
  private marginPending = false;
  private panning = false;
  /** The coach's open findings, each a marker on the elements it names. */
  readonly coach: CoachMarkerOverlay;
  /** The voting round's dots as this person sees them. */
  readonly votes: VoteDotOverlay;
  /** This person's own stickies nobody else sees yet (silent writing). */
  readonly unseen: UnseenOverlay;
  /** The containers' title bars on screen, as of the last sync: arrows pass under them, stickies' labels below. */
  private bars: Rect[] = [];

  constructor(
    private readonly handlers: ElementHandlers,
    private editable: boolean,
  ) {
    this.overview = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => paintOverview(ctx._context, this.overviewScene()) });
    this.handles = new SelectionHandles(this.layer, {
      pick: (at, except) => this.stickyAt(at, except),
      onConnect: (from, to) => handlers.onConnect(from, to),
      onDragChange: (dragging) => handlers.onDragChange(dragging),
      onResizing: (element, rect) => {
        this.resizing = { id: element.id, ...rect };
        this.sync();
      },
      onResizeEnd: (element, rect) => {
        this.resizing = null;
        const changed = rect.x !== element.x || rect.y !== element.y || rect.w !== element.w || rect.h !== element.h;
        if (changed) handlers.onResized(element.id, rect);
        else this.sync();
      },
    });
    // the layers of the method: contexts, cards and stickies (in that order within `stickies`), the containers'
    // title bars, then the arrows
    this.layer.add(this.overview, this.stickies, this.titles, arrowShape(() => this.arrowScene()));
    const scene = this.overlayScene();
    this.coach = new CoachMarkerOverlay(scene);
    this.votes = new VoteDotOverlay(scene);
    this.unseen = new UnseenOverlay(scene);
    // the overlays lie over everything but the selection's handles, which are added when shown
    this.layer.add(this.coach.shape, this.votes.shape, this.unseen.shape);
  }

  setEditable(editable: boolean): void {
    this.editable = editable;
    this.nodes.forEach((node) => setDraggable(node, this.movable));
  }

  /** While the person holds Space a drag pans the wall, also one that starts on a sticky, and no handle shows. */
  setPanning(panning: boolean): void {
    this.panning = panning;
    this.nodes.forEach((node) => setDraggable(node, this.movable));
    this.sync();
  }

  private get movable(): boolean {
    return this.editable && !this.panning;
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
    return this.level !== 'overview';
  }

  /** How the wall is drawn at this zoom (see `render/detail`). */
  get detail(): DetailLevel {
    return this.level;
  }

  /** What a pointer on an element's node needs of the wall. */
  private pointer(): ElementPointer {
    return {
      handlers: this.handlers,
      arrowUnderPointer: () => this.arrowUnderPointer(),
      editable: () => this.editable,
      selected: (id) => this.selection.has(id),
      panWall: () => this.layer.getStage()?.startDrag(),
    };
  }

  /** Where the pointer is on the wall: in the overview, the sticky under it becomes a node one can grab. */
  hover(at: Point | null): void {
    const under = at && !this.detailed ? this.topmostAt(at) : null;
    if (under === this.hovered) return;
    this.hovered = under;
    if (this.detailed) return;
    this.sync();
    // at once, not at the next frame: a press that follows the move at once must find the node
    this.layer.drawHit();
  }

  private topmostAt(at: Point): string | null {
    for (let i = this.ordered.length - 1; i >= 0; i--) {
      const element = this.ordered[i]!;
      if (element.kind === 'arrow') continue;
      const e = this.placed(element);
      if (at.x >= e.x && at.x <= e.x + e.w && at.y >= e.y && at.y <= e.y + e.h) return e.id;
    }
    return null;
  }

  /** How many stickies have nodes now (culling at work); for tests and measurements. */
  get nodeCount(): number {
    return this.nodes.size;
  }

  /** The arrow under a wall point, within a few screen pixels of its line. */
  arrowAt(point: Point): WireArrow | null {
    return arrowAt(point, this.arrowScene());
  }

  /** The topmost sticky, card or context under a wall point other than `except`, as the wall is painted. */
  stickyAt(point: Point, except?: string): string | null {
    const ordered = except ? this.ordered.filter((e) => e.id !== except) : this.ordered;
    return pickAt(point, ordered, this.scale, (e) => this.placed(e))?.id ?? null;
  }

  /** The arrow under the pointer: arrows lie over everything, so they take the pointer before what is beneath. */
  private arrowUnderPointer(): WireArrow | null {
    const at = this.layer.getStage()?.getRelativePointerPosition();
    return at ? this.arrowAt(at) : null;
  }

  /** Where the selection is drawn right now (previews included), arrows with their labels; null for nothing. */
  selectionBounds(): Rect | null {
    const boxes: Rect[] = [];
    for (const id of this.selection) {
      const element = this.view.get(id);
      const ends = element?.kind === 'arrow' ? this.ends(element) : null;
      if (ends) boxes.push(arrowBox(ends[0], ends[1]), labelBox(arrowPoints(ends[0], ends[1])));
      else if (element && element.kind !== 'arrow') boxes.push(this.placed(element));
    }
    return bounds(boxes);
  }

  /** The selected arrow, when it is all that is selected: its line, and its ends and label, which are to stay seen. */
  selectedArrow(): { from: Point; to: Point; keepClear: Rect[] } | null {
    const only = this.selection.size === 1 ? this.view.get([...this.selection][0]!) : undefined;
    const ends = only?.kind === 'arrow' ? this.ends(only) : null;
    if (!ends) return null;
    const line = arrowPoints(ends[0], ends[1]);
    const [x1, y1, x2, y2] = line;
    return { from: { x: x1, y: y1 }, to: { x: x2, y: y2 }, keepClear: [ends[0], ends[1], labelBox(line)] };
  }

  private arrowScene(): ArrowScene {
    return { ordered: this.ordered, ends: (arrow) => this.ends(arrow), selection: this.selection, visible: this.visible, scale: this.scale, labels: this.detailed, titleBars: this.bars };
  }

  /** The title bars on screen, as drawn now; far out the overview heads containers itself, arrows over it. */
  private titleBars(): Rect[] {
    if (!this.detailed) return [];
    const bars: Rect[] = [];
    for (const element of this.ordered) {
      if (!isContainer(element)) continue;
      const bar = titleBar(this.placed(element), this.scale);
      if (intersects(bar, this.visible)) bars.push(bar);
    }
    return bars;
  }

  /** How much of a sticky's top the title bars on screen hide (they lie over stickies), in wall units. */
  private coveredTop(sticky: Rect): number {
    let covered = 0;
    for (const bar of this.bars) {
      const across = bar.x < sticky.x + sticky.w && bar.x + bar.w > sticky.x;
      if (across && bar.y <= sticky.y && bar.y + bar.h > sticky.y) covered = Math.max(covered, bar.y + bar.h - sticky.y);
    }
    return covered;
  }

  private overlayScene(): OverlayScene {
    return {
      placed: () => this.ordered.map((e) => this.placed(e)),
      element: (id) => {
        const element = this.view.get(id);
        const node = this.nodes.get(id);
        // a sticky this person drags carries its overlays along
        if (element && node && isDragging(node)) return { ...element, x: node.group.x(), y: node.group.y() } as WireElement;
        return element && this.placed(element);
      },
      ends: (arrow) => this.ends(arrow),
      visible: () => this.visible,
      scale: () => this.scale,
      redraw: () => this.layer.batchDraw(),
    };
  }

  private overviewScene(): OverviewScene {
    return { ordered: this.ordered, placed: (e) => this.placed(e), visible: this.visible, scale: this.scale, selection: this.selection };
  }

  private placed(element: WireElement): WireElement {
    const at = this.moving.get(element.id);
    const rect = this.resizing?.id === element.id ? this.resizing : null;
    return at || rect ? { ...element, ...at, ...(rect ? { x: rect.x, y: rect.y, w: rect.w, h: rect.h } : {}) } : element;
  }

  private ends(arrow: WireArrow): [WireElement, WireElement] | null {
    const from = this.view.get(arrow.from);
    const to = this.view.get(arrow.to);
    return from && to ? [this.placed(from), this.placed(to)] : null;
  }

  /**
   * Builds nodes for what is on screen now; those only in the margin around it are built when the browser is next
   * idle (`withMargin`), so neither the first frame nor a pan into new wall waits for stickies nobody sees yet.
   */
  private sync(withMargin = false): void {
    if (this.orderedFrom !== this.view) {
      this.ordered = inDrawingOrder(this.view);
      this.orderedFrom = this.view;
    }
    this.level = this.levelNow();
    this.bars = this.titleBars();
    const keep = new Set<string>();
    let deferred = false;
    if (!this.detailed) {
      // the overview paints the selection itself: only the sticky under the pointer needs a node, to be grabbed
      const under = this.hovered ? this.view.get(this.hovered) : undefined;
      if (under && under.kind !== 'arrow') keep.add(under.id);
    } else {
      // zoomed out, the same margin in pixels holds many more stickies: a narrower one keeps the node count down
      const area = this.grown(this.level === 'full' ? MARGIN : MARGIN / 4);
      for (const element of this.ordered) {
        if (element.kind === 'arrow') continue;
        const placed = this.placed(element);
        if (!intersects(placed, area) && !this.selection.has(element.id)) continue;
        if (withMargin || this.nodes.has(element.id) || intersects(placed, this.visible) || this.selection.has(element.id)) keep.add(element.id);
        else deferred = true;
      }
    }
    if (deferred) this.buildMarginLater();
    for (const [id, node] of this.nodes) {
      if (!keep.has(id) && !isDragging(node)) {
        node.group.destroy();
        node.title?.destroy();
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
    if (!inOrder) {
      for (const element of this.ordered) {
        const node = this.nodes.get(element.id);
        node?.group.moveToTop();
        node?.title?.moveToTop();
      }
    }
    this.overview.visible(!this.detailed);
    const single = this.selection.size === 1 ? this.view.get([...this.selection][0]!) : undefined;
    const handled = single && this.movable && this.detailed && single.kind !== 'arrow' ? this.placed(single) : undefined;
    this.handles.show(handled, this.scale);
    this.layer.batchDraw();
  }

  /** The level of detail for this zoom and how many stickies it shows; counted only where the count decides. */
  private levelNow(): DetailLevel {
    if (detailLevel(this.scale, 0) !== 'summary') return detailLevel(this.scale, 0);
    let onScreen = 0;
    for (const element of this.ordered) if (element.kind !== 'arrow' && intersects(element, this.visible)) onScreen++;
    return detailLevel(this.scale, onScreen);
  }

  private buildMarginLater(): void {
    if (this.marginPending) return;
    this.marginPending = true;
    whenIdle(() => {
      this.marginPending = false;
      this.sync(true);
    });
  }

  private grown(margin: number): Rect {
    const m = margin / this.scale;
    return { x: this.visible.x - m, y: this.visible.y - m, w: this.visible.w + 2 * m, h: this.visible.h + 2 * m };
  }

  /** The element's node, built anew only when the element changed; placed where it is right now. */
  private node(element: WireElement): StickyNode {
    let node = this.nodes.get(element.id);
    if (!node || node.element !== element) {
      if (node && isDragging(node)) {
        node.element = element; // keep the node under the pointer; the drop rebuilds it
      } else {
        node?.group.destroy();
        node?.title?.destroy();
        node = {
          element,
          ...stickyNode(element, {
            draggable: this.movable,
            scale: () => this.scale,
            coveredTop: () => this.coveredTop(this.placed(element)),
            placed: () => this.placed(element),
            pointer: this.pointer(),
          }),
        };
        this.stickies.add(node.group);
        if (node.title) this.titles.add(node.title);
        this.nodes.set(element.id, node);
      }
    }
    highlight(node.frame, element, this.selection.has(element.id));
    // soft shadows cost the most to paint in software and are lost at a summary's size anyway
    const shadowed = this.level === 'full' && element.kind !== 'boundary';
    if (node.frame.shadowEnabled() !== shadowed) node.frame.shadowEnabled(shadowed);
    if (!isDragging(node)) {
      const at = this.moving.get(element.id) ?? element;
      node.group.position(at);
      node.title?.position(at);
    }
    if (this.resizing?.id === element.id) resizeFrame(node, this.resizing);
    return node;
  }

}
