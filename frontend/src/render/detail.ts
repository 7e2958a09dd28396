import { ellipsize } from './textLayout';

/**
 * How much of the wall is drawn at a zoom: a wall of a real workshop's size is walked at 25–40 %, where a sticky
 * written at its own size is a coloured square with specks. So there are three levels:
 * - `full`: stickies as they are, with their kind's label;
 * - `summary`: stickies are still nodes one can click and drag, their text written no smaller than a legible size
 *   on screen (so fewer, shorter lines, cut with an ellipsis) and the kind told by colour only;
 * - `overview`: so far out, or with so many stickies on screen, that nodes for all of them would cost the frame
 *   rate: the wall is one painted picture, and only the sticky under the pointer becomes a node one can grab.
 */
export type DetailLevel = 'full' | 'summary' | 'overview';

/** From this zoom up stickies are drawn as they are. */
export const FULL_SCALE = 0.5;
/** Below this zoom the wall is the overview picture, whatever is on screen. */
export const SUMMARY_SCALE = 0.15;
/** More stickies than this on screen are drawn as the overview picture: building their nodes costs the frame rate. */
export const NODE_BUDGET = 400;
/** The size text is written at on screen, in screen pixels, when zoomed out. */
export const MIN_SCREEN_TEXT = 11;
/** Smaller still, so that a sticky's longest word fits whole on its line rather than broken ("Comm / and"). */
export const FLOOR_SCREEN_TEXT = 8;

export function detailLevel(scale: number, onScreen: number): DetailLevel {
  if (scale >= FULL_SCALE) return 'full';
  return scale >= SUMMARY_SCALE && onScreen <= NODE_BUDGET ? 'summary' : 'overview';
}

/**
 * The font size (in wall units) a sticky's text is written at: its own size when that is legible on screen, else
 * the size that is (from the full level down). The zoom is taken in steps, so zooming does not lay every sticky out again at each wheel notch.
 */
export function legibleFontSize(ownSize: number, scale: number, onScreen = MIN_SCREEN_TEXT): number {
  if (scale >= FULL_SCALE) return ownSize;
  const step = Math.max(SUMMARY_SCALE, Math.floor(scale * 20) / 20);
  return Math.max(ownSize, Math.ceil(onScreen / step));
}

/**
 * A summary's text with each word too wide for its line cut short with an ellipsis ("Subscripti…"), so that no word
 * is broken across two lines, which at a glance reads as two words. Line breaks are kept.
 */
export function shortenWords(text: string, width: number, measure: (text: string) => number): string {
  return text
    .split('\n')
    .map((line) => line.split(/\s+/).filter(Boolean).map((word) => (measure(word) <= width ? word : ellipsize(word, width, measure))).join(' '))
    .join('\n');
}

/**
 * The summary's font size once its longest word is considered: `size`, or smaller (down to `floor`) so that the
 * word, `widest` wide at `size`, fits in `width`.
 */
export function wordFittingSize(size: number, floor: number, widest: number, width: number): number {
  if (widest <= width) return size;
  return Math.max(Math.min(floor, size), Math.floor((size * width) / widest));
}
