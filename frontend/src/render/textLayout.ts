/** How wide a string is when drawn, in the font being laid out (the canvas's own measure, or a stand-in in tests). */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/**
 * The lines a text is written in within `width`: wrapped between words, a word wider than the line broken where it
 * must be, paragraphs kept. Past `maxLines` the last line kept ends in an ellipsis, so nothing spills out of its box.
 */
export function wrapText(text: string, width: number, maxLines: number, measure: Measure): string[] {
  const lines: string[] = [];
  const limit = Math.max(1, maxLines);
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const longer = line ? `${line} ${word}` : word;
      if (measure(longer) <= width) {
        line = longer;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (measure(line) > width && lines.length <= limit) {
        const cut = fittingChars(line, width, measure);
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
      if (lines.length > limit) break;
    }
    lines.push(line);
    if (lines.length > limit) break;
  }
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  kept[limit - 1] = withEllipsis(kept[limit - 1]!, width, measure);
  return kept;
}

/** One line, cut short with an ellipsis if it is wider than `width`. */
export function ellipsize(line: string, width: number, measure: Measure): string {
  return measure(line) <= width ? line : withEllipsis(line, width, measure);
}

function withEllipsis(line: string, width: number, measure: Measure): string {
  const chars = Array.from(line);
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS) > width) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/** How many UTF-16 units of `line` fit in `width`: at least one character, and never half of one. */
function fittingChars(line: string, width: number, measure: Measure): number {
  const chars = Array.from(line);
  let taken = chars[0]!;
  for (const c of chars.slice(1)) {
    if (measure(taken + c) > width) break;
    taken += c;
  }
  return taken.length;
}
