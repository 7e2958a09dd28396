package io.stormwall.wall;

import io.stormwall.board.Access;
import io.stormwall.format.PhaseRef;
import java.time.Instant;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

    /**
     * Silent writing on: a participant's new stickies are theirs alone (only in a phase that offers it); off: every
     * unseen sticky is revealed to everyone in this one batch.
     */
    EditOutcome silent(Access access, Origin origin, String clientOpId, boolean on, String actor);

    /** Starts, pauses, resumes, extends or resets the countdown; the server's clock fixes when it ends. */
    TimerSet runTimer(Access access, Origin origin, String clientOpId, TimerAction action, String actor);

    /**
     * Brings every other screen to {@code viewport} (held to the schema's {@code viewport}): it changes nothing on the
     * wall, but takes its place in the order so that it is answered, broadcast and kept in the op log like any act.
     */
    EditOutcome summon(Access access, Origin origin, String clientOpId, JsonNode viewport, String actor);

    /**
     * A facilitator's act on what another module keeps (the coach's switch, an accepted finding): recorded as
     * {@code op} in the board's order like the acts above. {@code keep} stores its effect in the same transaction,
     * given the act's time; it may refuse the act by throwing, and then nothing is stored. A resend is not kept again.
     */
    EditOutcome record(Access access, Origin origin, String clientOpId, ObjectNode op, String actor, Consumer<Instant> keep);

    record PhaseSet(EditOutcome outcome, PhaseRef phase) {}

    record TimerSet(EditOutcome outcome, WallTimer timer) {}
}
