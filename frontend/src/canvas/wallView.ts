import Konva from 'konva';
import { gridLines } from '../render/grid';
import { el } from '../ui/dom';
import type { Rect } from '../render/geometry';
import { visibleWorld } from '../render/visible';
import { walk, walkStops, type WalkStep } from './walk';
import { fitting, INITIAL_VIEWPORT, panBy, showing, toWorld, wheelZoomFactor, zoomAt, type Point, type Viewport } from './viewport';

const GRID_COLOUR = '#e9ecef';
const BUTTON_ZOOM = 1.25;

export interface WallView {
  readonly stage: Konva.Stage;
  /**
   * The background grid, for the layer that draws the wall to put beneath its elements: a layer of its own would be
   * one more full-screen canvas to allocate, resize and hand to the compositor at every pan.
   */
  readonly grid: Konva.Shape;
  readonly zoomControls: HTMLElement;
  /** The wall point at the middle of the screen: where new stickies go. */
  centre(): Point;
  /** Where a wall point is on the page, and how big one wall unit is there (for overlays such as the text editor). */
  toPage(world: Point): { x: number; y: number; scale: number };
  /** Pans so that this wall point is in the middle of the screen. */
  centreOn(world: Point): void;
  /** Pans and zooms so that this wall rectangle fills the screen, within the zoom limits. */
  fit(world: Rect): void;
  /** One step of a walk along the wall (`walk.ts`), whose extent is `world`. */
  walk(world: Rect, step: WalkStep): void;
  /** The part of the wall on screen. */
  visible(): Rect;
  viewport(): Viewport;
  /** Shows all of this wall rectangle (another screen's view), as large as it fits: for following and summons. */
  showArea(world: Rect): void;
  /** Goes back to a viewport this view had before. */
  restore(viewport: Viewport): void;
  /** Called after every pan, zoom or resize of the view. */
  onChange(listener: (viewport: Viewport) => void): void;
}

/** The infinite wall: a Konva stage with a background grid, panned by dragging and zoomed by the wheel. */
export function createWallView(host: HTMLDivElement): WallView {
  const stage = new Konva.Stage({ container: host, width: host.clientWidth, height: host.clientHeight });

  let viewport: Viewport = INITIAL_VIEWPORT;
  const listeners: ((viewport: Viewport) => void)[] = [];
  // one shape paints the grid from the current viewport: panning never builds or destroys nodes
  const grid = new Konva.Shape({
    listening: false,
    perfectDrawEnabled: false,
    sceneFunc: (ctx) => paintGrid(ctx._context, viewport, stage.width(), stage.height()),
  });
  const zoomLabel = el('span', { class: 'zoom-level', 'data-testid': 'zoom-level' }, '100%');

  const apply = (next: Viewport): void => {
    viewport = next;
    stage.position({ x: viewport.x, y: viewport.y });
    stage.scale({ x: viewport.scale, y: viewport.scale });
    grid.getLayer()?.batchDraw();
    zoomLabel.textContent = `${Math.round(viewport.scale * 100)}%`;
    listeners.forEach((listener) => listener(viewport));
  };

  const zoomAtCentre = (factor: number): void =>
    apply(zoomAt(viewport, { x: stage.width() / 2, y: stage.height() / 2 }, factor));

  stage.draggable(true);
  stage.on('dragmove', (event) => {
    if (event.target === stage) apply({ ...viewport, x: stage.x(), y: stage.y() });
  });
  stage.on('wheel', (event) => {
    event.evt.preventDefault();
    const pointer = stage.getPointerPosition();
    if (!pointer) return;
    const { deltaX, deltaY, ctrlKey } = event.evt;
    // A trackpad scrolls with two fingers (pan) and pinches as ctrl+wheel (zoom); a mouse wheel zooms.
    const isTrackpadPan = !ctrlKey && Math.abs(deltaX) > 0;
    apply(isTrackpadPan ? panBy(viewport, -deltaX, -deltaY) : zoomAt(viewport, pointer, wheelZoomFactor(deltaY)));
  });

  new ResizeObserver(() => {
    // setting a canvas's size reallocates it even when unchanged: only on a real change
    if (stage.width() === host.clientWidth && stage.height() === host.clientHeight) return;
    // what was in the middle of the window stays there: a narrower window takes from both sides, not only the right
    const shift = { x: (host.clientWidth - stage.width()) / 2, y: (host.clientHeight - stage.height()) / 2 };
    stage.size({ width: host.clientWidth, height: host.clientHeight });
    apply({ ...viewport, x: viewport.x + shift.x, y: viewport.y + shift.y });
  }).observe(host);

  const zoomControls = el(
    'div',
    { class: 'zoom-controls' },
    button('−', 'Zoom out', () => zoomAtCentre(1 / BUTTON_ZOOM)),
    zoomLabel,
    button('+', 'Zoom in', () => zoomAtCentre(BUTTON_ZOOM)),
    button('1:1', 'Reset zoom', () => apply(INITIAL_VIEWPORT)),
  );

  apply(viewport);
  return {
    stage,
    grid,
    zoomControls,
    centre: () => toWorld(viewport, { x: stage.width() / 2, y: stage.height() / 2 }),
    centreOn: (world) =>
      apply({ ...viewport, x: stage.width() / 2 - world.x * viewport.scale, y: stage.height() / 2 - world.y * viewport.scale }),
    fit: (world) => apply(fitting(world, stage.width(), stage.height())),
    walk: (world, step) => apply(walk(walkStops(world, stage.width(), stage.height()), viewport, stage.width(), step)),
    visible: () => visibleWorld(viewport, stage.width(), stage.height()),
    viewport: () => viewport,
    showArea: (world) => apply(showing(world, stage.width(), stage.height())),
    restore: (next) => apply(next),
    onChange: (listener) => listeners.push(listener),
    toPage: (world) => {
      const box = host.getBoundingClientRect();
      return { x: box.left + world.x * viewport.scale + viewport.x, y: box.top + world.y * viewport.scale + viewport.y, scale: viewport.scale };
    },
  };
}

function paintGrid(ctx: CanvasRenderingContext2D, viewport: Viewport, width: number, height: number): void {
  const grid = gridLines(viewport, width, height);
  const [left, right] = [grid.xs[0] ?? 0, grid.xs.at(-1) ?? 0];
  const [top, bottom] = [grid.ys[0] ?? 0, grid.ys.at(-1) ?? 0];
  ctx.strokeStyle = GRID_COLOUR;
  ctx.lineWidth = 1 / viewport.scale;
  ctx.beginPath();
  for (const x of grid.xs) {
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
  }
  for (const y of grid.ys) {
    ctx.moveTo(left, y);
    ctx.lineTo(right, y);
  }
  ctx.stroke();
}

function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', title, 'aria-label': title }, label);
  b.addEventListener('click', (event) => {
    onClick();
    // a pointer's click hands the keys back to the wall: its shortcuts, typed next, would light up this button's focus ring
    if (event.detail > 0) b.blur();
  });
  return b;
}
