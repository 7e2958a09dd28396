package io.stormwall.coach.internal;

import io.stormwall.notation.Flow;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The rules on the model's shape: aggregates, bounded contexts, and the arrows between them. */
final class StructureRules {

    /** Seed 001: an aggregate with more than seven or eight events wants splitting. */
    static final int LARGE_AGGREGATE = 8;
    /** Below this many events a wall is too young for one aggregate holding most of them to mean anything. */
    static final int GOD_AGGREGATE_MIN_EVENTS = 12;
    static final int CHAIN_CROSSINGS = 3;

    /** Words that name an outcome gone wrong: "Payment Declined", "Retry Failed", "Card Not Accepted". */
    private static final Pattern FAILURE = Pattern.compile("(?iu)\\b(fail(s|ed|ure|ing)?|reject(ed|ion)?|declined?"
            + "|refused?|denied|den(y|ial)|expired?|time[ds]? ?out|timeout|bounced?|abort(ed)?|invalid|insufficient"
            + "|unavailable|overdue|missed|blocked|not|error|errors|unreachable|unpaid|lost|undeliverable|disputed"
            + "|chargeback|out of stock)\\b");

    private StructureRules() {}

    static List<Hit> largeAggregates(WallView wall) {
        List<Hit> hits = new ArrayList<>();
        eventsPerAggregate(wall).values().forEach(events -> {
            if (events.count > LARGE_AGGREGATE) {
                hits.add(new Hit(List.of(events.aggregate), events.count));
            }
        });
        return hits;
    }

    static List<Hit> godAggregates(WallView wall) {
        int total = wall.all(ElementKind.EVENT).size();
        List<Hit> hits = new ArrayList<>();
        if (total < GOD_AGGREGATE_MIN_EVENTS) {
            return hits;
        }
        eventsPerAggregate(wall).values().forEach(events -> {
            if (events.count * 2 > total) {
                hits.add(new Hit(List.of(events.aggregate), events.count, total));
            }
        });
        return hits;
    }

    /** An aggregate and how many events it holds. */
    private static final class Count {
        private final Element aggregate;
        private int count;

        Count(Element aggregate) {
            this.aggregate = aggregate;
        }
    }

    /** By the aggregate's id, not the aggregate: an element's hash reads all its text and props, at every event. */
    private static Map<UUID, Count> eventsPerAggregate(WallView wall) {
        Map<UUID, Count> counts = new LinkedHashMap<>();
        for (Element event : wall.all(ElementKind.EVENT)) {
            wall.aggregateOf(event).ifPresent(a -> counts.computeIfAbsent(a.id(), id -> new Count(a)).count++);
        }
        return counts;
    }

    /** Two areas of one kind that share some of their surface, neither holding the other whole. */
    static List<Hit> overlaps(WallView wall) {
        List<Hit> hits = new ArrayList<>();
        for (ElementKind kind : List.of(ElementKind.AGGREGATE, ElementKind.BOUNDARY)) {
            List<Element> areas = new ArrayList<>(wall.all(kind));
            areas.sort(java.util.Comparator.comparingDouble(Element::x));
            for (int i = 0; i < areas.size(); i++) {
                Element a = areas.get(i);
                for (int j = i + 1; j < areas.size() && areas.get(j).x() < a.x() + a.w(); j++) {
                    Element b = areas.get(j);
                    if (overlapInPart(a, b)) {
                        hits.add(Hit.of(a, b));
                    }
                }
            }
        }
        return hits;
    }

    static boolean overlapInPart(Element a, Element b) {
        double width = Math.min(a.x() + a.w(), b.x() + b.w()) - Math.max(a.x(), b.x());
        double height = Math.min(a.y() + a.h(), b.y() + b.h()) - Math.max(a.y(), b.y());
        return width > 0 && height > 0 && !holds(a, b) && !holds(b, a);
    }

    private static boolean holds(Element outer, Element inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y()
                && inner.x() + inner.w() <= outer.x() + outer.w() && inner.y() + inner.h() <= outer.y() + outer.h();
    }

    static List<Hit> crossingEventsWithoutPolicy(WallView wall) {
        List<Hit> hits = new ArrayList<>();
        for (WallView.Link link : wall.links()) {
            Element event = link.from();
            Element target = link.to();
            if (event.kind() != ElementKind.EVENT || target.kind() == ElementKind.POLICY
                    || target.kind() == ElementKind.EVENT) {
                continue; // event → event is the grammar rule's to name
            }
            Optional<Element> from = wall.contextOf(event);
            Optional<Element> to = target.kind() == ElementKind.BOUNDARY ? Optional.of(target) : wall.contextOf(target);
            if (from.isPresent() && to.isPresent() && !from.get().id().equals(to.get().id())) {
                hits.add(Hit.of(event, target));
            }
        }
        return hits;
    }

    /**
     * Commands drawn straight after one another, each landing in another bounded context than the one before, three
     * times in a row: one chain per command it starts from.
     */
    static List<Hit> commandChains(WallView wall) {
        Map<UUID, List<Element>> next = new HashMap<>();
        for (WallView.Link link : wall.links()) {
            if (link.from().kind() == ElementKind.COMMAND && link.to().kind() == ElementKind.COMMAND) {
                next.computeIfAbsent(link.from().id(), k -> new ArrayList<>()).add(link.to());
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Element start : wall.all(ElementKind.COMMAND)) {
            List<Element> chain = new ArrayList<>(List.of(start));
            if (crossings(wall, next, chain)) {
                hits.add(new Hit(List.copyOf(chain)));
            }
        }
        return hits;
    }

    private static boolean crossings(WallView wall, Map<UUID, List<Element>> next, List<Element> chain) {
        if (chain.size() == CHAIN_CROSSINGS + 1) {
            return true;
        }
        Element last = chain.get(chain.size() - 1);
        Optional<Element> here = wall.contextOf(last);
        if (here.isEmpty()) {
            return false;
        }
        for (Element command : next.getOrDefault(last.id(), List.of())) {
            Optional<Element> there = wall.contextOf(command);
            if (there.isPresent() && !there.get().id().equals(here.get().id()) && !chain.contains(command)) {
                chain.add(command);
                if (crossings(wall, next, chain)) {
                    return true;
                }
                chain.remove(chain.size() - 1);
            }
        }
        return false;
    }

    /** Arrows read cause to effect both ways between two aggregates, or two bounded contexts. */
    static List<Hit> twoWayCoupling(WallView wall) {
        List<Hit> hits = new ArrayList<>();
        hits.addAll(twoWay(wall, wall::aggregateOf));
        if (wall.unlocked(ElementKind.BOUNDARY)) {
            hits.addAll(twoWay(wall, e -> e.kind() == ElementKind.BOUNDARY ? Optional.of(e) : wall.contextOf(e)));
        }
        return hits;
    }

    private static List<Hit> twoWay(WallView wall, Function<Element, Optional<Element>> unit) {
        Set<List<UUID>> directed = new HashSet<>();
        Map<UUID, Element> units = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (WallView.Link link : wall.links()) {
            boolean backwards = link.backwards();
            Optional<Element> cause = unit.apply(backwards ? link.to() : link.from());
            Optional<Element> effect = unit.apply(backwards ? link.from() : link.to());
            if (cause.isEmpty() || effect.isEmpty() || cause.get().id().equals(effect.get().id())) {
                continue;
            }
            units.put(cause.get().id(), cause.get());
            units.put(effect.get().id(), effect.get());
            List<UUID> pair = List.of(cause.get().id(), effect.get().id());
            if (directed.add(pair) && directed.contains(List.of(pair.get(1), pair.get(0)))) {
                hits.add(Hit.of(cause.get(), effect.get()));
            }
        }
        return hits;
    }

    /** An external system we don't own, with no anti-corruption layer, with an arrow into a bounded context. */
    static List<Hit> externalsWithoutAcl(WallView wall) {
        Set<UUID> connected = new HashSet<>();
        for (WallView.Link link : wall.links()) {
            for (Element[] ends : new Element[][] {{link.from(), link.to()}, {link.to(), link.from()}}) {
                Element external = ends[0];
                Element other = ends[1];
                if (external.kind() != ElementKind.EXTERNAL_SYSTEM || !ownedOutside(external) || hasAcl(external)) {
                    continue;
                }
                Optional<Element> into = other.kind() == ElementKind.BOUNDARY ? Optional.of(other) : wall.contextOf(other);
                Optional<Element> own = wall.contextOf(external);
                if (into.isPresent() && (own.isEmpty() || !own.get().id().equals(into.get().id()))) {
                    connected.add(external.id());
                }
            }
        }
        return wall.all(ElementKind.EXTERNAL_SYSTEM).stream().filter(e -> connected.contains(e.id())).map(Hit::of).toList();
    }

    /** An external system is someone else's unless the team says it owns it. */
    private static boolean ownedOutside(Element external) {
        return external.props() == null || !"internal".equals(external.props().path("ownership").asString(""));
    }

    private static boolean hasAcl(Element external) {
        return external.props() != null && external.props().path("acl").asBoolean(false);
    }

    /**
     * Commands with events, none of which is a failure: one hint per aggregate, naming its commands, since the
     * question "what if this fails?" is asked of an aggregate at a time (a hint on each of a large wall's hundreds of
     * commands helps nobody); a command in no aggregate gets a hint of its own.
     */
    static List<Hit> commandsWithoutFailure(WallView wall) {
        Map<UUID, List<Element>> byAggregate = new LinkedHashMap<>();
        for (Element command : wall.all(ElementKind.COMMAND)) {
            List<Element> events = wall.flow().effects(command, Flow.Link.RESULTS_IN);
            if (!events.isEmpty() && events.stream().noneMatch(StructureRules::namesAFailure)) {
                UUID unit = wall.aggregateOf(command).map(Element::id).orElse(command.id());
                byAggregate.computeIfAbsent(unit, k -> new ArrayList<>()).add(command);
            }
        }
        return byAggregate.values().stream()
                .map(commands -> new Hit(commands, commands.size() == 1 ? "this command" : "these " + commands.size() + " commands"))
                .toList();
    }

    /** Kept per text: every command's events are asked about after every change of a large wall. */
    private static final TextMemo FAILURE_NAMED = new TextMemo(text -> FAILURE.matcher(text.replace('_', ' ')).find());

    static boolean namesAFailure(Element event) {
        return event.text() != null && FAILURE_NAMED.test(event.text());
    }

    static List<Hit> hotspotsWithoutOwner(WallView wall) {
        return wall.all(ElementKind.HOTSPOT).stream()
                .filter(h -> !"resolved".equals(prop(h, "status")) && prop(h, "owner").isBlank())
                .map(Hit::of).toList();
    }

    private static String prop(Element e, String name) {
        return e.props() == null ? "" : e.props().path(name).asString("").strip().toLowerCase(Locale.ROOT);
    }
}
