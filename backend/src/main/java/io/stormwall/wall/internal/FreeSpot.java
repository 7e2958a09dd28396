package io.stormwall.wall.internal;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.util.Collection;

/**
 * Where a sticky revealed after silent writing goes when it would cover another: people writing unseen could not
 * see each other's stickies, so two of them often chose the same free place. The nearest place below it, or else to
 * its right, where it covers no sticky; cards, contexts and arrows don't count, since stickies lie on them.
 */
final class FreeSpot {

    /** Room left between two stickies moved apart. */
    static final double GAP = 20;
    private static final int TRIES = 50;

    private FreeSpot() {}

    /** The sticky where it covers none of {@code placed}: itself when it already covers none. */
    static Element clear(Element sticky, Collection<Element> placed) {
        if (!covers(sticky, sticky.x(), sticky.y(), placed)) {
            return sticky;
        }
        for (int step = 1; step <= TRIES; step++) {
            double down = sticky.y() + step * (sticky.h() + GAP);
            if (!covers(sticky, sticky.x(), down, placed)) {
                return at(sticky, sticky.x(), down);
            }
            double right = sticky.x() + step * (sticky.w() + GAP);
            if (!covers(sticky, right, sticky.y(), placed)) {
                return at(sticky, right, sticky.y());
            }
        }
        return sticky;
    }

    static boolean occupies(Element e) {
        return !e.kind().isArrow() && e.kind() != ElementKind.AGGREGATE && e.kind() != ElementKind.BOUNDARY;
    }

    private static boolean covers(Element sticky, double x, double y, Collection<Element> placed) {
        return placed.stream().filter(FreeSpot::occupies).anyMatch(o -> !o.id().equals(sticky.id())
                && x < o.x() + o.w() && o.x() < x + sticky.w() && y < o.y() + o.h() && o.y() < y + sticky.h());
    }

    private static Element at(Element e, double x, double y) {
        return new Element(e.id(), e.kind(), e.text(), x, y, e.w(), e.h(), e.z(), e.from(), e.to(), e.label(), e.props(),
                e.version() + 1, e.updatedBy(), e.updatedAt());
    }
}
