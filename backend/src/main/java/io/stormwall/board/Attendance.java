package io.stormwall.board;

import java.util.List;

/** Who has joined a board's live wall: the name each person chose there, and the role of their link. */
public interface Attendance {

    /** Records a join, once per name and role on a board: later joins under the same name and role change nothing. */
    void joined(BoardId board, String name, Role role);

    /** Everyone who joined the board, in the order they first did. */
    List<Attendee> of(BoardId board);
}
