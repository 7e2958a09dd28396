package io.stormwall.wall;

import io.stormwall.format.PhaseRef;
import java.time.Instant;

/**
 * A named point in a board's order whose wall anyone can open again: every phase change keeps one (the wall as the
 * phase it ends left it), and the facilitator can take one by hand. Its wall is the op log replayed up to
 * {@code seq}; {@code phase} is the phase the wall was in then.
 *
 * @param kind {@value #PHASE} or {@value #MANUAL}
 */
public record Checkpoint(long seq, String label, String kind, PhaseRef phase, Instant at, String by) {

    public static final String PHASE = "phase";
    public static final String MANUAL = "manual";
}
