package io.stormwall.export.internal.report;

import io.stormwall.coach.Finding;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A rule's findings in the order a wall is read, as the coach's panel lists them: left to right, then top to bottom,
 * by where what each names begins (an arrow by its ends); findings whose elements are gone come last, equals by key.
 */
final class FindingOrder {

    private record Start(double x, double y) {}

    private static final Comparator<Start> LEFT_THEN_TOP = Comparator.comparingDouble(Start::x).thenComparingDouble(Start::y);

    private FindingOrder() {}

    static Comparator<Finding> on(Map<UUID, Element> byId) {
        return Comparator.comparing((Finding f) -> start(f, byId), Comparator.nullsLast(LEFT_THEN_TOP)).thenComparing(Finding::key);
    }

    private static Start start(Finding finding, Map<UUID, Element> byId) {
        return finding.elements().stream()
                .flatMap(id -> placed(byId.get(UUID.fromString(id)), byId).stream())
                .map(e -> new Start(e.x(), e.y()))
                .reduce((a, b) -> new Start(Math.min(a.x(), b.x()), Math.min(a.y(), b.y())))
                .orElse(null);
    }

    /** What stands on the wall for an element: itself, or an arrow's two ends (nothing when one is gone). */
    private static List<Element> placed(Element element, Map<UUID, Element> byId) {
        if (element == null || element.kind() != ElementKind.ARROW) {
            return Optional.ofNullable(element).stream().toList();
        }
        Element from = byId.get(element.from());
        Element to = byId.get(element.to());
        return from == null || to == null ? List.of() : List.of(from, to);
    }
}
