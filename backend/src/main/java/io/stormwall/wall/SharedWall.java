package io.stormwall.wall;

/**
 * The wall as everyone sees it, held in memory and brought up to date batch by batch from its board's batches in seq
 * order, as they are delivered: the ops everyone receives name every element a batch touches (an arrow deleted with
 * its end included) and every change of the live state, so following them needs no read of the database. What one
 * person alone may see (their dots, their unseen stickies) is never in it. Not safe for use by several threads at once:
 * its holder calls it under a lock of its own.
 */
public interface SharedWall {

    /** The last batch the copy holds. */
    long seq();

    /** How many elements it holds: what it weighs. */
    int size();

    /**
     * Brings the copy past {@code batch}. A batch at or before {@link #seq} is passed over: the copy holds it already.
     *
     * @return false when the copy can't tell what the wall is after the batch (a gap in the order, an op it does not
     *         know, a sticky deleted that may have held dots, which change the round's counts): it must be dropped and
     *         the wall read again
     */
    boolean follow(BatchApplied batch);

    /**
     * The wall at {@link #seq} as {@link Wall#snapshot(io.stormwall.board.BoardId)} reads it, but without the phase
     * history (what a join sends carries none).
     */
    WallSnapshot snapshot();
}
