package io.stormwall.export.internal.photo;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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

    /** The kinds the legend explains: those drawn in this photo, in the palette's order. */
    List<ElementKind> legendKinds() {
        Set<ElementKind> present = elements.stream().map(Element::kind).collect(Collectors.toSet());
        return Palette.LEGEND_ORDER.stream().filter(present::contains).toList();
    }
}
