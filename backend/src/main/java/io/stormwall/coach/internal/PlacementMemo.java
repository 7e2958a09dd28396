package io.stormwall.coach.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which aggregate and bounded context each element was found in, by id, kept from one read of a wall to the next:
 * placing every sticky of a large wall is most of a read's cost, and most changes move nothing. The copy of the wall
 * forgets what a change could have moved ({@link WallCopy}); ids rather than elements are kept, so an answer never
 * carries an area's old text or props.
 */
final class PlacementMemo {

    private final Map<UUID, Optional<UUID>> aggregates = new HashMap<>();
    private final Map<UUID, Optional<UUID>> contexts = new HashMap<>();

    /** The id of the element's aggregate (empty: none), or null when not known. */
    Optional<UUID> aggregateOf(UUID element) {
        return aggregates.get(element);
    }

    Optional<UUID> contextOf(UUID element) {
        return contexts.get(element);
    }

    void aggregate(UUID element, Optional<UUID> aggregate) {
        aggregates.put(element, aggregate);
    }

    void context(UUID element, Optional<UUID> context) {
        contexts.put(element, context);
    }

    void forget(UUID element) {
        aggregates.remove(element);
        contexts.remove(element);
    }

    void clear() {
        aggregates.clear();
        contexts.clear();
    }
}
