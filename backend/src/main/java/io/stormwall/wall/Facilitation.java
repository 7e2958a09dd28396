package io.stormwall.wall;

import io.stormwall.board.Access;
import io.stormwall.format.PhaseRef;

/**
 * The facilitator's controls over a board. Each act is a batch of the op log (one op), so it takes the board's
 * next {@code seq} and reaches every client in the same order as the edits around it.
 */
public interface Facilitation {

    /** @return the outcome in the op log and the phase the board is in afterwards */
    PhaseSet changePhase(Access access, Origin origin, String clientOpId, PhaseChange change, String actor);

    /** Lifting gating unlocks every kind whatever the phase; restoring it brings the phase's locks back. */
    EditOutcome liftGating(Access access, Origin origin, String clientOpId, boolean lifted, String actor);

    /** A frozen wall refuses participants' batches; the facilitator can still edit it. */
    EditOutcome freeze(Access access, Origin origin, String clientOpId, boolean frozen, String actor);

    /** Starts, pauses, resumes, extends or resets the countdown; the server's clock fixes when it ends. */
    TimerSet runTimer(Access access, Origin origin, String clientOpId, TimerAction action, String actor);

    record PhaseSet(EditOutcome outcome, PhaseRef phase) {}

    record TimerSet(EditOutcome outcome, WallTimer timer) {}
}
