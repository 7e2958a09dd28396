package io.stormwall.format;

/** How a board's current phase is named on the wire: its 1-based position, stable id and display name. */
public record PhaseRef(int index, String id, String name) {

    public static PhaseRef of(SessionFormat format, int index) {
        Phase phase = format.phase(index);
        return new PhaseRef(index, phase.id(), phase.name());
    }
}
