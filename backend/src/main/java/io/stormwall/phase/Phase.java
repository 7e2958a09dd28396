package io.stormwall.phase;

import java.util.List;

/**
 * One step of a session format; {@code unlocks} lists the kinds this step adds to those already unlocked, and
 * {@code guidance} tells the facilitator what to watch for.
 */
public record Phase(String id, String name, List<String> unlocks, int timeboxMinutes, String question, String guidance) {

    public Phase {
        unlocks = List.copyOf(unlocks);
    }
}
