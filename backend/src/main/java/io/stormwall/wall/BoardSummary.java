package io.stormwall.wall;

import io.stormwall.format.PhaseRef;
import java.time.Instant;
import java.util.UUID;

/**
 * A board as every API shows it: what the board module keeps (id, title, format, creation time) and the wall's live
 * state ({@code seq}, phase, the facilitator's switches {@code gatingLifted} and {@code frozen}, the countdown
 * {@code timer}), read together in one transaction.
 */
public record BoardSummary(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
        boolean gatingLifted, boolean frozen, WallTimer timer) {}
