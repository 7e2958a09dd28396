package io.stormwall.export.internal.photo;

import io.stormwall.board.BoardId;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSnapshot;
import io.stormwall.web.ApiException;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Takes photos of a wall: reads it in one snapshot, frames it, and draws it as SVG or PNG. */
@Service
class Photos {

    static final String IMAGE_TOO_LARGE = "IMAGE_TOO_LARGE";
    static final double MIN_SCALE = 0.25;
    static final double MAX_SCALE = 4;
    /** Tried in turn when no scale is asked for: print quality where the wall is small enough, less where not. */
    private static final double[] USUAL_SCALES = {2, 1.75, 1.5, 1.25, 1, 0.75, 0.5, 0.25};
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Wall wall;
    private final FormatCatalog formats;
    private final PhotoProperties properties;
    private final Clock clock;
    /** A PNG holds its pixels in memory while it is drawn: one at a time keeps a burst of large ones affordable. */
    private final Semaphore drawingPng = new Semaphore(1, true);

    Photos(Wall wall, FormatCatalog formats, PhotoProperties properties, Clock clock) {
        this.wall = wall;
        this.clock = clock;
        this.formats = formats;
        this.properties = properties;
    }

    Sheet take(BoardId board, Frame.Query query) {
        return take(wall.snapshot(board), query);
    }

    /** A photo of the wall as it stood at a checkpoint (or as it stands, read above). */
    Sheet take(WallSnapshot snapshot, Frame.Query query) {
        Frame frame = Frame.choose(snapshot.elements(), query);
        BoardSummary summary = snapshot.board();
        return Sheet.of(new Photo(TextFit.printable(summary.title()), subtitle(summary, frame), snapshot.elements(), frame));
    }

    private String subtitle(BoardSummary board, Frame frame) {
        List<String> parts = new ArrayList<>();
        SessionFormat format = formats.find(board.format()).orElse(null);
        parts.add(format == null ? board.format() : format.name());
        parts.add("Phase " + board.phase().index() + (format == null ? "" : "/" + format.phaseCount()) + " " + board.phase().name());
        if (!frame.caption().isEmpty()) {
            parts.add(TextFit.printable(frame.caption()));
        }
        parts.add("Exported " + TAKEN.format(clock.instant()));
        return String.join(" · ", parts);
    }

    byte[] svg(Sheet sheet) {
        SVGGraphics2D g = new SVGGraphics2D(sheet.width(), sheet.height());
        new PhotoPainter(sheet, Photos::forSvg).paint(g);
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, sheet.width(), sheet.height()), null, null) + "\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * JFreeSVG escapes text but passes on what already looks like an entity ("&amp;lt;"); doubling every ampersand
     * first makes a sticky's text come out exactly as typed.
     */
    private static String forSvg(String text) {
        return text.replace("&", "&amp;");
    }

    /** The largest of the usual scales whose PNG fits the pixel budget; refused if not even the smallest does. */
    double fittingScale(Sheet sheet) {
        for (double scale : USUAL_SCALES) {
            if (sheet.pixelsAt(scale) <= properties.maxPixels()) {
                return scale;
            }
        }
        throw tooLarge(sheet, MIN_SCALE, "Even at the smallest scale, " + MIN_SCALE + ", this PNG would be ");
    }

    byte[] png(Sheet sheet, double scale) {
        checkScale(scale);
        if (sheet.pixelsAt(scale) > properties.maxPixels()) {
            throw tooLarge(sheet, scale, "This PNG would be ");
        }
        drawingPng.acquireUninterruptibly();
        try {
            return encode(draw(sheet, scale));
        } finally {
            drawingPng.release();
        }
    }

    private ApiException tooLarge(Sheet sheet, double scale, String opening) {
        return new ApiException(HttpStatus.BAD_REQUEST, IMAGE_TOO_LARGE, opening + sheet.pixelWidth(scale) + " × "
                + sheet.pixelHeight(scale) + " pixels (" + sheet.pixelsAt(scale) + "), more than the server's limit of "
                + properties.maxPixels() + ". Ask for a smaller 'scale', one bounded context ('context') or a part "
                + "of the wall ('x', 'y', 'w', 'h'), or take the SVG.", "scale");
    }

    static void checkScale(double scale) {
        if (!Double.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) {
            throw ApiException.invalid("scale", "'scale' must be a number from " + MIN_SCALE + " to " + (int) MAX_SCALE + ".");
        }
    }

    private static BufferedImage draw(Sheet sheet, double scale) {
        BufferedImage image = new BufferedImage(sheet.pixelWidth(scale), sheet.pixelHeight(scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            new PhotoPainter(sheet, text -> text).paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // in memory: ImageIO's default cache would write temporary files, which a locked-down server may not allow
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
