import Konva from 'konva';
import { arrowPoints, type Point, type Rect } from '../render/geometry';
import { KIND_STYLES, SELECTED } from '../render/kinds';
import { contains, distanceToSegment, intersects, spanned } from '../render/visible';
import type { WireArrow, WireElement } from '../sync/protocol';

/** What the arrows are drawn from at a frame: the wall in drawing order, where each arrow's ends are right now. */
export interface ArrowScene {
  readonly ordered: readonly WireElement[];
  /** Both ends of an arrow where they are drawn now (a drag moves them before it is stored), or null. */
  ends(arrow: WireArrow): readonly [Rect, Rect] | null;
  readonly selection: ReadonlySet<string>;
  readonly visible: Rect;
  readonly scale: number;
  /** Whether labels are written (not when zoomed far out). */
  readonly labels: boolean;
  /** The title bars of the cards and contexts on screen: arrows pass under them, so no name is ever crossed out. */
  readonly titleBars: readonly Rect[];
}

/**
 * All arrows as one shape, painted from where their ends are at each frame: they follow both ends without nodes of
 * their own. It takes no pointer events; `arrowAt` finds the arrow under a point instead.
 */
export function arrowShape(scene: () => ArrowScene): Konva.Shape {
  return new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => paintArrows(ctx._context, scene()) });
}

type Line = readonly [number, number, number, number];

/**
 * Where each arrow was last drawn, from which end objects: elements are immutable, so while neither end changed
 * (nor is being dragged) its line is known, and a frame over a large wall does not recompute a thousand of them.
 */
const lines = new WeakMap<WireArrow, { from: Rect; to: Rect; line: Line; box: Rect }>();

function lineOf(arrow: WireArrow, [from, to]: readonly [Rect, Rect]): { line: Line; box: Rect } {
  const known = lines.get(arrow);
  if (known?.from === from && known.to === to) return known;
  const line = arrowPoints(from, to);
  const drawn = { from, to, line, box: spanned({ x: line[0], y: line[1] }, { x: line[2], y: line[3] }) };
  lines.set(arrow, drawn);
  return drawn;
}

/** The topmost arrow within a few screen pixels of a wall point; none on a title bar, which lies over arrows. */
export function arrowAt(point: Point, scene: ArrowScene): WireArrow | null {
  if (scene.titleBars.some((bar) => contains(bar, { ...point, w: 0, h: 0 }))) return null;
  const tolerance = 6 / scene.scale;
  for (let i = scene.ordered.length - 1; i >= 0; i--) {
    const arrow = scene.ordered[i]!;
    if (arrow.kind !== 'arrow') continue;
    const ends = scene.ends(arrow);
    if (!ends) continue;
    const [x1, y1, x2, y2] = lineOf(arrow, ends).line;
    if (distanceToSegment(point, { x: x1, y: y1 }, { x: x2, y: y2 }) <= tolerance) return arrow;
  }
  return null;
}

/** Where an arrow's label is written: above the middle of its line, at most this wide. */
export function labelBox([x1, y1, x2, y2]: Line): Rect {
  return { x: (x1 + x2) / 2 - 80, y: (y1 + y2) / 2 - 20, w: 160, h: 20 };
}

function paintArrows(ctx: CanvasRenderingContext2D, scene: ArrowScene): void {
  if (scene.titleBars.length === 0) {
    paintAll(ctx, scene);
    return;
  }
  ctx.save();
  ctx.beginPath();
  const { x, y, w, h } = scene.visible;
  ctx.rect(x, y, w, h);
  for (const bar of scene.titleBars) ctx.rect(bar.x, bar.y, bar.w, bar.h);
  ctx.clip('evenodd');
  paintAll(ctx, scene);
  ctx.restore();
}

function paintAll(ctx: CanvasRenderingContext2D, scene: ArrowScene): void {
  const unit = 1 / scene.scale;
  const width = Math.max(2, unit);
  ctx.font = '12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  for (const arrow of scene.ordered) {
    if (arrow.kind !== 'arrow') continue;
    const ends = scene.ends(arrow);
    if (!ends) continue;
    const { line, box } = lineOf(arrow, ends);
    if (!intersects(box, scene.visible)) continue;
    const [x1, y1, x2, y2] = line;
    const selected = scene.selection.has(arrow.id);
    if (selected) paintHalo(ctx, x1, y1, x2, y2, unit);
    const colour = selected ? SELECTED : KIND_STYLES.arrow.fill;
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = selected ? width * 1.5 : width;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
    paintHead(ctx, x1, y1, x2, y2, 10 * Math.max(1, width / 2));
    if (scene.labels && arrow.label) {
      const box = labelBox(line);
      // drawn with the canvas's text call: a label is always text, never markup
      ctx.fillStyle = selected ? SELECTED : '#495057';
      ctx.fillText(arrow.label, box.x + box.w / 2, box.y + box.h - 4, box.w);
    }
  }
}

/** A selected arrow: a soft band along it and a dot at its start, so a thin line reads as picked. */
function paintHalo(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number, unit: number): void {
  ctx.strokeStyle = 'rgba(28, 126, 214, 0.22)';
  ctx.lineWidth = 12 * unit;
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
  ctx.fillStyle = '#fff';
  ctx.strokeStyle = SELECTED;
  ctx.lineWidth = 2 * unit;
  ctx.beginPath();
  ctx.arc(x1, y1, 4 * unit, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
}

function paintHead(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number, head: number): void {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  ctx.beginPath();
  ctx.moveTo(x2, y2);
  ctx.lineTo(x2 - head * Math.cos(angle - 0.45), y2 - head * Math.sin(angle - 0.45));
  ctx.lineTo(x2 - head * Math.cos(angle + 0.45), y2 - head * Math.sin(angle + 0.45));
  ctx.closePath();
  ctx.fill();
}
