import type { Rect } from '../render/geometry';
import { KIND_STYLES } from '../render/kinds';
import { bounds, contains } from '../render/visible';
import type { WireElement } from '../sync/protocol';
import type { Point } from './viewport';

const WIDTH = 200;
const HEIGHT = 130;
const PAD = 6;

/** How wall coordinates map onto the minimap: all of `world` fits, centred, with the same scale both ways. */
export function minimapScale(world: Rect, width = WIDTH, height = HEIGHT): { scale: number; x: number; y: number } {
  const scale = Math.min((width - 2 * PAD) / Math.max(1, world.w), (height - 2 * PAD) / Math.max(1, world.h));
  return { scale, x: width / 2 - (world.x + world.w / 2) * scale, y: height / 2 - (world.y + world.h / 2) * scale };
}

/**
 * A small overview of the whole wall in the corner: every element as a coloured dot and the part on screen as a
 * frame. Clicking or dragging on it moves the view there. It shows only while the wall is larger than the screen,
 * and not at all while the person has put it away (`setShown(false)`).
 */
export function minimap(centreOn: (world: Point) => void): {
  node: HTMLCanvasElement;
  draw(view: ReadonlyMap<string, WireElement>, visible: Rect): void;
  setShown(shown: boolean): void;
} {
  const node = document.createElement('canvas');
  node.className = 'minimap';
  node.width = WIDTH;
  node.height = HEIGHT;
  node.dataset['testid'] = 'minimap';
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', 'Overview of the whole wall; click to move the view there');
  let map = { scale: 1, x: 0, y: 0 };
  let pending: { view: ReadonlyMap<string, WireElement>; visible: Rect } | null = null;
  let shown = true;
  let last: { view: ReadonlyMap<string, WireElement>; visible: Rect } | null = null;

  // the wall's picture is painted for the wall alone, again only when the wall changed: a pan that takes the view
  // beyond the wall's edge changes the map's frame at every step, and repainting thousands of stickies then cost
  // more than drawing the wall itself; the picture is placed (and shrunk) onto the frame instead
  const picture = document.createElement('canvas');
  picture.width = WIDTH;
  picture.height = HEIGHT;
  let pictured: { view: ReadonlyMap<string, WireElement>; map: typeof map } | null = null;
  let notes: { view: ReadonlyMap<string, WireElement>; all: WireElement[]; world: Rect | null } | null = null;

  const paint = (view: ReadonlyMap<string, WireElement>, visible: Rect): void => {
    last = { view, visible };
    if (!shown) {
      node.hidden = true;
      return;
    }
    if (notes?.view !== view) {
      const all = [...view.values()].filter((e) => e.kind !== 'arrow');
      notes = { view, all, world: bounds(all) };
    }
    const world = notes.world;
    node.hidden = !world || contains(visible, world);
    if (!world || node.hidden) return;
    map = minimapScale(bounds([world, visible])!);
    if (pictured?.view !== view) {
      const own = minimapScale(world);
      paintWall(picture.getContext('2d')!, notes.all, own);
      pictured = { view, map: own };
    }
    const ctx = node.getContext('2d')!;
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    const at = placing(pictured.map, map);
    ctx.drawImage(picture, at.x, at.y, at.w, at.h);
    ctx.save();
    ctx.translate(map.x, map.y);
    ctx.scale(map.scale, map.scale);
    ctx.strokeStyle = '#1c7ed6';
    ctx.lineWidth = 2 / map.scale;
    ctx.strokeRect(visible.x, visible.y, visible.w, visible.h);
    ctx.restore();
  };

  const moveTo = (event: PointerEvent): void => {
    const box = node.getBoundingClientRect();
    centreOn({ x: (event.clientX - box.left - map.x) / map.scale, y: (event.clientY - box.top - map.y) / map.scale });
  };
  node.addEventListener('pointerdown', (event) => {
    node.setPointerCapture(event.pointerId);
    moveTo(event);
  });
  node.addEventListener('pointermove', (event) => {
    if (node.hasPointerCapture(event.pointerId)) moveTo(event);
  });

  // at most once a frame, however often the wall or the view changes
  const draw = (view: ReadonlyMap<string, WireElement>, visible: Rect): void => {
    const first = pending === null;
    pending = { view, visible };
    if (!first) return;
    requestAnimationFrame(() => {
      const { view: v, visible: r } = pending!;
      pending = null;
      paint(v, r);
    });
  };
  return {
    node,
    draw,
    setShown(next) {
      shown = next;
      if (last) draw(last.view, last.visible);
      else if (!shown) node.hidden = true;
    },
  };
}

/** Where a picture painted with the map `painted` goes on the minimap when it shows the map `shown`. */
export function placing(painted: { scale: number; x: number; y: number }, shown: { scale: number; x: number; y: number }, width = WIDTH, height = HEIGHT): Rect {
  const ratio = shown.scale / painted.scale;
  return { x: shown.x - painted.x * ratio, y: shown.y - painted.y * ratio, w: width * ratio, h: height * ratio };
}

function paintWall(ctx: CanvasRenderingContext2D, notes: readonly WireElement[], map: { scale: number; x: number; y: number }): void {
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  ctx.save();
  ctx.translate(map.x, map.y);
  ctx.scale(map.scale, map.scale);
  const least = 1.5 / map.scale; // every sticky at least a visible dot
  for (const e of notes) {
    if (e.kind === 'boundary') {
      ctx.strokeStyle = '#868e96';
      ctx.lineWidth = 1 / map.scale;
      ctx.strokeRect(e.x, e.y, e.w, e.h);
    } else {
      ctx.fillStyle = KIND_STYLES[e.kind].fill;
      ctx.fillRect(e.x, e.y, Math.max(least, e.w), Math.max(least, e.h));
    }
  }
  ctx.restore();
}
