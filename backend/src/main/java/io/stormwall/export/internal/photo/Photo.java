package io.stormwall.export.internal.photo;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one photo of a wall shows: the heading of its title strip, the elements in drawing order and the frame.
 *
 * @param subtitle format, phase, what part of the wall, and when it was taken
 */
record Photo(String title, String subtitle, List<Element> elements, Frame frame) {

    /**
     * The layers of the method, as on screen (frontend/src/store/wallState.ts): bounded contexts at the back,
     * aggregate cards on them, stickies on the cards, arrows over everything; within a layer the wall's own z-order,
     * ties broken by id as the browser does.
     */
    private static final Comparator<Element> DRAWING_ORDER = Comparator
            .comparingInt(Photo::layer)
            .thenComparingLong(Element::z)
            .thenComparing(e -> e.id().toString());

    Photo {
        elements = elements.stream().sorted(DRAWING_ORDER).toList();
    }

    private static int layer(Element e) {
        if (e.kind() == ElementKind.BOUNDARY) {
            return 0;
        }
        if (e.kind() == ElementKind.AGGREGATE) {
            return 1;
        }
        return e.kind().isArrow() ? 3 : 2;
    }

    boolean wallIsEmpty() {
        return elements.isEmpty();
    }

    /** The elements that show in the frame, in drawing order: an arrow shows if the box around its ends does. */
    List<Element> shown() {
        Box region = frame.region().orElse(null);
        if (region == null) {
            return List.of();
        }
        Map<UUID, Element> byId = elements.stream().collect(Collectors.toMap(Element::id, e -> e));
        return elements.stream().filter(e -> {
            if (!e.kind().isArrow()) {
                return region.intersects(Box.of(e));
            }
            Element from = byId.get(e.from());
            Element to = byId.get(e.to());
            return from != null && to != null && region.intersects(Box.of(from).union(Box.of(to)));
        }).toList();
    }

    /** The kinds the legend explains: those drawn in this photo, in the palette's order. */
    List<ElementKind> legendKinds() {
        Set<ElementKind> present = shown().stream().map(Element::kind).collect(Collectors.toSet());
        return Palette.LEGEND_ORDER.stream().filter(present::contains).toList();
    }
}
