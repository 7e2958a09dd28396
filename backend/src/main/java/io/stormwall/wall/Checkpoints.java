package io.stormwall.wall;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import java.util.List;

/** A board's checkpoints, read from its op log, and the wall at each one, replayed from that log. */
public interface Checkpoints {

    String CHECKPOINT_NOT_FOUND = "CHECKPOINT_NOT_FOUND";
    /** The board was filled from another wall before its first wall was kept in the op log: nothing to replay from. */
    String CHECKPOINT_UNAVAILABLE = "CHECKPOINT_UNAVAILABLE";

    /** Oldest first. */
    List<Checkpoint> list(BoardId board);

    /** @throws io.stormwall.web.ApiException CHECKPOINT_NOT_FOUND when no checkpoint of the board has this seq */
    Checkpoint find(BoardId board, long seq);

    /** The wall at the checkpoint, in the form {@link Wall#snapshot} has it; its {@code seq} is the checkpoint's. */
    WallSnapshot wallAt(BoardId board, long seq);

    CheckpointDiff diff(BoardId board, long seq);

    /** The facilitator keeps the wall as it is now under {@code label}: an op of the board's order. */
    EditOutcome take(Access access, Origin origin, String clientOpId, String label, String actor);
}
