import { fitFontSize, LINE_HEIGHT } from './geometry';
import { FLOOR_SCREEN_TEXT, legibleFontSize, shortenWords, wordFittingSize } from './detail';
import { KIND_STYLES } from './kinds';
import { ellipsize, wrapText } from './textLayout';
import { badgeText } from '../store/notation';
import { carriesFields, fieldsOf } from '../store/dataShape';
import type { WireElement } from '../sync/protocol';

/** Room between a sticky's edge and what is written on it. */
export const PADDING = 10;
/** The size of a sticky's kind label and of its badge at full size. */
export const LABEL_SIZE = 11;
/** Konva's own default face, which the stickies were always written in. */
export const FONT = 'Arial';
/** A badge's height for its font size. */
export const BADGE_LINE = 1.45;
/** A badge's colour by its tone, also the corner that stands for it far out. */
export const BADGE_FILLS = { alert: '#c92a2a', done: '#2b8a3e', plain: 'rgba(33,37,41,0.82)' } as const;

/** A field list's font size and the height of one of its rows. */
export const FIELD_SIZE = 10;
export const FIELD_LINE = 13;
/** What a field list keeps free above it for the sticky's own text: two lines of 12. */
const TITLE_ROOM = 2 * 12 * LINE_HEIGHT;
/** The gap between the text and a field list, where a rule divides them. */
const LIST_GAP = 6;

/** How wide a text is in a CSS font (`"bold 11px Arial"`): the canvas's own measure, or a stand-in in tests. */
export type FontMeasure = (font: string, text: string) => number;

/** What is written on a sticky at one zoom, where, and how big (in the sticky's own units). */
export interface StickyLayout {
  /** The text's font size. */
  size: number;
  /** The top and height of the band the text's lines are centred in. */
  top: number;
  height: number;
  /** The kind's label at the top, or '' in a summary (the colour says the kind), and the middle of its line. */
  label: string;
  labelY: number;
  lines: string[];
  /** The notation's badge at the foot: its font size, text and the pill's width; null without one. */
  badge: { size: number; text: string; w: number } | null;
  /** At full size, a sticky's fields as rows ("orderId: id") at its foot, from `top`; null without any. */
  list: { top: number; rows: string[] } | null;
}

const LABELLED_TOP = 6 + LABEL_SIZE + 6;

/** The room a badge takes at the sticky's foot, for a badge written `size` high. */
function badgeRoom(element: WireElement, size: number): number {
  return badgeText(element) ? Math.round(size * BADGE_LINE) + 4 : 0;
}

/** A sticky's fields and how many scenarios it has, a row each, as its list at full size says them. */
function listRows(element: WireElement): string[] {
  if (!carriesFields(element)) return [];
  const rows = fieldsOf(element).map((f) => `${f.name}: ${f.type}`);
  const scenarios = Object.keys(element.props?.scenarios ?? {}).length;
  if (scenarios > 0) rows.push(`${scenarios} scenario${scenarios === 1 ? '' : 's'}`);
  return rows;
}

/**
 * The rows of a sticky's list that fit in `room` (its height under the label) with the text above them, the last
 * saying how many more there are when not all fit; none when there is no room for two, and the badge says it instead.
 */
function fittingRows(element: WireElement, room: number): string[] {
  const rows = listRows(element);
  const fit = Math.floor((room - TITLE_ROOM - LIST_GAP) / FIELD_LINE);
  if (rows.length === 0 || fit < 2) return [];
  return rows.length <= fit ? rows : [...rows.slice(0, fit - 1), `+${rows.length - fit + 1} more`];
}

function listRoom(rows: number): number {
  return rows > 0 ? rows * FIELD_LINE + LIST_GAP : 0;
}

/** What the text has left at full size under the label and above the field list or the badge, `covered` below the top. */
function textRoom(element: WireElement, covered: number): { height: number; rows: string[] } {
  const room = element.h - LABELLED_TOP - PADDING - covered;
  const rows = fittingRows(element, room);
  return { height: room - (rows.length > 0 ? listRoom(rows.length) : badgeRoom(element, LABEL_SIZE)), rows };
}

/** The font size a sticky's text has at full size: the largest that fits under its label and above its list or badge. */
export function ownFontSize(element: WireElement): number {
  return fitFontSize(element.text, element.w - 2 * PADDING, textRoom(element, 0).height);
}

/**
 * How a sticky's label, text and badge are laid out at a zoom. At full size the text has its own size under the
 * kind's label; zoomed out (`render/detail`) it is written at a size legible on screen, in fewer lines, each word
 * too long for a line cut short, without the label, and the badge stays legible too: it says what the colour cannot.
 * `covered` is how much of the sticky's top a card's or context's title bar hides (title bars lie over stickies):
 * the label and the text move below it, unless the bar hides most of the sticky anyway.
 */
export function layoutSticky(element: WireElement, ownSize: number, scale: number, measure: FontMeasure, covered = 0): StickyLayout {
  const below = covered > 0 && covered <= element.h / 2 ? covered : 0;
  const style = KIND_STYLES[element.kind];
  const width = element.w - 2 * PADDING;
  const legible = legibleFontSize(ownSize, scale);
  const summary = legible > ownSize;
  // a summary may use the sticky's padding but a little: every letter of a long word counts
  const room = summary ? element.w - PADDING : width;
  const full = summary ? null : textRoom(element, below);
  // under a title bar the text has less room: at full size it is fitted again, smaller, rather than cut short
  let size = below && full ? Math.min(legible, fitFontSize(element.text, width, full.height)) : legible;
  if (summary) {
    const widest = Math.max(0, ...element.text.split(/\s+/).map((word) => measure(`${legible}px ${FONT}`, word)));
    size = Math.max(ownSize, wordFittingSize(legible, legibleFontSize(ownSize, scale, FLOOR_SCREEN_TEXT), widest, room));
  }
  const badgeSize = summary ? legibleFontSize(LABEL_SIZE, scale, FLOOR_SCREEN_TEXT) : LABEL_SIZE;
  const top = (summary ? PADDING / 2 : LABELLED_TOP) + below;
  const height = full ? full.height : element.h - PADDING - below - badgeRoom(element, badgeSize);
  const labelFont = `${LABEL_SIZE}px ${FONT}`;
  const label = summary ? '' : ellipsize(`${style.icon} ${style.label}`, width, (t) => measure(labelFont, t));
  const badgeFont = `bold ${badgeSize}px ${FONT}`;
  const rows = full?.rows ?? [];
  const badge = rows.length > 0 ? '' : badgeText(element);
  const written = badge ? ellipsize(badge, element.w - PADDING - badgeSize, (t) => measure(badgeFont, t)) : '';
  const textFont = `${size}px ${FONT}`;
  const textMeasure = (t: string): number => measure(textFont, t);
  const text = summary ? shortenWords(element.text, room, textMeasure) : element.text;
  const lines = wrapText(text, room, Math.max(0, Math.floor(height / (size * LINE_HEIGHT))), textMeasure);
  const fieldFont = `${FIELD_SIZE}px ${FONT}`;
  const list = rows.length > 0
    ? { top: element.h - PADDING - rows.length * FIELD_LINE, rows: rows.map((row) => ellipsize(row, width, (t) => measure(fieldFont, t))) }
    : null;
  return {
    size, top, height, label, labelY: below + 6 + LABEL_SIZE / 2, lines,
    badge: written ? { size: badgeSize, text: written, w: measure(badgeFont, written) + badgeSize } : null,
    list,
  };
}
