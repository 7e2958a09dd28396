package io.stormwall.phase;

import java.util.List;

/** A workshop flow: an ordered list of phases. Phase numbers shown to people are 1-based. */
public record SessionFormat(String id, String name, String description, List<Phase> phases) {

    public SessionFormat {
        phases = List.copyOf(phases);
    }

    public Phase phase(int index) {
        return phases.get(index - 1);
    }
}
