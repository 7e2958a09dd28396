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
     * Boundaries lie beneath everything, arrows above (as on screen); between them the wall's own z-order, ties
     * broken by id as the browser does.
     */
    private static final Comparator<Element> DRAWING_ORDER = Comparator
            .comparingInt((Element e) -> e.kind() == ElementKind.BOUNDARY ? 0 : e.kind().isArrow() ? 2 : 1)
            .thenComparingLong(Element::z)
            .thenComparing(e -> e.id().toString());

    Photo {
        elements = elements.stream().sorted(DRAWING_ORDER).toList();
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
