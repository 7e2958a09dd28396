package io.stormwall.export.internal.photo;

import io.stormwall.wall.ElementKind;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things go on a photo, in the photo's own units (one unit is one unit of the wall): the title strip with
 * its legend on top, the wall below. Worked out before drawing, because an SVG's size is fixed when it starts.
 *
 * @param originX where the frame's left edge lands: a frame narrower than the strip is centred
 */
record Sheet(Photo photo, double width, double height, double stripHeight, double originX, List<List<ElementKind>> legendRows) {

    static final double MIN_WIDTH = 560;
    static final double EMPTY_HEIGHT = 160;
    static final double PAD = 16;
    static final Font TITLE = TextFit.font(Font.BOLD, 22);
    static final Font SUBTITLE = TextFit.font(Font.PLAIN, 13);
    static final Font LEGEND = TextFit.font(Font.PLAIN, 12);
    static final double TITLE_LINE = 28;
    static final double SUBTITLE_LINE = 20;
    static final double LEGEND_ROW = 22;
    static final double SWATCH = 14;
    static final double SWATCH_GAP = 6;
    static final double ITEM_GAP = 20;

    static Sheet of(Photo photo) {
        double frameWidth = photo.frame().region().map(Box::w).orElse(0.0);
        double frameHeight = photo.frame().region().map(Box::h).orElse(EMPTY_HEIGHT);
        double width = Math.max(MIN_WIDTH, frameWidth);
        List<List<ElementKind>> rows = legendRows(photo.legendKinds(), width - 2 * PAD);
        double strip = PAD + TITLE_LINE + SUBTITLE_LINE + (rows.isEmpty() ? 0 : 8 + rows.size() * LEGEND_ROW) + PAD;
        return new Sheet(photo, width, strip + frameHeight, strip, (width - frameWidth) / 2, rows);
    }

    static double legendItemWidth(ElementKind kind) {
        return SWATCH + SWATCH_GAP + TextFit.width(Palette.of(kind).caption(), LEGEND);
    }

    private static List<List<ElementKind>> legendRows(List<ElementKind> kinds, double room) {
        List<List<ElementKind>> rows = new ArrayList<>();
        List<ElementKind> row = new ArrayList<>();
        double used = 0;
        for (ElementKind kind : kinds) {
            double item = legendItemWidth(kind);
            if (!row.isEmpty() && used + ITEM_GAP + item > room) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : ITEM_GAP) + item;
            row.add(kind);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** Pixels of the sheet drawn at {@code scale}, rounded up as the image is. */
    long pixelsAt(double scale) {
        return (long) pixelWidth(scale) * pixelHeight(scale);
    }

    int pixelWidth(double scale) {
        return (int) Math.ceil(width * scale);
    }

    int pixelHeight(double scale) {
        return (int) Math.ceil(height * scale);
    }
}
