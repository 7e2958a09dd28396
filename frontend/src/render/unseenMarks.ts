import type { WireElement } from '../sync/protocol';

/** A sticky only its author sees yet (silent writing): a dashed frame around it and an "only you" tag above it. */
export interface UnseenMark {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The marks of this person's own unseen stickies, in wall coordinates, as placed now. */
export function unseenMarks(elements: readonly WireElement[], mine: ReadonlySet<string>): UnseenMark[] {
  if (mine.size === 0) return [];
  return elements.filter((e) => mine.has(e.id)).map((e) => ({ x: e.x, y: e.y, w: e.w, h: e.h }));
}

export const ONLY_YOU = 'only you';

/** Draws the marks at a steady size on screen, whatever the zoom. */
export function paintUnseenMarks(ctx: CanvasRenderingContext2D, marks: readonly UnseenMark[], scale: number): void {
  if (marks.length === 0) return;
  const unit = 1 / scale;
  ctx.save();
  ctx.font = `600 ${11 * unit}px Arial`;
  ctx.textBaseline = 'middle';
  const label = ctx.measureText(ONLY_YOU).width + 12 * unit;
  for (const m of marks) {
    const gap = 4 * unit;
    ctx.setLineDash([6 * unit, 4 * unit]);
    ctx.lineWidth = 2 * unit;
    ctx.strokeStyle = '#5f3dc4';
    ctx.strokeRect(m.x - gap, m.y - gap, m.w + 2 * gap, m.h + 2 * gap);
    ctx.setLineDash([]);
    const tagH = 16 * unit;
    const tagX = m.x + m.w + gap - label;
    const tagY = m.y - gap - tagH / 2;
    ctx.fillStyle = '#5f3dc4';
    ctx.beginPath();
    ctx.roundRect(tagX, tagY, label, tagH, 8 * unit);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.fillText(ONLY_YOU, tagX + 6 * unit, tagY + tagH / 2 + 0.5 * unit);
  }
  ctx.restore();
}
