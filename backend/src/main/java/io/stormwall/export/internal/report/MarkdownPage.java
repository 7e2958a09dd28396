package io.stormwall.export.internal.report;

import static io.stormwall.export.internal.report.MarkdownText.inline;

import io.stormwall.wall.Element;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The report's Markdown as its sections write it, with the few ways they all name stickies, counts and times. */
final class MarkdownPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    void heading(String title) {
        line("## " + title);
        line("");
    }

    void paragraph(String text) {
        line(text);
        line("");
    }

    void row(String... cells) {
        line("| " + String.join(" | ", cells) + " |");
    }

    void line(String text) {
        out.append(text).append('\n');
    }

    /** Text that is Markdown already, such as a diagram. */
    void append(String markdown) {
        out.append(markdown);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A sticky by its text, safe to write in a line. */
    static String name(Element element) {
        return inline(WallModel.label(element));
    }

    static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
