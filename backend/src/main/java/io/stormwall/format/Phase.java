package io.stormwall.format;

import java.util.List;

/**
 * One step of a session format; {@code unlocks} lists the kinds this step adds to those already unlocked, and
 * {@code guidance} tells the facilitator what to watch for. {@code freezes} lists kinds that, from this phase on,
 * only the facilitator may add, change or remove: the architecture format keeps the reviewed process map as it is.
 * {@code opens} lists what, beyond kinds, the team may write from this step on ({@code fields}, {@code scenarios}):
 * Event Modeling turns to the data only once the flow stands. {@code silentWriting}: the facilitator may let everyone
 * write unseen in this step (chaotic exploration), so nobody anchors on the first stickies.
 */
public record Phase(String id, String name, List<String> unlocks, int timeboxMinutes, String question, String guidance,
        List<String> freezes, List<String> opens, Boolean silentWriting) {

    public Phase(String id, String name, List<String> unlocks, int timeboxMinutes, String question, String guidance,
            List<String> freezes, List<String> opens) {
        this(id, name, unlocks, timeboxMinutes, question, guidance, freezes, opens, false);
    }

    public Phase {
        unlocks = List.copyOf(unlocks);
        freezes = freezes == null ? List.of() : List.copyOf(freezes);
        opens = opens == null ? List.of() : List.copyOf(opens);
        silentWriting = Boolean.TRUE.equals(silentWriting);
    }
}
