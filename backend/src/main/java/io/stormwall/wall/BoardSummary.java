package io.stormwall.wall;

import io.stormwall.format.PhaseRef;
import java.time.Instant;
import java.util.UUID;

/**
 * A board as every API shows it: what the board module keeps (id, title, format, creation time) and the wall's live
 * state ({@code seq}, phase, the facilitator's switches {@code gatingLifted} and {@code frozen}, the countdown
 * {@code timer}, the dot-voting round {@code voting} and silent writing {@code silent} as everyone may see them), read together in one transaction.
 */
public record BoardSummary(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
        boolean gatingLifted, boolean frozen, WallTimer timer, VotingRound voting, SilentRound silent) {

    /** A board silent writing has not touched. */
    public BoardSummary(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
            boolean gatingLifted, boolean frozen, WallTimer timer, VotingRound voting) {
        this(id, title, format, phase, seq, createdAt, gatingLifted, frozen, timer, voting, SilentRound.OFF);
    }

    /** A board no voting round has touched. */
    public BoardSummary(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
            boolean gatingLifted, boolean frozen, WallTimer timer) {
        this(id, title, format, phase, seq, createdAt, gatingLifted, frozen, timer, VotingRound.IDLE);
    }
}
