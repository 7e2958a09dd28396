import Konva from 'konva';
import type { Rect } from '../render/geometry';
import { spanned } from '../render/visible';

const BAND = '#1c7ed6';

/**
 * Shift+drag on empty wall, or inside a container (a context, a card), draws a rubber band; on release, what lies
 * wholly inside it is selected (added to the selection, as Shift+click adds). A plain drag on empty wall still pans:
 * while Shift is held the wall doesn't.
 */
export function rubberBand(
  stage: Konva.Stage,
  layer: Konva.Layer,
  onSelect: (ids: string[], additive: boolean) => void,
  inside: (band: Rect) => string[],
): { active(): boolean } {
  let start: { x: number; y: number } | null = null;
  let justEnded = false;
  /** Whether the band in progress has been drawn out, rather than being a Shift+click. */
  let spread = false;
  let rect: Konva.Rect | null = null;

  const holdWall = (event: KeyboardEvent): void => {
    if (event.key === 'Shift' && !start) stage.draggable(event.type === 'keyup');
  };
  document.addEventListener('keydown', holdWall);
  document.addEventListener('keyup', holdWall);
  window.addEventListener('blur', () => stage.draggable(true));

  stage.on('mousedown', (event) => {
    justEnded = false;
    spread = false;
    const onContainer = event.target.hasName('container') || !!event.target.findAncestor('.container');
    if (!event.evt.shiftKey || (event.target !== stage && !onContainer) || event.evt.button !== 0) return;
    stage.stopDrag();
    stage.draggable(false);
    start = stage.getRelativePointerPosition();
    if (!start) return;
    const unit = 1 / stage.scaleX();
    rect = new Konva.Rect({ ...start, width: 0, height: 0, fill: 'rgba(28, 126, 214, 0.08)', stroke: BAND, strokeWidth: unit, dash: [4 * unit, 3 * unit], name: 'rubber-band' });
    layer.add(rect);
  });
  stage.on('mousemove', () => {
    const at = stage.getRelativePointerPosition();
    if (!start || !rect || !at) return;
    const r = spanned(start, at);
    spread ||= r.w > 2 || r.h > 2;
    rect.setAttrs({ x: r.x, y: r.y, width: r.w, height: r.h });
    layer.batchDraw();
  });
  window.addEventListener('mouseup', (event) => {
    if (!start || !rect) return;
    const r = { x: rect.x(), y: rect.y(), w: rect.width(), h: rect.height() };
    start = null;
    rect.destroy();
    rect = null;
    layer.batchDraw();
    stage.draggable(!event.shiftKey);
    // the click that ends the band must not clear what it selected
    justEnded = true;
    if (r.w > 2 || r.h > 2) onSelect(inside(r), true);
  });
  // a band drawn inside a container ends on it, whose click comes before the band's own end
  return { active: () => justEnded || (start !== null && spread) };
}
