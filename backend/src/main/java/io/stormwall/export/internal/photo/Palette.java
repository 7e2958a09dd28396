package io.stormwall.export.internal.photo;

import io.stormwall.wall.ElementKind;
import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds' colours, labels and glyphs as the browser shows them (frontend/src/render/kinds.ts), so a photo looks
 * like the screen. Keep the two in step.
 */
final class Palette {

    /** One kind's look; {@code icon} sits beside the label so colour is never the only cue. */
    record Style(String label, Color fill, String icon) {

        /** The glyph and the label; the glyph is left out where the server has no font that draws it. */
        String caption() {
            return TextFit.font(java.awt.Font.PLAIN, 11).canDisplayUpTo(icon) == -1 ? icon + " " + label : label;
        }
    }

    static final Color INK = new Color(0x212529);
    static final Color LABEL_INK = new Color(33, 37, 41, 178);
    static final Color ARROW = new Color(0x495057);
    static final Color BOUNDARY_FILL = new Color(233, 236, 239, 115);
    static final Color BOUNDARY_EDGE = new Color(0x868e96);
    static final Color BOUNDARY_TITLE = new Color(0xDEE2E6);
    static final Color AGGREGATE_TITLE = new Color(0xFFE08A);
    static final Color TITLE_EDGE = new Color(0, 0, 0, 38);
    static final Color STICKY_EDGE = new Color(0, 0, 0, 31);
    static final Color HOTSPOT_EDGE = new Color(0xC92A2A);
    /** A sticky's badge: an open hotspot's, a resolved one's, any other (frontend/src/canvas/elementLayer.ts). */
    static final Color BADGE_ALERT = new Color(0xC92A2A);
    static final Color BADGE_DONE = new Color(0x2B8A3E);
    static final Color BADGE_PLAIN = new Color(33, 37, 41, 209);
    static final Color SHADOW = new Color(0, 0, 0, 28);
    static final Color PAPER = Color.WHITE;
    static final Color STRIP = new Color(0xF1F3F5);
    static final Color STRIP_EDGE = new Color(0xDEE2E6);
    static final Color MUTED = new Color(0x495057);

    /** The order the legend lists kinds in: the palette's order, arrows last. */
    static final List<ElementKind> LEGEND_ORDER = List.of(ElementKind.EVENT, ElementKind.COMMAND, ElementKind.ACTOR,
            ElementKind.EXTERNAL_SYSTEM, ElementKind.AGGREGATE, ElementKind.POLICY, ElementKind.READ_MODEL,
            ElementKind.HOTSPOT, ElementKind.BOUNDARY, ElementKind.ARROW);

    private static final Map<ElementKind, Style> STYLES = new EnumMap<>(Map.of(
            ElementKind.EVENT, new Style("Domain event", new Color(0xFFA94D), "◆"),
            ElementKind.COMMAND, new Style("Command", new Color(0x74C0FC), "▶"),
            ElementKind.ACTOR, new Style("Actor", new Color(0xFFE066), "☺"),
            ElementKind.POLICY, new Style("Policy", new Color(0xB197FC), "⟳"),
            ElementKind.READ_MODEL, new Style("Read model", new Color(0xB2F2BB), "▤"),
            ElementKind.HOTSPOT, new Style("Hotspot", new Color(0xFF8787), "!"),
            ElementKind.AGGREGATE, new Style("Aggregate", new Color(0xFFF3BF), "▣"),
            ElementKind.EXTERNAL_SYSTEM, new Style("External system", new Color(0xF783AC), "⇄"),
            ElementKind.BOUNDARY, new Style("Bounded context", BOUNDARY_FILL, "⬚"),
            ElementKind.ARROW, new Style("Arrow", ARROW, "→")));

    private Palette() {}

    static Style of(ElementKind kind) {
        return STYLES.get(kind);
    }
}
