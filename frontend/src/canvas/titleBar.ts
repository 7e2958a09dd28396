import Konva from 'konva';
import { KIND_STYLES } from '../render/kinds';
import { titleHeight } from '../render/picking';
import { FONT, PADDING } from '../render/stickyLayout';
import { ellipsize } from '../render/textLayout';
import type { WireElement } from '../sync/protocol';

/**
 * A container's name in a bar along its top edge, at a size still readable on screen when zoomed out. It is drawn
 * above the stickies the container holds, so it is never covered and always picks the container.
 * `size` gives the container's size as drawn now (a resize preview included).
 */
export function titleBarNode(element: WireElement, size: () => { w: number; h: number }, scale: () => number, draggable: boolean): Konva.Shape {
  const style = KIND_STYLES[element.kind];
  const fill = element.kind === 'boundary' ? '#dee2e6' : '#FFE08A';
  let fitted: { size: number; text: string } | null = null;
  return new Konva.Shape({
    x: element.x,
    y: element.y,
    draggable,
    name: 'title-bar container',
    perfectDrawEnabled: false,
    sceneFunc: (konvaContext) => {
      const ctx = konvaContext._context;
      const { w, h } = size();
      const bar = titleHeight({ x: 0, y: 0, w, h }, scale());
      ctx.fillStyle = fill;
      ctx.beginPath();
      ctx.roundRect(0, 0, w, bar, element.kind === 'boundary' ? [12, 12, 0, 0] : [3, 3, 0, 0]);
      ctx.fill();
      ctx.strokeStyle = 'rgba(0,0,0,0.15)';
      ctx.lineWidth = 1 / scale();
      ctx.beginPath();
      ctx.moveTo(0, bar);
      ctx.lineTo(w, bar);
      ctx.stroke();
      const fontSize = Math.round(bar * 0.55);
      ctx.font = `bold ${fontSize}px ${FONT}`;
      if (fitted?.size !== fontSize) {
        const name = element.text.trim() || style.label;
        fitted = { size: fontSize, text: ellipsize(`${style.icon} ${name}`, w - 2 * PADDING, (t) => ctx.measureText(t).width) };
      }
      ctx.fillStyle = '#212529';
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(fitted.text, PADDING, bar / 2);
    },
    hitFunc: (ctx, shape) => {
      const { w, h } = size();
      ctx.beginPath();
      ctx.rect(0, 0, w, titleHeight({ x: 0, y: 0, w, h }, scale()));
      ctx.closePath();
      ctx.fillStrokeShape(shape);
    },
  });
}
