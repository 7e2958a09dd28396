package io.stormwall.export.internal.report;

import io.stormwall.notation.Flow;
import io.stormwall.notation.Flow.Link;
import io.stormwall.notation.Placement;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the wall says once containment and arrows are read: which aggregate and bounded context each sticky belongs
 * to, who issues each command, what it results in, and what crosses between contexts. Every list is in timeline
 * order, so the same wall always gives the same report.
 */
final class WallModel {

    /** A command or event going from one bounded context into another. */
    record Crossing(Element from, Element to, Element item) {}

    private final WallSnapshot snapshot;
    private final Flow flow;
    private final Placement placement;
    private final Map<ElementKind, List<Element>> byKind = new EnumMap<>(ElementKind.class);

    WallModel(WallSnapshot snapshot) {
        this.snapshot = snapshot;
        this.flow = new Flow(snapshot.elements());
        this.placement = new Placement(snapshot.elements(), flow);
        for (ElementKind kind : ElementKind.values()) {
            byKind.put(kind, snapshot.elements().stream().filter(e -> e.kind() == kind).sorted(Flow.TIMELINE).toList());
        }
    }

    WallSnapshot snapshot() {
        return snapshot;
    }

    List<Element> all(ElementKind kind) {
        return byKind.get(kind);
    }

    /** The aggregate the element belongs to, by the notation's one rule ({@link Placement}). */
    Optional<Element> aggregateOf(Element element) {
        return placement.aggregateOf(element);
    }

    /** The bounded context the element belongs to, by the notation's one rule ({@link Placement}). */
    Optional<Element> contextOf(Element element) {
        return placement.contextOf(element);
    }

    List<Element> aggregatesIn(Element context) {
        return all(ElementKind.AGGREGATE).stream().filter(a -> isIn(contextOf(a), context)).toList();
    }

    List<Element> eventsOf(Element aggregate) {
        return all(ElementKind.EVENT).stream().filter(e -> isIn(aggregateOf(e), aggregate)).toList();
    }

    List<Element> commandsOf(Element aggregate) {
        return all(ElementKind.COMMAND).stream().filter(c -> isIn(aggregateOf(c), aggregate)).toList();
    }

    /** Actors, policies and external systems with an arrow to the command. */
    List<Element> issuersOf(Element command) {
        return flow.causes(command, Link.ISSUES);
    }

    List<Element> resultsOf(Element command) {
        return flow.effects(command, Link.RESULTS_IN);
    }

    List<Element> issuingCommands(Element event) {
        return flow.causes(event, Link.RESULTS_IN);
    }

    List<Element> triggersOf(Element policy) {
        return flow.causes(policy, Link.TRIGGERS);
    }

    List<Element> commandsIssuedBy(Element issuer) {
        return flow.effects(issuer, Link.ISSUES);
    }

    List<Element> eventsReportedBy(Element externalSystem) {
        return flow.effects(externalSystem, Link.REPORTS);
    }

    List<Element> policiesTriggeredBy(Element event) {
        return flow.effects(event, Link.TRIGGERS);
    }

    List<Element> readModelsFedBy(Element event) {
        return flow.effects(event, Link.FEEDS);
    }

    List<Element> informedBy(Element readModel) {
        return flow.effects(readModel, Link.INFORMS);
    }

    List<Element> feeding(Element readModel) {
        return flow.causes(readModel, Link.FEEDS);
    }

    /** The event whose centre is closest, for placing a sticky that sits in no aggregate or context. */
    Optional<Element> nearestEvent(Element element) {
        return all(ElementKind.EVENT).stream()
                .min(Comparator.comparingDouble((Element e) -> distance(e, element)).thenComparing(Flow.TIMELINE));
    }

    /**
     * Commands cross when an issuer sits in another context than the command; events cross when a policy or read
     * model in another context reacts to them. Each command or event counts once per pair of contexts.
     */
    List<Crossing> crossings() {
        List<Crossing> found = new ArrayList<>();
        for (Element command : all(ElementKind.COMMAND)) {
            Optional<Element> target = contextOf(command);
            issuersOf(command).forEach(issuer -> crossing(contextOf(issuer), target, command).ifPresent(found::add));
        }
        for (Element event : all(ElementKind.EVENT)) {
            Optional<Element> source = contextOf(event);
            Stream.concat(policiesTriggeredBy(event).stream(), readModelsFedBy(event).stream())
                    .forEach(reactor -> crossing(source, contextOf(reactor), event).ifPresent(found::add));
        }
        Set<List<Object>> seen = new LinkedHashSet<>();
        return found.stream().filter(c -> seen.add(List.of(c.from().id(), c.to().id(), c.item().id()))).toList();
    }

    private static Optional<Crossing> crossing(Optional<Element> from, Optional<Element> to, Element item) {
        if (from.isEmpty() || to.isEmpty() || from.get().id().equals(to.get().id())) {
            return Optional.empty();
        }
        return Optional.of(new Crossing(from.get(), to.get(), item));
    }

    static boolean isIn(Optional<Element> container, Element expected) {
        return container.isPresent() && container.get().id().equals(expected.id());
    }

    /** A sticky's words as written, or a stand-in naming its kind when it is blank. */
    static String label(Element element) {
        String text = Objects.requireNonNullElse(element.text(), "").strip();
        return text.isEmpty() ? "(untitled " + element.kind().id() + ")" : text;
    }

    /** Text on one line: every run of line breaks becomes one space, so it can't start a new line of any format. */
    static String oneLine(String text) {
        return text.strip().replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
    }

    private static double distance(Element a, Element b) {
        return Math.hypot(a.x() + a.w() / 2 - b.x() - b.w() / 2, a.y() + a.h() / 2 - b.y() - b.h() / 2);
    }
}
