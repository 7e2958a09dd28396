package io.stormwall.phase;

import java.util.List;

/** One step of a session format; {@code unlocks} lists the kinds this step adds to those already unlocked. */
public record Phase(String id, String name, List<String> unlocks, int timeboxMinutes, String question) {

    public Phase {
        unlocks = List.copyOf(unlocks);
    }
}
