package io.stormwall.board;

import io.stormwall.phase.PhaseRef;
import java.time.Instant;
import java.util.UUID;

/**
 * A board's settings and how far its op log has come ({@code seq}), as every API shows them. {@code gatingLifted}
 * and {@code frozen} are the facilitator's switches, {@code timer} the facilitator's countdown.
 */
public record BoardSummary(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
        boolean gatingLifted, boolean frozen, BoardTimer timer) {}
