package io.stormwall.wall;

import io.stormwall.board.BoardId;
import java.time.Instant;

/**
 * An accepted edit batch as the op log keeps it: its place in the board's order, whose it was (its {@link Origin}),
 * and the ops as applied (JSON array text: the form every client receives). Published once its transaction has
 * committed.
 *
 * <p>A batch may be one person's alone (a vote before the reveal): {@code visibleTo} names them, and everyone else
 * gets {@code othersOps} in its place, at the same seq, so nobody's order has a gap and nobody learns what it hid.
 * Whatever sends or shows a batch asks {@link #opsFor} which ops a viewer may see.
 */
public record BatchApplied(BoardId board, long seq, Origin origin, String clientOpId, String by, Instant at, String ops,
        PersonId visibleTo, String othersOps) {

    public BatchApplied {
        if ((visibleTo == null) != (othersOps == null)) {
            throw new IllegalArgumentException("A batch for one person says what everyone else sees instead.");
        }
    }

    /** A batch everyone may see. */
    public BatchApplied(BoardId board, long seq, Origin origin, String clientOpId, String by, Instant at, String ops) {
        this(board, seq, origin, clientOpId, by, at, ops, null, null);
    }

    public boolean forEveryone() {
        return visibleTo == null;
    }

    /** The ops {@code viewer} may see of this batch; {@code null} for a reader that is nobody in particular. */
    public String opsFor(PersonId viewer) {
        return forEveryone() || visibleTo.equals(viewer) ? ops : othersOps;
    }
}
