package io.stormwall.format;

import java.util.List;
import java.util.OptionalInt;

/** A workshop flow: an ordered list of phases. Phase numbers shown to people are 1-based. */
public record SessionFormat(String id, String name, String description, List<Phase> phases) {

    public SessionFormat {
        phases = List.copyOf(phases);
    }

    public Phase phase(int index) {
        return phases.get(index - 1);
    }

    public int phaseCount() {
        return phases.size();
    }

    /** Unlocks are cumulative: a kind stays unlocked in every phase after the one that adds it. */
    public boolean unlocks(int phaseIndex, String kind) {
        OptionalInt at = unlockedAt(kind);
        return at.isPresent() && at.getAsInt() <= phaseIndex;
    }

    /**
     * The phase, up to {@code phaseIndex}, from which participants may no longer touch {@code kind}; empty while it
     * is free. Like unlocks, freezes hold in every later phase and going back before them lifts them.
     */
    public OptionalInt frozenSince(String kind, int phaseIndex) {
        for (int i = 0; i < phaseIndex && i < phases.size(); i++) {
            if (phases.get(i).freezes().contains(kind)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether the team may write {@code data} ({@code fields}, {@code scenarios}) at this phase: from the phase that
     * opens it on, or always in a format where no phase does.
     */
    public boolean opens(int phaseIndex, String data) {
        OptionalInt at = openedAt(data);
        return at.isEmpty() || at.getAsInt() <= phaseIndex;
    }

    /** The 1-based number of the phase that opens {@code data}; empty when the format leaves it open throughout. */
    public OptionalInt openedAt(String data) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).opens().contains(data)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The 1-based number of the phase that adds {@code kind}; empty when this format never uses it. */
    public OptionalInt unlockedAt(String kind) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).unlocks().contains(kind)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }
}
