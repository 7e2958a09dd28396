package io.stormwall.phase;

import java.util.List;

/**
 * One step of a session format; {@code unlocks} lists the kinds this step adds to those already unlocked, and
 * {@code guidance} tells the facilitator what to watch for. Entering a phase that {@code freezesWall} freezes the
 * wall: the format's work on the wall is done, and what follows is discussed, not edited.
 */
public record Phase(String id, String name, List<String> unlocks, int timeboxMinutes, String question, String guidance,
        Boolean freezesWall) {

    public Phase {
        unlocks = List.copyOf(unlocks);
        freezesWall = Boolean.TRUE.equals(freezesWall);
    }
}
