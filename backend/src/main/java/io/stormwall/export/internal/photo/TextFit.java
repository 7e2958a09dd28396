package io.stormwall.export.internal.photo;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** A font object caches its glyph lookups: made once per style and size, they serve every sticky. */
    private static final Map<Integer, Font> FONTS = new ConcurrentHashMap<>();

    /** Text set in one font: its lines, top to bottom. */
    record Fitted(Font font, List<String> lines) {

        double lineHeight() {
            return font.getSize2D() * LINE_HEIGHT;
        }
    }

    private TextFit() {}

    /** The logical sans-serif face, which every Java runtime maps to a font it has. */
    static Font font(int style, int size) {
        return FONTS.computeIfAbsent(style * 1000 + size, key -> new Font(Font.SANS_SERIF, style, size));
    }

    static Fitted fit(String text, double width, double height, int style, int max, int min) {
        Words words = new Words(text, style);
        for (int size = max; size > min; size--) {
            List<String> lines = words.wrap(width / size);
            if (lines.size() * size * LINE_HEIGHT <= height) {
                return new Fitted(font(style, size), lines);
            }
        }
        Font font = font(style, min);
        int room = Math.max(1, (int) Math.floor(height / (min * LINE_HEIGHT)));
        return new Fitted(font, cut(words.wrap(width / min), room, font, width));
    }

    /** One line in the font, ended with an ellipsis if it is wider than {@code width}. */
    static String oneLine(String text, Font font, double width) {
        String line = text.replace('\n', ' ');
        return width(line, font) <= width ? line : ellipsize(line, font, width);
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    /**
     * A text's words measured once, in ems: with fractional metrics a glyph's advance grows in proportion to the
     * font size, so wrapping at every candidate size is arithmetic instead of measuring each line again.
     */
    private static final class Words {

        private static final int EM = 100;
        private final Font font;
        private final double space;
        private final List<List<String>> paragraphs = new ArrayList<>();
        private final Map<String, Double> widths = new HashMap<>();

        Words(String text, int style) {
            this.font = font(style, EM);
            this.space = em(" ");
            for (String paragraph : text.split("\n", -1)) {
                List<String> words = new ArrayList<>();
                for (String word : paragraph.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                        widths.computeIfAbsent(word, this::em);
                    }
                }
                paragraphs.add(words);
            }
        }

        private double em(String text) {
            return width(text, font) / EM;
        }

        /** The lines at a width given in ems; a word wider than a line is broken across lines. */
        List<String> wrap(double room) {
            List<String> lines = new ArrayList<>();
            for (List<String> paragraph : paragraphs) {
                StringBuilder line = new StringBuilder();
                double used = 0;
                for (String word : paragraph) {
                    double w = widths.get(word);
                    if (!line.isEmpty() && used + space + w <= room) {
                        line.append(' ').append(word);
                        used += space + w;
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    if (w <= room) {
                        line.append(word);
                        used = w;
                    } else {
                        String rest = breakLongWord(word, room, lines);
                        line.append(rest);
                        used = em(rest);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** The pieces of a too-long word that fill a line go to {@code lines}; the last piece is returned. */
        private String breakLongWord(String word, double room, List<String> lines) {
            int start = 0;
            double used = 0;
            for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                int next = word.offsetByCodePoints(i, 1);
                double w = em(word.substring(i, next));
                if (used + w > room && i > start) {
                    lines.add(word.substring(start, i));
                    start = i;
                    used = 0;
                }
                used += w;
            }
            return word.substring(start);
        }
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
