package io.stormwall.wall.internal;

import io.stormwall.board.Board;
import io.stormwall.format.PhaseRef;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.SilentRound;
import io.stormwall.wall.VotingRound;
import io.stormwall.wall.WallTimer;

/**
 * The wall's live state: how far its order has come ({@code seq}), the phase it is in, the facilitator's switches
 * and countdown, and the dot-voting round. Held by {@link LiveStates} alone; changed by {@link BoardOrder}, one batch at a time, and set once
 * when a new board's wall is seeded ({@link WallSeeder}).
 */
record LiveState(long seq, int phaseIndex, boolean gatingLifted, boolean frozen, WallTimer timer, VotingState voting,
        boolean silent) {

    /** A new board's wall: nothing in its log, the format's first phase, its switches off, no timer. */
    static final LiveState NEW = new LiveState(0, 1, false, false, WallTimer.IDLE, VotingState.NONE, false);

    LiveState(long seq, int phaseIndex, boolean gatingLifted, boolean frozen, WallTimer timer, VotingState voting) {
        this(seq, phaseIndex, gatingLifted, frozen, timer, voting, false);
    }

    /** Silent writing on or off (see {@link SilentWriting}). */
    LiveState withSilent(boolean on) {
        return new LiveState(seq, phaseIndex, gatingLifted, frozen, timer, voting, on);
    }

    LiveState atSeq(long seq) {
        return new LiveState(seq, phaseIndex, gatingLifted, frozen, timer, voting, silent);
    }

    LiveState inPhase(int index) {
        return new LiveState(seq, index, gatingLifted, frozen, timer, voting, silent);
    }

    LiveState withGatingLifted(boolean lifted) {
        return new LiveState(seq, phaseIndex, lifted, frozen, timer, voting, silent);
    }

    LiveState withFrozen(boolean on) {
        return new LiveState(seq, phaseIndex, gatingLifted, on, timer, voting, silent);
    }

    LiveState withTimer(WallTimer next) {
        return new LiveState(seq, phaseIndex, gatingLifted, frozen, next, voting, silent);
    }

    LiveState withVoting(VotingState next) {
        return new LiveState(seq, phaseIndex, gatingLifted, frozen, timer, next, silent);
    }

    /** The board as every API shows it: its identity and format with this live state. */
    BoardSummary summary(Board board, SessionFormat format, VotingRound round, SilentRound written) {
        return new BoardSummary(board.id(), board.title(), board.format(), PhaseRef.of(format, phaseIndex), seq,
                board.createdAt(), gatingLifted, frozen, timer, round, written);
    }
}
