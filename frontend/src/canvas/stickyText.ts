import Konva from 'konva';
import { legibleFontSize } from '../render/detail';
import { LINE_HEIGHT } from '../render/geometry';
import {
  BADGE_FILLS, BADGE_LINE, FIELD_LINE, FIELD_SIZE, FONT, LABEL_SIZE, layoutSticky, ownFontSize, PADDING, type StickyLayout,
} from '../render/stickyLayout';
import { badgeTone, type BadgeTone } from '../store/notation';
import type { WireElement } from '../sync/protocol';

/**
 * A sticky's kind label and text as one shape (a container's name is in its title bar instead), laid out
 * (`render/stickyLayout`) with the canvas's own measure when first drawn at a size (the node is built anew whenever
 * its element changes), below the title bar that may cover its top (`covered`, in wall units). Drawn with the
 * canvas's text calls: whatever a sticky says is always text, never markup.
 */
export function stickyText(element: WireElement, scale: () => number, covered: () => number): Konva.Shape {
  const width = element.w - 2 * PADDING;
  const tone = badgeTone(element);
  const ownSize = ownFontSize(element);
  const layouts = new Map<string, StickyLayout>();
  return new Konva.Shape({
    width: element.w,
    height: element.h,
    listening: false,
    perfectDrawEnabled: false,
    name: 'sticky-text',
    sceneFunc: (konvaContext) => {
      const ctx = konvaContext._context;
      ctx.textBaseline = 'middle';
      // laid out once per step of zoom, not at every wheel notch
      const under = Math.ceil(covered());
      const key = `${legibleFontSize(ownSize, scale())} ${under}`;
      let laidOut = layouts.get(key);
      if (!laidOut) {
        laidOut = layoutSticky(element, ownSize, scale(), canvasMeasure(ctx), under);
        layouts.set(key, laidOut);
      }
      const { size, top, height, label, lines } = laidOut;
      ctx.textAlign = 'left';
      if (label) {
        ctx.font = `${LABEL_SIZE}px ${FONT}`;
        ctx.fillStyle = 'rgba(33,37,41,0.7)';
        ctx.fillText(label, PADDING, laidOut.labelY);
      }
      if (laidOut.badge) paintBadge(ctx, laidOut.badge, tone, element.h);
      if (laidOut.list) paintList(ctx, laidOut.list, element.w);
      ctx.font = `${size}px ${FONT}`;
      ctx.fillStyle = '#212529';
      ctx.textAlign = 'center';
      const line = size * LINE_HEIGHT;
      const first = top + (height - lines.length * line) / 2;
      const x = PADDING + width / 2;
      lines.forEach((text, i) => ctx.fillText(text, x, first + (i + 0.5) * line));
    },
  });
}

/** The canvas's own measure, setting its font only when it changes. */
function canvasMeasure(ctx: CanvasRenderingContext2D): (font: string, text: string) => number {
  let current = '';
  return (font, text) => {
    if (font !== current) {
      ctx.font = font;
      current = font;
    }
    return ctx.measureText(text).width;
  };
}

/** A sticky's notation properties as a dark pill at its foot, white text on it: legible on every kind's colour. */
function paintBadge(ctx: CanvasRenderingContext2D, badge: { size: number; text: string; w: number }, tone: BadgeTone, h: number): void {
  const pillH = Math.round(badge.size * BADGE_LINE);
  const x = PADDING / 2;
  const y = h - pillH - PADDING / 2;
  ctx.fillStyle = BADGE_FILLS[tone];
  ctx.beginPath();
  ctx.roundRect(x, y, badge.w, pillH, pillH / 2);
  ctx.fill();
  ctx.font = `bold ${badge.size}px ${FONT}`;
  ctx.fillStyle = '#fff';
  ctx.textAlign = 'left';
  ctx.fillText(badge.text, x + badge.size / 2, y + pillH / 2);
}

/** A sticky's fields at its foot, a row each under a thin rule, smaller and lighter than what the sticky says. */
function paintList(ctx: CanvasRenderingContext2D, list: { top: number; rows: string[] }, w: number): void {
  ctx.strokeStyle = 'rgba(33,37,41,0.3)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(PADDING, list.top - 3);
  ctx.lineTo(w - PADDING, list.top - 3);
  ctx.stroke();
  ctx.font = `${FIELD_SIZE}px ${FONT}`;
  ctx.fillStyle = 'rgba(33,37,41,0.85)';
  ctx.textAlign = 'left';
  list.rows.forEach((row, i) => ctx.fillText(row, PADDING, list.top + (i + 0.5) * FIELD_LINE));
}
