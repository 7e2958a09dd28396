package io.stormwall.export.internal.photo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Arrows as the browser draws them (frontend/src/render/geometry.ts): from one element's edge to the other's along
 * the line between their centres, so the head always shows, with the label on the middle of the line.
 */
final class Arrows {

    private static final double HEAD_LENGTH = 10;
    private static final double HEAD_WIDTH = 10;
    private static final double LABEL_WIDTH = 140;
    private static final Font LABEL = TextFit.font(Font.PLAIN, 12);
    private static final Color LABEL_BACKING = new Color(255, 255, 255, 224);

    private final PhotoPainter.TextPen pen;

    Arrows(PhotoPainter.TextPen pen) {
        this.pen = pen;
    }

    /** The line and its head; the line stops where the head starts so its end never pokes through the tip. */
    void line(Graphics2D g, Box from, Box to) {
        double[] p = ends(from, to);
        double dx = p[2] - p[0];
        double dy = p[3] - p[1];
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double head = Math.min(HEAD_LENGTH, length);
        double baseX = p[2] - ux * head;
        double baseY = p[3] - uy * head;
        g.setColor(Palette.ARROW);
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(p[0], p[1], baseX, baseY));
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(p[2], p[3]);
        tip.lineTo(baseX - uy * HEAD_WIDTH / 2, baseY + ux * HEAD_WIDTH / 2);
        tip.lineTo(baseX + uy * HEAD_WIDTH / 2, baseY - ux * HEAD_WIDTH / 2);
        tip.closePath();
        g.fill(tip);
    }

    /** The label, wrapped to at most three lines, on a pale backing centred on the line's middle. */
    void label(Graphics2D g, Box from, Box to, String label) {
        String text = TextFit.printable(label).strip();
        if (text.isEmpty()) {
            return;
        }
        double[] p = ends(from, to);
        TextFit.Fitted fitted = TextFit.fit(text, LABEL_WIDTH, 3 * 12 * TextFit.LINE_HEIGHT, Font.PLAIN, 12, 11);
        double lineHeight = fitted.lineHeight();
        double width = fitted.lines().stream().mapToDouble(l -> TextFit.width(l, fitted.font())).max().orElse(0);
        double height = fitted.lines().size() * lineHeight;
        double midX = (p[0] + p[2]) / 2;
        double midY = (p[1] + p[3]) / 2;
        g.setColor(LABEL_BACKING);
        g.fill(new RoundRectangle2D.Double(midX - width / 2 - 4, midY - height / 2 - 2, width + 8, height + 4, 6, 6));
        g.setFont(fitted.font());
        g.setColor(Palette.ARROW);
        double y = midY - height / 2;
        for (String line : fitted.lines()) {
            pen.text(g, line, midX - TextFit.width(line, fitted.font()) / 2, y + PhotoPainter.baseline(fitted.font(), lineHeight));
            y += lineHeight;
        }
    }

    /** Start and end: where the line between the centres leaves each box. */
    static double[] ends(Box from, Box to) {
        double[] start = edgePoint(from, to.centreX(), to.centreY());
        double[] end = edgePoint(to, from.centreX(), from.centreY());
        return new double[] {start[0], start[1], end[0], end[1]};
    }

    private static double[] edgePoint(Box box, double targetX, double targetY) {
        double cx = box.centreX();
        double cy = box.centreY();
        double dx = targetX - cx;
        double dy = targetY - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double scale = Math.min(dx == 0 ? Double.POSITIVE_INFINITY : box.w() / 2 / Math.abs(dx),
                dy == 0 ? Double.POSITIVE_INFINITY : box.h() / 2 / Math.abs(dy));
        scale = Math.min(scale, 1);
        return new double[] {cx + dx * scale, cy + dy * scale};
    }
}
