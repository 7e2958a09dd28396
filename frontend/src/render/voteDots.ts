import type { WireElement } from '../sync/protocol';
import type { Point, Rect } from './geometry';
import { intersects } from './visible';

/**
 * Dot voting on the wall. While a round is open a person sees their own dots on each sticky, in their colour, and
 * a hollow "+" after them where a vote can still go, along the sticky's bottom-left edge; after the reveal every
 * sticky with votes carries one badge with its count on the middle of its bottom edge. Clear of its kind label and the
 * coach's markers (top-right).
 */
export type VoteDotKind = 'mine' | 'add' | 'tally';

export interface VoteDot {
  /** The sticky's id. */
  readonly id: string;
  readonly kind: VoteDotKind;
  /** Centre and radius in wall units. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** A tally's count. */
  readonly count?: number;
}

export interface VoteScene {
  readonly state: 'none' | 'open' | 'revealed' | 'closed';
  /** The stickies as drawn now, in drawing order. */
  readonly elements: readonly WireElement[];
  /** Whether the round takes votes on this sticky. */
  readonly votable: (element: WireElement) => boolean;
  readonly mine: ReadonlyMap<string, number>;
  /** Whether this person may still place a dot (they can edit and have votes left). */
  readonly canAdd: boolean;
  /** The revealed tally by sticky; empty before the reveal. */
  readonly tally: ReadonlyMap<string, number>;
  readonly visible: Rect;
  readonly scale: number;
}

/** A dot's radius on screen, in pixels, and never smaller than this however far out. */
export const DOT_RADIUS = 12;
const MIN_DOT_RADIUS = 3;
/** A tally badge is larger: it carries a number a room should read from the back. */
export const BADGE_RADIUS = 20;
/** Own dots shown one by one up to this many; beyond, the last carries the count. */
const MAX_SHOWN = 5;

export function voteDots(scene: VoteScene): VoteDot[] {
  const dots: VoteDot[] = [];
  if (scene.state === 'none') return dots;
  const { scale } = scene;
  for (const element of scene.elements) {
    if (element.kind === 'arrow') continue;
    const reach = (BADGE_RADIUS * 2) / scale;
    if (!intersects({ x: element.x - reach, y: element.y - reach, w: element.w + 2 * reach, h: element.h + 2 * reach }, scene.visible)) continue;
    const tally = scene.tally.get(element.id);
    if (tally) {
      // on the middle of the bottom edge, mostly below it: it covers none of the text nor a selection's handles
      const r = Math.max(MIN_DOT_RADIUS, Math.min(BADGE_RADIUS, Math.min(element.w, element.h) * scale * 0.16)) / scale;
      dots.push({ id: element.id, kind: 'tally', x: element.x + element.w / 2, y: element.y + element.h + r * 0.25, r, count: tally });
      continue;
    }
    if (scene.state !== 'open' || !scene.votable(element)) continue;
    const r = Math.max(MIN_DOT_RADIUS, Math.min(DOT_RADIUS, Math.min(element.w, element.h) * scale * 0.09)) / scale;
    const step = r * 2.4;
    const mine = scene.mine.get(element.id) ?? 0;
    let x = element.x + r * 1.6;
    const y = element.y + element.h - r * 1.6;
    for (let i = 0; i < Math.min(mine, MAX_SHOWN); i++, x += step) {
      const last = i === MAX_SHOWN - 1 && mine > MAX_SHOWN;
      dots.push({ id: element.id, kind: 'mine', x, y, r, ...(last ? { count: mine } : {}) });
    }
    if (scene.canAdd && x + r <= element.x + element.w) dots.push({ id: element.id, kind: 'add', x, y, r });
  }
  return dots;
}

/** The dot under a wall point (the last drawn first), with a couple of screen pixels to spare. */
export function dotAt(point: Point, dots: readonly VoteDot[], scale: number): VoteDot | null {
  const slack = 3 / scale;
  for (let i = dots.length - 1; i >= 0; i--) {
    const d = dots[i]!;
    if (Math.hypot(point.x - d.x, point.y - d.y) <= d.r + slack) return d;
  }
  return null;
}

/** What a dot does when clicked, said as its title would. */
export function dotAction(dot: VoteDot): string {
  return dot.kind === 'add' ? 'Add a vote' : dot.kind === 'mine' ? 'Take this vote back' : `${dot.count} vote${dot.count === 1 ? '' : 's'}`;
}

/** The colour of the revealed tally's badges: one for everybody's votes together. */
export const TALLY_FILL = '#5f3dc4';

/** Paints the dots in wall coordinates; `colour` is this person's. */
export function paintVoteDots(ctx: CanvasRenderingContext2D, dots: readonly VoteDot[], colour: string, scale: number): void {
  const unit = 1 / scale;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const d of dots) {
    ctx.beginPath();
    ctx.arc(d.x, d.y, d.r, 0, 2 * Math.PI);
    if (d.kind === 'add') {
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fill();
      ctx.setLineDash([2 * unit, 2 * unit]);
      ctx.lineWidth = 1.5 * unit;
      ctx.strokeStyle = '#495057';
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#495057';
      ctx.font = `bold ${d.r * 1.6}px Arial`;
      ctx.fillText('+', d.x, d.y + 0.5 * unit);
      continue;
    }
    ctx.fillStyle = d.kind === 'tally' ? TALLY_FILL : colour;
    ctx.fill();
    // a white ring inside a dark one: the dot stands out on a sticky of its own colour too
    ctx.lineWidth = 2 * unit;
    ctx.strokeStyle = '#fff';
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(d.x, d.y, d.r + 1.5 * unit, 0, 2 * Math.PI);
    ctx.lineWidth = 1 * unit;
    ctx.strokeStyle = 'rgba(33,37,41,0.75)';
    ctx.stroke();
    if (d.count !== undefined && d.r * scale >= 6) {
      ctx.fillStyle = '#fff';
      ctx.font = `bold ${d.r * (d.count > 9 ? 1.0 : 1.25)}px Arial`;
      ctx.fillText(String(d.count), d.x, d.y + 0.5 * unit);
    }
  }
}
