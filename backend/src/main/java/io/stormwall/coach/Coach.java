package io.stormwall.coach;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Origin;
import java.util.Optional;

/** The notation coach: reads a wall and names where its model breaks the method's rules. */
public interface Coach {

    /** The checks of the wall as it is now, read on the caller's thread. */
    Checks checks(BoardId board);

    /**
     * Starts following a board that has live clients. Returns the checks last published for it, if any; the first
     * time, they are worked out on the coach's thread and published as {@link ChecksChanged}.
     */
    Optional<Checks> watch(BoardId board);

    /** The watched board's wall changed: its checks are read again, once for a burst of changes. */
    void wallChanged(BoardId board);

    /** The board has no live clients on this node any more. */
    void forget(BoardId board);

    /** Facilitator only: switches the coach on or off for the board, as one op of its order. */
    EditOutcome switchCoach(Access access, Origin origin, String clientOpId, boolean enabled, String actor);

    /** Facilitator only: marks a finding accepted (or not) for the board, as one op of its order. */
    EditOutcome accept(Access access, Origin origin, String clientOpId, String key, boolean accepted, String actor);
}
