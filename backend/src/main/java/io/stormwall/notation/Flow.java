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

    public Flow(List<Element> elements) {
        Map<UUID, Element> byId = new HashMap<>();
        elements.forEach(e -> byId.put(e.id(), e));
        for (Element arrow : elements) {
            if (!arrow.kind().isArrow()) {
                continue;
            }
            Element from = byId.get(arrow.from());
            Element to = byId.get(arrow.to());
            if (from == null || to == null) {
                continue;
            }
            Link forward = MEANINGS.get(new KindPair(from.kind(), to.kind()));
            Link backward = MEANINGS.get(new KindPair(to.kind(), from.kind()));
            if (forward != null) {
                add(new Edge(from, to, forward));
            } else if (backward != null) {
                add(new Edge(to, from, backward));
            }
        }
    }

    private void add(Edge edge) {
        byCause.computeIfAbsent(edge.cause().id(), k -> new ArrayList<>()).add(edge);
        byEffect.computeIfAbsent(edge.effect().id(), k -> new ArrayList<>()).add(edge);
    }

    /** The elements {@code effect} is reached from by {@code link}, in timeline order, each once. */
    public List<Element> causes(Element effect, Link link) {
        return sorted(byEffect.getOrDefault(effect.id(), List.of()).stream().filter(e -> e.link() == link).map(Edge::cause).toList());
    }

    /** The elements {@code cause} leads to by {@code link}, in timeline order, each once. */
    public List<Element> effects(Element cause, Link link) {
        return sorted(byCause.getOrDefault(cause.id(), List.of()).stream().filter(e -> e.link() == link).map(Edge::effect).toList());
    }

    private static List<Element> sorted(List<Element> elements) {
        Set<UUID> seen = new LinkedHashSet<>();
        return elements.stream().sorted(TIMELINE).filter(e -> seen.add(e.id())).toList();
    }
}
