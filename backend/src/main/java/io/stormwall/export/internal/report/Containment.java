package io.stormwall.export.internal.report;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Geometric belonging: an element lies in an aggregate card or a bounded context when its centre is inside the
 * rectangle. Of several such rectangles the innermost (smallest) wins, then the one drawn on top, then the lower id,
 * so the answer never depends on the order elements were read in.
 */
final class Containment {

    private static final Comparator<Element> INNERMOST = Comparator
            .comparingDouble((Element e) -> e.w() * e.h())
            .thenComparing(Comparator.comparingLong(Element::z).reversed())
            .thenComparing(e -> e.id().toString());

    private final List<Element> aggregates;
    private final List<Element> boundaries;

    Containment(List<Element> elements) {
        this.aggregates = elements.stream().filter(e -> e.kind() == ElementKind.AGGREGATE).toList();
        this.boundaries = elements.stream().filter(e -> e.kind() == ElementKind.BOUNDARY).toList();
    }

    /** The innermost aggregate card holding the element's centre (never the element itself). */
    Optional<Element> aggregateOf(Element element) {
        return innermost(aggregates, element);
    }

    /** The innermost bounded context holding the element's centre (never the element itself). */
    Optional<Element> boundaryOf(Element element) {
        return innermost(boundaries, element);
    }

    private static Optional<Element> innermost(List<Element> areas, Element element) {
        double cx = element.x() + element.w() / 2;
        double cy = element.y() + element.h() / 2;
        return areas.stream()
                .filter(a -> !a.id().equals(element.id()))
                .filter(a -> cx >= a.x() && cx <= a.x() + a.w() && cy >= a.y() && cy <= a.y() + a.h())
                .min(INNERMOST);
    }

    static double distance(Element a, Element b) {
        return Math.hypot(a.x() + a.w() / 2 - b.x() - b.w() / 2, a.y() + a.h() / 2 - b.y() - b.h() / 2);
    }
}
