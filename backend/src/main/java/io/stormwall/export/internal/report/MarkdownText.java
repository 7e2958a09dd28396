package io.stormwall.export.internal.report;

/**
 * Sticky text made inert for Markdown: it can't start markup, links, HTML or a code block, nor break out of a table
 * cell or a line. Line breaks become spaces; the punctuation that makes emphasis, links, code, headings and table
 * cells gets a backslash, as does a leading list or quote marker; {@code < > &} become entities so HTML shows as
 * text in every renderer.
 */
final class MarkdownText {

    private static final String ESCAPED_WITH_BACKSLASH = "\\`*_[]#|~";

    private MarkdownText() {}

    static String inline(String text) {
        String oneLine = WallModel.oneLine(text);
        StringBuilder out = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (ESCAPED_WITH_BACKSLASH.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(Character.isISOControl(c) ? ' ' : c);
                }
            }
        }
        return leadingMarker(out.toString());
    }

    /** Text that would open a list item or a setext underline at the start of a line gets its marker escaped. */
    private static String leadingMarker(String text) {
        if (!text.isEmpty() && "-+=".indexOf(text.charAt(0)) >= 0) {
            return "\\" + text;
        }
        return text.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
}
