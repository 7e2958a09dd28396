package io.stormwall.export.internal.photo;

import io.stormwall.wall.ElementKind;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** The photo's heading: board title, format, phase, what part of the wall and when, and a legend of the kinds. */
final class TitleStrip {

    private final Sheet sheet;
    private final PhotoPainter.TextPen pen;

    TitleStrip(Sheet sheet, PhotoPainter.TextPen pen) {
        this.sheet = sheet;
        this.pen = pen;
    }

    void paint(Graphics2D g) {
        PhotoPainter.group(g, "title-strip", () -> {
            g.setColor(Palette.STRIP);
            g.fill(new Rectangle2D.Double(0, 0, sheet.width(), sheet.stripHeight()));
            g.setColor(Palette.STRIP_EDGE);
            g.setStroke(new BasicStroke(1));
            g.draw(new Line2D.Double(0, sheet.stripHeight() - 0.5, sheet.width(), sheet.stripHeight() - 0.5));
            double room = sheet.width() - 2 * Sheet.PAD;
            double top = Sheet.PAD;
            g.setColor(Palette.INK);
            g.setFont(Sheet.TITLE);
            pen.text(g, TextFit.oneLine(sheet.photo().title(), Sheet.TITLE, room), Sheet.PAD, top + PhotoPainter.baseline(Sheet.TITLE, Sheet.TITLE_LINE));
            top += Sheet.TITLE_LINE;
            g.setColor(Palette.MUTED);
            g.setFont(Sheet.SUBTITLE);
            pen.text(g, TextFit.oneLine(sheet.photo().subtitle(), Sheet.SUBTITLE, room), Sheet.PAD,
                    top + PhotoPainter.baseline(Sheet.SUBTITLE, Sheet.SUBTITLE_LINE));
            top += Sheet.SUBTITLE_LINE + 8;
            for (List<ElementKind> row : sheet.legendRows()) {
                legendRow(g, row, top);
                top += Sheet.LEGEND_ROW;
            }
        });
    }

    private void legendRow(Graphics2D g, List<ElementKind> row, double top) {
        double x = Sheet.PAD;
        for (ElementKind kind : row) {
            double left = x;
            PhotoPainter.group(g, "legend " + kind.id(), () -> legendItem(g, kind, left, top));
            x += Sheet.legendItemWidth(kind) + Sheet.ITEM_GAP;
        }
    }

    private void legendItem(Graphics2D g, ElementKind kind, double x, double top) {
        swatch(g, kind, x, top + (Sheet.LEGEND_ROW - Sheet.SWATCH) / 2);
        g.setColor(Palette.INK);
        g.setFont(Sheet.LEGEND);
        pen.text(g, Palette.of(kind).caption(), x + Sheet.SWATCH + Sheet.SWATCH_GAP, top + PhotoPainter.baseline(Sheet.LEGEND, Sheet.LEGEND_ROW));
    }

    private static void swatch(Graphics2D g, ElementKind kind, double x, double y) {
        double s = Sheet.SWATCH;
        Rectangle2D box = new Rectangle2D.Double(x, y, s, s);
        switch (kind) {
            case BOUNDARY -> {
                g.setColor(Palette.BOUNDARY_EDGE);
                g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0));
                g.draw(box);
            }
            case ARROW -> {
                g.setColor(Palette.ARROW);
                g.setStroke(new BasicStroke(2));
                g.draw(new Line2D.Double(x, y + s / 2, x + s - 5, y + s / 2));
                Path2D.Double head = new Path2D.Double();
                head.moveTo(x + s, y + s / 2);
                head.lineTo(x + s - 6, y + s / 2 - 4);
                head.lineTo(x + s - 6, y + s / 2 + 4);
                head.closePath();
                g.fill(head);
            }
            default -> {
                g.setColor(Palette.of(kind).fill());
                g.fill(box);
                g.setColor(kind == ElementKind.HOTSPOT ? Palette.HOTSPOT_EDGE : Palette.STICKY_EDGE);
                g.setStroke(new BasicStroke(1));
                g.draw(box);
            }
        }
    }
}
