import type { Rect } from '../render/geometry';
import { KIND_STYLES, SELECTED } from '../render/kinds';
import { isContainer } from '../render/picking';
import { BADGE_FILLS, FONT, PADDING } from '../render/stickyLayout';
import { ellipsize } from '../render/textLayout';
import { intersects } from '../render/visible';
import { badgeText, badgeTone, NOTATION } from '../store/notation';
import type { WireElement } from '../sync/protocol';

/** What the overview paints: the wall's elements in drawing order, where they are right now, at this view. */
export interface OverviewScene {
  ordered: readonly WireElement[];
  /** Where an element is drawn now (someone's drag or resize preview), else the element itself. */
  placed(element: WireElement): WireElement;
  visible: Rect;
  scale: number;
  selection: ReadonlySet<string>;
}

/**
 * The whole wall far out as one picture: stickies as coloured cards without text, contexts as dashed outlines, the
 * selection outlined, and the containers' names over what they hold. Only what is on screen is painted.
 */
export function paintOverview(ctx: CanvasRenderingContext2D, scene: OverviewScene): void {
  const unit = 1 / scene.scale;
  for (const element of scene.ordered) {
    if (element.kind === 'arrow') continue;
    const e = scene.placed(element);
    if (!intersects(e, scene.visible)) continue;
    if (e.kind === 'boundary') {
      ctx.strokeStyle = '#868e96';
      ctx.lineWidth = 2 * unit;
      ctx.setLineDash([8 * unit, 6 * unit]);
      ctx.strokeRect(e.x, e.y, e.w, e.h);
      ctx.setLineDash([]);
    } else {
      ctx.fillStyle = KIND_STYLES[e.kind].fill;
      ctx.fillRect(e.x, e.y, e.w, e.h);
      // too far out for words: a corner in the badge's colour says the sticky's properties are set
      if (NOTATION[e.kind] && badgeText(e)) {
        const corner = Math.min(e.w, e.h) * 0.35;
        ctx.fillStyle = BADGE_FILLS[badgeTone(e)];
        ctx.beginPath();
        ctx.moveTo(e.x, e.y + e.h - corner);
        ctx.lineTo(e.x, e.y + e.h);
        ctx.lineTo(e.x + corner, e.y + e.h);
        ctx.fill();
      }
    }
    if (scene.selection.has(e.id)) {
      ctx.strokeStyle = SELECTED;
      ctx.lineWidth = 3 * unit;
      ctx.strokeRect(e.x, e.y, e.w, e.h);
    }
  }
  paintTitles(ctx, scene);
}

/** Zoomed far out, the containers' names still head them at a readable size, over the stickies they hold. */
function paintTitles(ctx: CanvasRenderingContext2D, scene: OverviewScene): void {
  const unit = 1 / scene.scale;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const element of scene.ordered) {
    if (!isContainer(element)) continue;
    const e = scene.placed(element);
    const bar = Math.min(18, (e.h * scene.scale) / 3); // screen pixels
    if (bar < 10 || !intersects(e, scene.visible)) continue;
    ctx.fillStyle = e.kind === 'boundary' ? '#dee2e6' : '#FFE08A';
    ctx.fillRect(e.x, e.y, e.w, bar * unit);
    ctx.font = `bold ${Math.round(bar * 0.6 * unit)}px ${FONT}`;
    ctx.fillStyle = '#212529';
    const name = e.text.trim() || KIND_STYLES[e.kind].label;
    ctx.fillText(ellipsize(name, e.w - 2 * PADDING * unit, (t) => ctx.measureText(t).width), e.x + 6 * unit, e.y + (bar / 2) * unit);
  }
}
