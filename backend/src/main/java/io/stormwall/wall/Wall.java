package io.stormwall.wall;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Editing a board's wall in the board's one authoritative order, and reading it back. */
public interface Wall {

    /** PostgreSQL channel on which each commit of a board's batches announces itself as "boardId:seq", its last seq. */
    String COMMIT_CHANNEL = "stormwall_ops";

    /**
     * Applies a batch atomically: all ops or none. The batch gets the board's next {@code seq} in the same
     * transaction that updates the elements and appends to the op log.
     *
     * @param person who sends it: during silent writing a participant's new stickies are that person's alone
     * @param actor the display name recorded as the elements' last editor
     * @throws io.stormwall.web.ApiException with a stable code when the batch is refused; nothing is stored then
     */
    EditOutcome apply(Access access, Origin origin, PersonId person, String clientOpId, JsonNode ops, String actor);

    /**
     * Takes the boards' order for the rest of the current transaction, which writes a group of batches and facilitator
     * acts of each one after another: the boards are locked once, in one round trip and in an order every such
     * transaction keeps; each act takes its seq from the live state the ones before it left; and the groups are saved
     * and announced together, as the transaction commits. Call it before the group's savepoints (a lock taken within
     * one would go when it is rolled back).
     *
     * @param sent  each board's batches: which of them were applied before is read once for them all
     * @param reach the elements each board's batches name, read in the same round trip: a batch whose elements are all
     *              known so needs no round trip of its own before its writes
     */
    void hold(Map<BoardId, ? extends Collection<SentBatch>> sent, Map<BoardId, Reach> reach);

    /**
     * Runs one act of a transaction that writes several ({@link #hold}) so that, when it throws, nothing it wrote is
     * kept and the rest of the transaction goes on to commit. Costs no round trip of its own: its savepoint goes with
     * the act's first statements.
     */
    <T> T apart(Supplier<T> act);

    /**
     * Runs one act of a transaction that writes several ({@link #hold}) without a savepoint: an act refused before it
     * has written anything leaves the transaction as it was, and the rest of it goes on to commit. An act that fails
     * once it has sent a write, or whose statement failed (PostgreSQL runs nothing more of a transaction after a failed
     * statement), can't be taken back alone: {@link Entangled} is thrown, and the transaction is to be rolled back and
     * its acts run again, each {@link #apart}. Acts are refused before they write, by their own checks, nearly always:
     * the savepoint each act would cost PostgreSQL (a subtransaction, with its id once it writes) is spared for them.
     */
    <T> T along(Supplier<T> act);

    /** An act run {@link #along} others failed where it can't be taken back alone; {@code getCause()} is its failure. */
    final class Entangled extends RuntimeException {

        public Entangled(RuntimeException failure) {
            super("A failed act could not be taken back without the others of its transaction", failure);
        }
    }

    WallSnapshot snapshot(BoardId board);

    /**
     * The wall as {@code viewer} may see it: with that person's own dots of the voting round and their own unseen
     * stickies of silent writing. Everything a snapshot
     * holds for one person only is added here, so that nothing hidden reaches anyone else.
     */
    WallSnapshot snapshot(BoardId board, PersonId viewer);

    /**
     * The reader's own part of the wall, read in one transaction with the board's seq: empty when the board is no
     * longer at {@code seq}. With it, a wall everyone may see, read once at {@code seq}, serves every reader.
     */
    Optional<PrivateView> privateViewAt(BoardId board, PersonId viewer, long seq);

    /**
     * A copy of {@code everyone} (a wall as everyone sees it: {@link WallSnapshot#forEveryone}) to keep in memory and
     * bring up to date with each batch after it, reading nothing.
     */
    SharedWall copyOf(WallSnapshot everyone);

    /** The board's identity and the wall's live state, without its elements. */
    Optional<BoardSummary> summary(BoardId board);

    /** Accepted batches with {@code seq} greater than {@code afterSeq}, in order, at most {@code limit}. */
    List<BatchApplied> batchesAfter(BoardId board, long afterSeq, int limit);
}
