import type { Finding, Severity, WireArrow, WireElement } from '../sync/protocol';
import { worst } from '../store/coach';
import { arrowPoints, type Point, type Rect } from './geometry';
import { intersects } from './visible';

/**
 * A coach's marker: a small badge on the top-right corner of a sticky (or on an arrow's middle) that a finding
 * names. It never changes the sticky's own colour. Its colour and shape say how much the worst finding weighs:
 * a red circle for an error, an orange diamond for a warning, a teal circle for a hint, each with a white glyph.
 */
export interface Marker {
  readonly id: string;
  /** Its centre and radius, in wall units. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

export const SEVERITY_STYLES: Record<Severity, { readonly fill: string; readonly glyph: string; readonly shape: 'circle' | 'diamond'; readonly label: string }> = {
  error: { fill: '#e03131', glyph: '!', shape: 'circle', label: 'Error' },
  warning: { fill: '#e8590c', glyph: '!', shape: 'diamond', label: 'Warning' },
  hint: { fill: '#0c8599', glyph: 'i', shape: 'circle', label: 'Hint' },
};

/** A marker's radius on screen, in pixels, when the sticky is large enough on screen to carry it. */
export const MARKER_RADIUS = 9;
/** From this radius on screen up, a marker carries its glyph. */
export const GLYPH_RADIUS = 7;
/** Never smaller than this on screen, however far out: a marker stays visible at every zoom. */
export const MIN_MARKER_RADIUS = 4;

/** The marker's radius in wall units for an element of this size at this zoom. */
export function markerRadius(element: Pick<Rect, 'w' | 'h'>, scale: number): number {
  const onScreen = Math.min(MARKER_RADIUS, Math.max(MIN_MARKER_RADIUS, Math.min(element.w, element.h) * scale * 0.2));
  return onScreen / scale;
}

export interface MarkerScene {
  /** Open findings by the elements they name. */
  readonly marks: ReadonlyMap<string, readonly Finding[]>;
  /** The element as it is drawn now (a drag's preview included), or undefined when not on the wall. */
  readonly element: (id: string) => WireElement | undefined;
  /** An arrow's ends as drawn now, or null when one is missing. */
  readonly ends: (arrow: WireArrow) => [Rect, Rect] | null;
  readonly visible: Rect;
  readonly scale: number;
}

/** The markers to draw: one per marked element on the wall, on screen. */
export function coachMarkers(scene: MarkerScene): Marker[] {
  // runs at every frame over every marked element: what is off screen is passed over before anything is made
  const markers: Marker[] = [];
  const { visible, scale } = scene;
  const reach = MARKER_RADIUS / scale;
  for (const [id, findings] of scene.marks) {
    const element = scene.element(id);
    if (!element || findings.length === 0) continue;
    if (element.kind !== 'arrow') {
      const right = element.x + element.w;
      if (right + reach < visible.x || element.x - reach > visible.x + visible.w || element.y + element.h + reach < visible.y || element.y - reach > visible.y + visible.h) continue;
    }
    const place = element.kind === 'arrow' ? onArrow(element, scene) : inCorner(element, scale);
    if (!place) continue;
    if (!intersects({ x: place.x - place.r, y: place.y - place.r, w: 2 * place.r, h: 2 * place.r }, visible)) continue;
    let severity = findings[0]!.severity;
    for (const finding of findings) severity = worst(severity, finding.severity);
    markers.push({ id, x: place.x, y: place.y, r: place.r, severity, findings });
  }
  return markers;
}

/**
 * On the top-right corner, mostly inside: clear of the kind's label, and covering little of the text, which zoomed
 * out fills the sticky.
 */
function inCorner(element: Rect, scale: number): Point & { r: number } {
  const r = markerRadius(element, scale);
  return { x: element.x + element.w - r * CORNER_INSET, y: element.y + r * CORNER_INSET, r };
}

/** How far into the sticky a marker's centre lies from its corner, in radii. */
const CORNER_INSET = 0.45;

/** Beside the arrow's middle, clear of the line and of its label, which sits above the middle. */
function onArrow(arrow: WireArrow, scene: MarkerScene): (Point & { r: number }) | null {
  const ends = scene.ends(arrow);
  if (!ends) return null;
  const [x1, y1, x2, y2] = arrowPoints(ends[0], ends[1]);
  const r = MARKER_RADIUS / scene.scale;
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 + r + 3 / scene.scale, r };
}

/** The marker under a wall point (the last drawn, on top, first), with a couple of screen pixels to spare. */
export function markerAt(point: Point, markers: readonly Marker[], scale: number): Marker | null {
  const slack = 2 / scale;
  for (let i = markers.length - 1; i >= 0; i--) {
    const m = markers[i]!;
    if (Math.hypot(point.x - m.x, point.y - m.y) <= m.r + slack) return m;
  }
  return null;
}

/** Paints the markers in wall coordinates (the context carries the wall's transform). */
export function paintMarkers(ctx: CanvasRenderingContext2D, markers: readonly Marker[], scale: number): void {
  const unit = 1 / scale;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 1.5 * unit;
  ctx.strokeStyle = '#fff';
  // a font is parsed each time it is set: set once for the markers of one size
  let font = '';
  for (const m of markers) {
    const style = SEVERITY_STYLES[m.severity];
    ctx.beginPath();
    if (style.shape === 'diamond') {
      const d = m.r * 1.2;
      ctx.moveTo(m.x, m.y - d);
      ctx.lineTo(m.x + d, m.y);
      ctx.lineTo(m.x, m.y + d);
      ctx.lineTo(m.x - d, m.y);
      ctx.closePath();
    } else {
      ctx.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
    }
    ctx.fillStyle = style.fill;
    ctx.fill();
    ctx.stroke();
    // a glyph only where it can be read and the stickies are few enough on screen for text to cost little:
    // zoomed out, the shape and colour say it
    if (m.r * scale >= GLYPH_RADIUS) {
      ctx.fillStyle = '#fff';
      const size = `bold ${Math.round(m.r * 1.3 * scale) / scale}px Arial`;
      if (size !== font) ctx.font = font = size;
      ctx.fillText(m.findings.length > 1 && m.findings.length < 10 ? String(m.findings.length) : style.glyph, m.x, m.y + 0.5 * unit);
    }
  }
}
