package io.stormwall.wall;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What of the wall one reader alone may see: their own dots of the open voting round, by sticky, and their own
 * stickies written unseen during silent writing. Kept apart from what everyone sees so that one read of the rest can
 * serve every reader.
 */
public record PrivateView(Map<UUID, Integer> votes, List<Element> unseen) {

    public static final PrivateView NONE = new PrivateView(Map.of(), List.of());

    public boolean isEmpty() {
        return votes.isEmpty() && unseen.isEmpty();
    }
}
