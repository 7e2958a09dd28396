package io.stormwall.coach.internal;

import io.stormwall.format.SessionFormat;
import io.stormwall.notation.Flow;
import io.stormwall.notation.Placement;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The wall as the rules read it, at one phase of its format: only the kinds that phase has unlocked are on it (a
 * boundary drawn while gating was lifted is not judged before its phase), with the one containment rule
 * ({@link Placement}) and the arrows' meaning ({@link Flow}) read once for all rules.
 */
final class WallView {

    static final String WRAP_UP = "wrap-up";

    private final Set<ElementKind> unlocked = EnumSet.noneOf(ElementKind.class);
    private final Map<ElementKind, List<Element>> byKind = new EnumMap<>(ElementKind.class);
    private final Map<UUID, Element> byId;
    private final List<Element> elements;
    private final boolean atWrapUp;
    private final NameGrammar grammar;
    private final PlacementMemo placed;
    private Flow flow;
    private Placement placement;
    private List<Link> links;

    WallView(Collection<Element> wall, SessionFormat format, int phaseIndex, NameGrammar grammar) {
        this(wall, format, phaseIndex, grammar, new PlacementMemo());
    }

    /** {@code placed}: where elements were found at an earlier read of the same wall, still true now. */
    WallView(Collection<Element> wall, SessionFormat format, int phaseIndex, NameGrammar grammar, PlacementMemo placed) {
        this.grammar = grammar;
        this.placed = placed;
        // sized for the whole wall at once: a large wall is read after every change
        this.byId = new HashMap<>(wall.size() * 4 / 3 + 1);
        this.elements = new ArrayList<>(wall.size());
        for (ElementKind kind : ElementKind.values()) {
            if (format.unlocks(phaseIndex, kind.id())) {
                unlocked.add(kind);
            }
            byKind.put(kind, new ArrayList<>());
        }
        for (Element e : wall) {
            if (unlocked.contains(e.kind())) {
                elements.add(e);
                byId.put(e.id(), e);
                byKind.get(e.kind()).add(e);
            }
        }
        boolean hasWrapUp = format.phases().stream().anyMatch(p -> WRAP_UP.equals(p.id()));
        this.atWrapUp = hasWrapUp ? WRAP_UP.equals(format.phase(phaseIndex).id()) : phaseIndex == format.phaseCount();
    }

    boolean unlocked(ElementKind kind) {
        return unlocked.contains(kind);
    }

    boolean atWrapUp() {
        return atWrapUp;
    }

    NameGrammar grammar() {
        return grammar;
    }

    List<Element> all(ElementKind kind) {
        return byKind.get(kind);
    }

    Optional<Element> find(UUID id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The arrows with both ends on the wall, each with its two ends; found once, since most rules follow arrows. */
    List<Link> links() {
        if (links == null) {
            List<Link> found = new ArrayList<>();
            for (Element arrow : all(ElementKind.ARROW)) {
                Element from = byId.get(arrow.from());
                Element to = byId.get(arrow.to());
                if (from != null && to != null && !from.id().equals(to.id())) {
                    found.add(new Link(arrow, from, to));
                }
            }
            links = List.copyOf(found);
        }
        return links;
    }

    /** An arrow between two elements on the wall; {@code backwards} when it is drawn from effect to cause. */
    record Link(Element arrow, Element from, Element to) {

        /** "Policy → event" is read the way the method means it, as {@link Flow} reads it. */
        boolean backwards() {
            return BACKWARDS[from.kind().ordinal()][to.kind().ordinal()];
        }
    }

    /**
     * Which arrows {@link Flow} reads against the way they are drawn, by the kinds at their two ends: asked of Flow
     * once, on a two-sticky wall per pair of kinds, rather than for every arrow of every wall.
     */
    private static final boolean[][] BACKWARDS = backwardsByKinds();

    private static boolean[][] backwardsByKinds() {
        ElementKind[] kinds = ElementKind.values();
        boolean[][] backwards = new boolean[kinds.length][kinds.length];
        for (ElementKind from : kinds) {
            for (ElementKind to : kinds) {
                Element a = probe(from, null, null);
                Element b = probe(to, null, null);
                Flow flow = new Flow(List.of(a, b, probe(ElementKind.ARROW, a.id(), b.id())));
                boolean forward = false;
                boolean back = false;
                for (Flow.Link meaning : Flow.Link.values()) {
                    forward |= !flow.effects(a, meaning).isEmpty();
                    back |= !flow.effects(b, meaning).isEmpty();
                }
                backwards[from.ordinal()][to.ordinal()] = !forward && back;
            }
        }
        return backwards;
    }

    private static Element probe(ElementKind kind, UUID from, UUID to) {
        return new Element(UUID.randomUUID(), kind, "", 0, 0, 1, 1, 0, from, to, null, null, 1, null, null);
    }

    Flow flow() {
        if (flow == null) {
            flow = new Flow(all(ElementKind.ARROW), byId);
        }
        return flow;
    }

    Placement placement() {
        if (placement == null) {
            placement = new Placement(elements, flow());
        }
        return placement;
    }

    Optional<Element> aggregateOf(Element e) {
        if (e.kind() == ElementKind.AGGREGATE) {
            return Optional.of(e);
        }
        Optional<UUID> known = placed.aggregateOf(e.id());
        if (known == null) {
            known = placement().aggregateOf(e).map(Element::id);
            placed.aggregate(e.id(), known);
        }
        return known.map(byId::get);
    }

    Optional<Element> contextOf(Element e) {
        Optional<UUID> known = placed.contextOf(e.id());
        if (known == null) {
            known = placement().contextOf(e).map(Element::id);
            placed.context(e.id(), known);
        }
        return known.map(byId::get);
    }
}
