package io.stormwall.export.internal.report;

/**
 * Sticky text made inert for a quoted Mermaid label: quotes, markup and directive characters become Mermaid's
 * {@code #…;} entity codes, so a label can neither end its string (and add {@code click} or other statements) nor
 * carry HTML, entity codes of its own, Markdown strings or {@code %%{init}%%} directives. Line breaks become spaces.
 */
final class MermaidText {

    private MermaidText() {}

    static String label(String text) {
        String oneLine = WallModel.oneLine(text);
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#', '&', '<', '>', '`', '%' ->
                        out.append('#').append((int) c).append(';');
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
