package io.stormwall.notation;

import static io.stormwall.wall.ElementKind.ACTOR;
import static io.stormwall.wall.ElementKind.AGGREGATE;
import static io.stormwall.wall.ElementKind.COMMAND;
import static io.stormwall.wall.ElementKind.EVENT;
import static io.stormwall.wall.ElementKind.EXTERNAL_SYSTEM;
import static io.stormwall.wall.ElementKind.POLICY;
import static io.stormwall.wall.ElementKind.READ_MODEL;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The wall's cause and effect, read from its arrows. Each pair of kinds that means something has one causal
 * direction (an actor issues a command, an event triggers a policy, …); an arrow drawn the other way round between
 * the same two kinds is read in that direction too, and arrows between any other kinds carry no flow.
 */
public final class Flow {

    /** What an arrow between two kinds means, always stated from cause to effect. */
    public enum Link { ISSUES, HANDLED_BY, EMITS, RESULTS_IN, TRIGGERS, FEEDS, INFORMS, REPORTS }

    private record KindPair(ElementKind cause, ElementKind effect) {}

    private record Edge(Element cause, Element effect, Link link) {}

    private static final Map<KindPair, Link> MEANINGS = Map.ofEntries(
            Map.entry(new KindPair(ACTOR, COMMAND), Link.ISSUES),
            Map.entry(new KindPair(POLICY, COMMAND), Link.ISSUES),
            Map.entry(new KindPair(EXTERNAL_SYSTEM, COMMAND), Link.ISSUES),
            Map.entry(new KindPair(COMMAND, AGGREGATE), Link.HANDLED_BY),
            Map.entry(new KindPair(AGGREGATE, EVENT), Link.EMITS),
            Map.entry(new KindPair(COMMAND, EVENT), Link.RESULTS_IN),
            Map.entry(new KindPair(EVENT, POLICY), Link.TRIGGERS),
            Map.entry(new KindPair(EVENT, READ_MODEL), Link.FEEDS),
            Map.entry(new KindPair(READ_MODEL, ACTOR), Link.INFORMS),
            Map.entry(new KindPair(READ_MODEL, POLICY), Link.INFORMS),
            Map.entry(new KindPair(EXTERNAL_SYSTEM, EVENT), Link.REPORTS));

    /** Timeline order: left to right, then top to bottom, then by id so equal positions still sort one way. */
    public static final Comparator<Element> TIMELINE = Comparator.comparingDouble(Element::x)
            .thenComparingDouble(Element::y)
            .thenComparing(e -> e.id().toString());

    private final Map<UUID, List<Edge>> byCause = new HashMap<>();
    private final Map<UUID, List<Edge>> byEffect = new HashMap<>();

    /** {@link #MEANINGS} by the ordinals of the two kinds, cause first: asked once per arrow of a large wall. */
    private static final Link[][] MEANING = meanings();

    public Flow(List<Element> elements) {
        this(elements.stream().filter(e -> e.kind().isArrow()).toList(), byId(elements));
    }

    /**
     * The flow of {@code arrows}, their ends found in {@code elements} by id: for a reader that has the wall by id
     * already, as the coach has after every change.
     */
    public Flow(Collection<Element> arrows, Map<UUID, Element> elements) {
        for (Element arrow : arrows) {
            Element from = elements.get(arrow.from());
            Element to = elements.get(arrow.to());
            if (from == null || to == null) {
                continue;
            }
            Link forward = MEANING[from.kind().ordinal()][to.kind().ordinal()];
            Link backward = MEANING[to.kind().ordinal()][from.kind().ordinal()];
            if (forward != null) {
                add(new Edge(from, to, forward));
            } else if (backward != null) {
                add(new Edge(to, from, backward));
            }
        }
    }

    private static Map<UUID, Element> byId(List<Element> elements) {
        Map<UUID, Element> byId = new HashMap<>();
        elements.forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    private static Link[][] meanings() {
        ElementKind[] kinds = ElementKind.values();
        Link[][] meaning = new Link[kinds.length][kinds.length];
        MEANINGS.forEach((pair, link) -> meaning[pair.cause().ordinal()][pair.effect().ordinal()] = link);
        return meaning;
    }

    private void add(Edge edge) {
        byCause.computeIfAbsent(edge.cause().id(), k -> new ArrayList<>()).add(edge);
        byEffect.computeIfAbsent(edge.effect().id(), k -> new ArrayList<>()).add(edge);
    }

    /** The elements {@code effect} is reached from by {@code link}, in timeline order, each once. */
    public List<Element> causes(Element effect, Link link) {
        return linked(byEffect.get(effect.id()), link, false);
    }

    /** The elements {@code cause} leads to by {@code link}, in timeline order, each once. */
    public List<Element> effects(Element cause, Link link) {
        return linked(byCause.get(cause.id()), link, true);
    }

    /** Most elements have no arrow or one of a kind: a rule over a large wall asks this of every sticky. */
    private static List<Element> linked(List<Edge> edges, Link link, boolean effects) {
        if (edges == null) {
            return List.of();
        }
        List<Element> found = new ArrayList<>(edges.size());
        for (Edge edge : edges) {
            if (edge.link() == link) {
                found.add(effects ? edge.effect() : edge.cause());
            }
        }
        return found.size() < 2 ? List.copyOf(found) : sorted(found);
    }

    private static List<Element> sorted(List<Element> elements) {
        Set<UUID> seen = new LinkedHashSet<>();
        return elements.stream().sorted(TIMELINE).filter(e -> seen.add(e.id())).toList();
    }
}
