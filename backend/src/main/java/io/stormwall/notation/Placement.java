package io.stormwall.notation;

import io.stormwall.notation.Flow.Link;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one rule for which aggregate and bounded context a sticky belongs to; the CSV, the report, the photos and the
 * browser (checked by the shared table {@code docs/containment-cases.json}) all answer with it.
 *
 * <p>An element lies in an aggregate card or a bounded context when its centre is inside that rectangle (edges
 * included). When several hold it, the innermost (smallest area) wins, then the one on top (highest {@code z}),
 * then the lowest id, so the answer never depends on the order the elements were read in. Arrows and bounded
 * contexts belong to no aggregate, aggregates not to each other, and nothing to itself.
 *
 * <p>A command's aggregate is the one its arrow leads to, else the card it sits on; an event's is the card it sits
 * on, else an aggregate with an arrow to it, else the aggregate of a command that results in it. An element with an
 * aggregate belongs to that aggregate's bounded context (so a sticky on a card that straddles a boundary goes where
 * the card goes); any other element to the boundary holding its centre.
 */
public final class Placement {

    private static final Comparator<Element> INNERMOST = Comparator
            .comparingDouble((Element e) -> e.w() * e.h())
            .thenComparing(Comparator.comparingLong(Element::z).reversed())
            .thenComparing(e -> e.id().toString());

    private final List<Element> aggregates;
    private final List<Element> boundaries;
    private final Flow flow;
    // a large wall asks for the same sticky's place many times; each answer is worked out once
    private final Map<UUID, Optional<Element>> aggregateOf = new HashMap<>();
    private final Map<UUID, Optional<Element>> contextOf = new HashMap<>();

    public Placement(List<Element> elements) {
        this(elements, new Flow(elements));
    }

    public Placement(List<Element> elements, Flow flow) {
        this.aggregates = elements.stream().filter(e -> e.kind() == ElementKind.AGGREGATE).toList();
        this.boundaries = elements.stream().filter(e -> e.kind() == ElementKind.BOUNDARY).toList();
        this.flow = flow;
    }

    /** The aggregate the element belongs to, if any. */
    public Optional<Element> aggregateOf(Element element) {
        Optional<Element> known = aggregateOf.get(element.id());
        if (known == null) {
            known = findAggregate(element);
            aggregateOf.put(element.id(), known);
        }
        return known;
    }

    /** The bounded context the element belongs to, if any. */
    public Optional<Element> contextOf(Element element) {
        Optional<Element> known = contextOf.get(element.id());
        if (known == null) {
            known = findContext(element);
            contextOf.put(element.id(), known);
        }
        return known;
    }

    private Optional<Element> findAggregate(Element element) {
        return switch (element.kind()) {
            case AGGREGATE, BOUNDARY, ARROW -> Optional.empty();
            case COMMAND -> first(flow.effects(element, Link.HANDLED_BY)).or(() -> innermost(aggregates, element));
            case EVENT -> innermost(aggregates, element)
                    .or(() -> first(flow.causes(element, Link.EMITS)))
                    .or(() -> flow.causes(element, Link.RESULTS_IN).stream()
                            .map(this::aggregateOf).flatMap(Optional::stream).findFirst());
            default -> innermost(aggregates, element);
        };
    }

    private Optional<Element> findContext(Element element) {
        if (element.kind() == ElementKind.BOUNDARY || element.kind().isArrow()) {
            return Optional.empty();
        }
        Element placed = aggregateOf(element).orElse(element);
        return innermost(boundaries, placed);
    }

    private static Optional<Element> innermost(List<Element> areas, Element element) {
        double cx = element.x() + element.w() / 2;
        double cy = element.y() + element.h() / 2;
        return areas.stream()
                .filter(a -> !a.id().equals(element.id()))
                .filter(a -> cx >= a.x() && cx <= a.x() + a.w() && cy >= a.y() && cy <= a.y() + a.h())
                .min(INNERMOST);
    }

    private static Optional<Element> first(List<Element> elements) {
        return elements.stream().findFirst();
    }
}
