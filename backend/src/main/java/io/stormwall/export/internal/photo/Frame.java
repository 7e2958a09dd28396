package io.stormwall.export.internal.photo;

import io.stormwall.notation.Placement;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.web.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The part of the wall a photo shows: everything, one bounded context with what lies in it, or a rectangle.
 * {@code region} is empty only for a whole wall with nothing on it.
 *
 * @param caption    what the title strip says was photographed, or empty for the whole wall
 * @param contextName the bounded context's name when one was asked for, for the file name
 */
record Frame(Optional<Box> region, String caption, Optional<String> contextName) {

    /** Room around what is drawn, so no sticky touches the photo's edge. */
    static final double MARGIN = 40;
    /** Largest side of a rectangle a photo may ask for: the whole span of wall coordinates and a sticky. */
    static final double MAX_SIDE = 2_100_000;
    private static final double MAX_COORDINATE = 1_100_000;

    /** The parts of a photo request that choose what it shows, as given in its query string. */
    record Query(String context, String x, String y, String w, String h) {

        boolean asksForRectangle() {
            return Stream.of(x, y, w, h).anyMatch(v -> v != null);
        }
    }

    static Frame choose(List<Element> elements, Query query) {
        if (query.context() != null && query.asksForRectangle()) {
            throw ApiException.invalid("context", "Ask for either a bounded context ('context') or a rectangle ('x', 'y', 'w', 'h'), not both.");
        }
        if (query.context() != null) {
            return context(elements, query.context());
        }
        if (query.asksForRectangle()) {
            return rectangle(query);
        }
        return whole(elements);
    }

    static Frame whole(List<Element> elements) {
        return new Frame(extent(elements.stream()).map(b -> b.inflate(MARGIN)), "", Optional.empty());
    }

    private static Frame context(List<Element> elements, String id) {
        Element boundary = boundary(elements, id);
        Box area = Box.of(boundary);
        Placement placement = new Placement(elements);
        Box region = extent(elements.stream().filter(e -> placement.contextOf(e).filter(c -> c.id().equals(boundary.id())).isPresent()))
                .map(area::union).orElse(area).inflate(MARGIN);
        String name = boundary.text().isBlank() ? "Unnamed" : boundary.text().strip();
        return new Frame(Optional.of(region), "Bounded context: " + name, Optional.of(name));
    }

    private static Element boundary(List<Element> elements, String id) {
        UUID wanted;
        try {
            wanted = UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("context", "'context' must be the id of a bounded context on this wall, a UUID.");
        }
        Element found = elements.stream().filter(e -> e.id().equals(wanted)).findFirst()
                .orElseThrow(() -> ApiException.invalid("context", "'context' names no element on this wall: " + wanted + "."));
        if (found.kind() != ElementKind.BOUNDARY) {
            throw ApiException.invalid("context",
                    "'context' must name a bounded context; " + wanted + " is a " + Palette.of(found.kind()).label().toLowerCase(Locale.ROOT) + ".");
        }
        return found;
    }

    private static Frame rectangle(Query query) {
        double x = number("x", query.x(), -MAX_COORDINATE, MAX_COORDINATE);
        double y = number("y", query.y(), -MAX_COORDINATE, MAX_COORDINATE);
        double w = number("w", query.w(), 1, MAX_SIDE);
        double h = number("h", query.h(), 1, MAX_SIDE);
        return new Frame(Optional.of(new Box(x, y, w, h)), "Part of the wall: x " + whole(x) + ", y " + whole(y)
                + ", " + whole(w) + " × " + whole(h), Optional.empty());
    }

    private static double number(String name, String text, double min, double max) {
        if (text == null) {
            throw ApiException.invalid(name, "A rectangle needs all of 'x', 'y', 'w' and 'h'; '" + name + "' is missing.");
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "'" + name + "' must be a number.");
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            throw ApiException.invalid(name, "'" + name + "' must be a number from " + whole(min) + " to " + whole(max) + ".");
        }
        return value;
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    /** The smallest box around every sticky, card and boundary; arrows run between them. */
    private static Optional<Box> extent(Stream<Element> elements) {
        return elements.filter(e -> !e.kind().isArrow()).map(Box::of).reduce(Box::union);
    }
}
