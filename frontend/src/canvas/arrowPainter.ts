import Konva from 'konva';
import { arrowPoints, type Point, type Rect } from '../render/geometry';
import { KIND_STYLES, SELECTED } from '../render/kinds';
import { arrowBox, distanceToSegment, intersects } from '../render/visible';
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
}

/**
 * All arrows as one shape, painted from where their ends are at each frame: they follow both ends without nodes of
 * their own. It takes no pointer events; `arrowAt` finds the arrow under a point instead.
 */
export function arrowShape(scene: () => ArrowScene): Konva.Shape {
  return new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => paintArrows(ctx._context, scene()) });
}

/** The topmost arrow within a few screen pixels of a wall point. */
export function arrowAt(point: Point, scene: ArrowScene): WireArrow | null {
  const tolerance = 6 / scene.scale;
  for (let i = scene.ordered.length - 1; i >= 0; i--) {
    const arrow = scene.ordered[i]!;
    if (arrow.kind !== 'arrow') continue;
    const ends = scene.ends(arrow);
    if (!ends) continue;
    const [x1, y1, x2, y2] = arrowPoints(ends[0], ends[1]);
    if (distanceToSegment(point, { x: x1, y: y1 }, { x: x2, y: y2 }) <= tolerance) return arrow;
  }
  return null;
}

/** Where an arrow's label is written: above the middle of its line, at most this wide. */
export function labelBox([x1, y1, x2, y2]: readonly [number, number, number, number]): Rect {
  return { x: (x1 + x2) / 2 - 80, y: (y1 + y2) / 2 - 20, w: 160, h: 20 };
}

function paintArrows(ctx: CanvasRenderingContext2D, scene: ArrowScene): void {
  const unit = 1 / scene.scale;
  const width = Math.max(2, unit);
  ctx.font = '12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  for (const arrow of scene.ordered) {
    if (arrow.kind !== 'arrow') continue;
    const ends = scene.ends(arrow);
    if (!ends || !intersects(arrowBox(ends[0], ends[1]), scene.visible)) continue;
    const line = arrowPoints(ends[0], ends[1]);
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
