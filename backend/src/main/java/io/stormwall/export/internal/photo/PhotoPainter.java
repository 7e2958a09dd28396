package io.stormwall.export.internal.photo;

import io.stormwall.notation.DataShape;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a photo on any {@link Graphics2D}: the one routine behind both the SVG and the PNG, so the two never
 * drift apart. Looks follow the browser's canvas (frontend/src/canvas/elementLayer.ts).
 */
final class PhotoPainter {

    private static final double PADDING = 10;
    private static final double LABEL_TOP = 6;
    private static final Font LABEL = TextFit.font(Font.PLAIN, 11);
    private static final double TEXT_TOP = LABEL_TOP + 11 + 6;
    private static final Font BADGE = TextFit.font(Font.BOLD, 11);
    /** A badge's height for its font size, as in the browser. */
    private static final double BADGE_LINE = 1.45;
    private static final double HOTSPOT_TILT = Math.toRadians(-3);
    /** A card's or a context's title bar, as the browser draws it at 100 % (frontend/src/render/picking.ts). */
    private static final double TITLE_BAR = 32;

    private final Sheet sheet;
    private final UnaryOperator<String> textOut;
    private final Map<UUID, Element> byId = new HashMap<>();
    private final Arrows arrows;

    /**
     * @param textOut what a string goes through before {@code drawString}: the SVG needs ampersands doubled,
     *                because JFreeSVG leaves text that already looks like an entity as it is
     */
    PhotoPainter(Sheet sheet, UnaryOperator<String> textOut) {
        this.sheet = sheet;
        this.textOut = textOut;
        sheet.photo().elements().forEach(e -> byId.put(e.id(), e));
        this.arrows = new Arrows(this::text);
    }

    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Palette.PAPER);
        g.fill(new Rectangle2D.Double(0, 0, sheet.width(), sheet.height()));
        new TitleStrip(sheet, this::text).paint(g);
        sheet.photo().frame().region().ifPresentOrElse(region -> wall(g, region), () -> message(g, "This wall is empty"));
    }

    private void wall(Graphics2D g, Box region) {
        Graphics2D wall = (Graphics2D) g.create();
        wall.clip(new Rectangle2D.Double(sheet.originX(), sheet.stripHeight(), region.w(), region.h()));
        wall.translate(sheet.originX() - region.x(), sheet.stripHeight() - region.y());
        List<Element> shown = sheet.photo().shown();
        for (Element e : shown) {
            if (!e.kind().isArrow()) {
                group(wall, "element " + e.kind().id(), () -> element(wall, e));
            }
        }
        List<Element> lines = shown.stream().filter(e -> e.kind().isArrow()).toList();
        lines.forEach(a -> group(wall, "arrow", () -> arrows.line(wall, Box.of(byId.get(a.from())), Box.of(byId.get(a.to())))));
        // labels after every line, so no line runs across another arrow's label
        lines.stream().filter(a -> !TextFit.printable(a.label()).isBlank()).forEach(a -> group(wall, "arrow-label",
                () -> arrows.label(wall, Box.of(byId.get(a.from())), Box.of(byId.get(a.to())), a.label())));
        // the containers' names last, over everything: neither a sticky nor an arrow running across a card or a
        // context ever hides its name (a bar is a thin strip along the top, so it hides little of an arrow)
        for (Element e : shown) {
            if (e.kind() == ElementKind.BOUNDARY || e.kind() == ElementKind.AGGREGATE) {
                group(wall, "title-bar " + e.kind().id(), () -> titleBar(wall, e));
            }
        }
        wall.dispose();
        if (shown.isEmpty()) {
            message(g, sheet.photo().wallIsEmpty() ? "This wall is empty" : "Nothing lies on this part of the wall");
        }
    }

    private void element(Graphics2D g, Element e) {
        Graphics2D s = (Graphics2D) g.create();
        s.translate(e.x(), e.y());
        if (e.kind() == ElementKind.HOTSPOT) {
            // tilted like a sticky slapped on in a hurry: a hotspot stands out by more than its colour
            s.rotate(HOTSPOT_TILT, e.w() / 2, e.h() / 2);
        }
        if (e.kind() == ElementKind.BOUNDARY) {
            boundary(s, e);
        } else {
            card(s, e);
        }
        s.dispose();
    }

    private void boundary(Graphics2D g, Element e) {
        RoundRectangle2D frame = new RoundRectangle2D.Double(0, 0, e.w(), e.h(), 24, 24);
        g.setColor(Palette.BOUNDARY_FILL);
        g.fill(frame);
        g.setColor(Palette.BOUNDARY_EDGE);
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {12, 8}, 0));
        g.draw(frame);
    }

    /** A container's name in a bar along its top edge, with the kind's glyph; drawn after the stickies and arrows. */
    private void titleBar(Graphics2D g, Element e) {
        Graphics2D s = (Graphics2D) g.create();
        s.translate(e.x(), e.y());
        double bar = Math.min(TITLE_BAR, e.h() / 3);
        // within the container's rounded corners
        double corner = e.kind() == ElementKind.BOUNDARY ? 24 : 6;
        s.clip(new RoundRectangle2D.Double(0, 0, e.w(), e.h(), corner, corner));
        s.setColor(e.kind() == ElementKind.BOUNDARY ? Palette.BOUNDARY_TITLE : Palette.AGGREGATE_TITLE);
        s.fill(new Rectangle2D.Double(0, 0, e.w(), bar));
        s.setColor(Palette.TITLE_EDGE);
        s.setStroke(new BasicStroke(1));
        s.draw(new java.awt.geom.Line2D.Double(0, bar, e.w(), bar));
        Font font = TextFit.font(Font.BOLD, (int) Math.max(9, Math.round(bar * 0.55)));
        Palette.Style style = Palette.of(e.kind());
        String name = TextFit.printable(e.text()).strip();
        String shown = name.isEmpty() ? style.label() : name;
        String glyph = font.canDisplayUpTo(style.icon()) == -1 ? style.icon() + " " : "";
        s.setFont(font);
        s.setColor(Palette.INK);
        text(s, TextFit.oneLine(glyph + shown, font, e.w() - 2 * PADDING), PADDING, baseline(font, bar));
        s.dispose();
    }

    private void card(Graphics2D g, Element e) {
        RoundRectangle2D frame = new RoundRectangle2D.Double(0, 0, e.w(), e.h(), 6, 6);
        g.setColor(Palette.SHADOW);
        g.fill(new RoundRectangle2D.Double(1, 2.5, e.w() + 0.5, e.h() + 0.5, 8, 8));
        g.setColor(Palette.of(e.kind()).fill());
        g.fill(frame);
        boolean hotspot = e.kind() == ElementKind.HOTSPOT;
        g.setColor(hotspot ? Palette.HOTSPOT_EDGE : Palette.STICKY_EDGE);
        g.setStroke(new BasicStroke(hotspot ? 2 : 1));
        g.draw(frame);
        if (e.kind() == ElementKind.AGGREGATE) {
            return; // its name is in its title bar, drawn over what it holds
        }
        label(g, e);
        double width = e.w() - 2 * PADDING;
        String badge = TextFit.printable(badge(e)).strip();
        double badgeRoom = badge.isEmpty() ? 0 : Math.round(BADGE.getSize2D() * BADGE_LINE) + 4;
        if (width < 4 || e.h() - TEXT_TOP - PADDING - badgeRoom < 4) {
            return; // a sticky shrunk this small shows its colour and no text
        }
        if (!badge.isEmpty()) {
            badge(g, e, badge);
        }
        double room = e.h() - TEXT_TOP - PADDING - badgeRoom;
        block(g, TextFit.fit(TextFit.printable(e.text()), width, room, Font.PLAIN, 20, 9), TEXT_TOP, room, width);
    }

    /** The sticky's notation properties in a dark pill at its foot, as the browser draws its badge. */
    private void badge(Graphics2D g, Element e, String badge) {
        double pill = Math.round(BADGE.getSize2D() * BADGE_LINE);
        double size = BADGE.getSize2D();
        String shown = TextFit.oneLine(badge, BADGE, e.w() - PADDING - size);
        double x = PADDING / 2;
        double y = e.h() - pill - PADDING / 2;
        String status = e.kind() == ElementKind.HOTSPOT ? text(e, "status") : null;
        g.setColor("open".equals(status) ? Palette.BADGE_ALERT : "resolved".equals(status) ? Palette.BADGE_DONE : Palette.BADGE_PLAIN);
        g.fill(new RoundRectangle2D.Double(x, y, TextFit.width(shown, BADGE) + size, pill, pill, pill));
        g.setFont(BADGE);
        g.setColor(Palette.PAPER);
        text(g, shown, x + size / 2, y + baseline(BADGE, pill));
    }

    private void label(Graphics2D g, Element e) {
        g.setFont(LABEL);
        g.setColor(Palette.LABEL_INK);
        String caption = Palette.of(e.kind()).caption();
        text(g, TextFit.oneLine(caption, LABEL, e.w() - 2 * PADDING), PADDING, LABEL_TOP + baseline(LABEL, 11 * TextFit.LINE_HEIGHT));
    }

    /**
     * A sticky's notation properties in a few words ("open · Ann", "long-running", "external · ACL"), worded as the
     * browser's badge words them (frontend/src/store/notation.ts); empty when none is set.
     */
    static String badge(Element e) {
        List<String> parts = new ArrayList<>();
        switch (e.kind()) {
            case HOTSPOT -> {
                // a status reads as words: "in progress", not its id
                String status = text(e, "status");
                if (status != null && !status.isBlank()) {
                    parts.add(status.strip().replace('-', ' '));
                }
                addText(parts, e, "owner");
            }
            case POLICY -> addText(parts, e, "mode");
            case EXTERNAL_SYSTEM -> {
                addText(parts, e, "ownership");
                if (e.props() != null && e.props().has("acl") && e.props().get("acl").isBoolean() && e.props().get("acl").booleanValue()) {
                    parts.add("ACL");
                }
            }
            case EVENT, COMMAND, READ_MODEL -> {
                List<DataShape.Field> fields = DataShape.fields(e);
                if (!fields.isEmpty()) {
                    parts.add(String.join(", ", fields.stream().map(DataShape.Field::name).toList()));
                }
                int scenarios = DataShape.scenarios(e).size();
                if (scenarios > 0) {
                    parts.add(scenarios + (scenarios == 1 ? " scenario" : " scenarios"));
                }
            }
            default -> { }
        }
        return String.join(" · ", parts);
    }

    private static void addText(List<String> parts, Element e, String key) {
        String value = text(e, key);
        if (value != null && !value.isBlank()) {
            parts.add(value.strip());
        }
    }

    private static String text(Element e, String key) {
        return e.props() != null && e.props().has(key) && e.props().get(key).isString() ? e.props().get(key).stringValue() : null;
    }

    /** Lines of text centred in a box {@code room} high starting at {@code top}, as on a sticky. */
    private void block(Graphics2D g, TextFit.Fitted fitted, double top, double room, double width) {
        g.setFont(fitted.font());
        g.setColor(Palette.INK);
        double lineHeight = fitted.lineHeight();
        double y = top + Math.max(0, (room - fitted.lines().size() * lineHeight) / 2);
        for (String line : fitted.lines()) {
            double x = PADDING + (width - TextFit.width(line, fitted.font())) / 2;
            text(g, line, x, y + baseline(fitted.font(), lineHeight));
            y += lineHeight;
        }
    }

    /** Where the baseline sits in a line {@code lineHeight} tall, the glyphs centred in it as the browser does. */
    static double baseline(Font font, double lineHeight) {
        var metrics = font.getLineMetrics("Hg", TextFit.MEASURE);
        return (lineHeight - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
    }

    private void message(Graphics2D g, String message) {
        Font font = TextFit.font(Font.ITALIC, 16);
        g.setFont(font);
        g.setColor(Palette.MUTED);
        double frameHeight = sheet.height() - sheet.stripHeight();
        text(g, message, (sheet.width() - TextFit.width(message, font)) / 2, sheet.stripHeight() + frameHeight / 2 + 6);
    }

    private void text(Graphics2D g, String text, double x, double y) {
        if (!text.isEmpty()) {
            g.drawString(textOut.apply(text), (float) x, (float) y);
        }
    }

    /** In the SVG each element and arrow is a {@code <g>} with a fixed class, never one taken from the wall's text. */
    static void group(Graphics2D g, String cssClass, Runnable draw) {
        boolean svg = g instanceof SVGGraphics2D;
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", cssClass));
        }
        draw.run();
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    /** Draws text at a baseline; implemented by the painter so every string goes through the same escaping. */
    @FunctionalInterface
    interface TextPen {
        void text(Graphics2D g, String text, double x, double y);
    }
}
