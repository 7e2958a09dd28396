package io.stormwall.export.internal.photo;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into a box at word boundaries and picks the largest font size at which it fits, by the browser's
 * rule (frontend/src/render/geometry.ts: from 20 down to 9 px, lines 1.2 em apart) but measuring real glyphs, so
 * a sticky with much to say writes smaller rather than spilling over. What still doesn't fit at the smallest
 * size ends in an ellipsis.
 */
final class TextFit {

    static final double LINE_HEIGHT = 1.2;
    static final String ELLIPSIS = "…";
    /** Measured as antialiased text with fractional widths, the way both the PNG and an SVG viewer draw it. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** Text set in one font: its lines, top to bottom. */
    record Fitted(Font font, List<String> lines) {

        double lineHeight() {
            return font.getSize2D() * LINE_HEIGHT;
        }
    }

    private TextFit() {}

    static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }

    static Fitted fit(String text, double width, double height, int style, int max, int min) {
        for (int size = max; size > min; size--) {
            Font font = font(style, size);
            List<String> lines = wrap(text, font, width);
            if (lines.size() * size * LINE_HEIGHT <= height) {
                return new Fitted(font, lines);
            }
        }
        Font font = font(style, min);
        int room = Math.max(1, (int) Math.floor(height / (min * LINE_HEIGHT)));
        return new Fitted(font, cut(wrap(text, font, width), room, font, width));
    }

    /** One line in the font, ended with an ellipsis if it is wider than {@code width}. */
    static String oneLine(String text, Font font, double width) {
        String line = text.replace('\n', ' ');
        return width(line, font) <= width ? line : ellipsize(line, font, width);
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font) <= width) {
                    line.replace(0, line.length(), candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(breakLongWord(word, font, width, lines));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A word wider than a line is broken across lines; the pieces that fill a line go to {@code lines}. */
    private static String breakLongWord(String word, Font font, double width, List<String> lines) {
        String rest = word;
        while (!rest.isEmpty() && width(rest, font) > width) {
            int end = rest.offsetByCodePoints(0, 1);
            while (end < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(end, 1)), font) <= width) {
                end = rest.offsetByCodePoints(end, 1);
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return rest;
    }

    private static List<String> cut(List<String> lines, int room, Font font, double width) {
        if (lines.size() <= room) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, room));
        kept.set(room - 1, ellipsize(kept.get(room - 1) + " ", font, width));
        return kept;
    }

    private static String ellipsize(String line, Font font, double width) {
        String cut = line.stripTrailing();
        while (!cut.isEmpty() && width(cut + ELLIPSIS, font) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)).stripTrailing();
        }
        return cut + ELLIPSIS;
    }

    /**
     * The text without characters that are neither printable nor allowed in XML (control characters, halves of
     * surrogate pairs), so a sticky's text can never break the SVG document around it.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)
                    && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
