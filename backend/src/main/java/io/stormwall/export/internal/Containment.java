package io.stormwall.export.internal;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where an element lies, by the notation's rule of geometry the browser also applies: an element belongs to an
 * aggregate or bounded context when its centre is inside the container's rectangle. Arrows and bounded contexts
 * belong to no aggregate, and aggregates not to each other; among nested containers the smallest one counts.
 */
final class Containment {

    private final List<Element> aggregates;
    private final List<Element> boundaries;

    Containment(List<Element> elements) {
        this.aggregates = elements.stream().filter(e -> e.kind() == ElementKind.AGGREGATE).toList();
        this.boundaries = elements.stream().filter(e -> e.kind() == ElementKind.BOUNDARY).toList();
    }

    Optional<Element> aggregateOf(Element e) {
        if (e.kind() == ElementKind.ARROW || e.kind() == ElementKind.BOUNDARY || e.kind() == ElementKind.AGGREGATE) {
            return Optional.empty();
        }
        return smallestAround(e, aggregates);
    }

    Optional<Element> boundedContextOf(Element e) {
        if (e.kind() == ElementKind.ARROW || e.kind() == ElementKind.BOUNDARY) {
            return Optional.empty();
        }
        return smallestAround(e, boundaries);
    }

    private static Optional<Element> smallestAround(Element e, List<Element> containers) {
        double cx = e.x() + e.w() / 2;
        double cy = e.y() + e.h() / 2;
        return containers.stream()
                .filter(c -> !c.id().equals(e.id()))
                .filter(c -> cx >= c.x() && cx <= c.x() + c.w() && cy >= c.y() && cy <= c.y() + c.h())
                .min(Comparator.comparingDouble((Element c) -> c.w() * c.h()).thenComparing(c -> c.id()));
    }
}
