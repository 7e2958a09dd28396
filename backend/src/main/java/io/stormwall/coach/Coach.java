package io.stormwall.coach;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Origin;
import io.stormwall.wall.WallSnapshot;
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

    /** The same, when the board is known to be at {@code seq}: a copy already there needn't ask the log. */
    void wallChanged(BoardId board, long seq);

    /** The board has no live clients on this node any more. */
    void forget(BoardId board);

    /** The checks of this snapshot of a wall, with the board's switch and acceptances as they are now. */
    Checks checks(WallSnapshot snapshot);

    /** The board's switch and accepted findings. */
    CoachSetting setting(BoardId board);

    /** Gives a new board (an imported one) its switch and accepted findings, in the caller's transaction. */
    void restore(BoardId board, CoachSetting setting);

    /** Refuses, as a validation failure naming {@code key}, a key that is not of the form the coach makes. */
    void checkKey(String key);

    /** How many accepted findings one board may hold (stormwall.coach.max-accepted). */
    int maxAccepted();

    /** Facilitator only: switches the coach on or off for the board, as one op of its order. */
    EditOutcome switchCoach(Access access, Origin origin, String clientOpId, boolean enabled, String actor);

    /** Facilitator only: marks a finding accepted (or not) for the board, as one op of its order. */
    EditOutcome accept(Access access, Origin origin, String clientOpId, String key, boolean accepted, String actor);
}
