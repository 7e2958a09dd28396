package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.SharedWall;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall of one live room as everyone sees it, kept in memory at the seq the room has delivered, so that a join
 * builds its snapshot from it instead of reading the whole wall from the database. It is read once, for the first
 * join that needs a snapshot, and from then on follows every batch the room delivers — in seq order, whether it was
 * committed on this node or another. It follows them when a join asks for it: until then the batches wait here, up
 * to {@link #MAX_BEHIND} of them, when they are followed in one go (a busy board's batches are many, its joins few,
 * and following each as it was delivered, parsing its ops again, was a quarter of what the delivery of a batch cost).
 * On any doubt (a gap, an op it can't follow, the bound of {@link RoomWalls}) it is dropped, and the next such
 * join reads the wall again. When its room empties it is set aside in {@link RoomWalls}, for the board's next room.
 *
 * <p>Every method is called under its room's lock.
 */
final class RoomWall {

    private static final Logger log = LoggerFactory.getLogger(RoomWall.class);

    /** Batches kept while the wall is read for a copy; a read that takes longer than this many is given up. */
    private static final int MAX_WHILE_LOADING = 4096;
    /**
     * Batches delivered and not yet followed, at most: the join that follows them does so holding its room's lock, so
     * this bounds what it holds up (and what they hold in memory). At the bound the copy follows them as the last
     * is delivered, and stays: a busy board's next join still finds it.
     */
    static final int MAX_BEHIND = 512;

    private final BoardId board;
    private final RoomWalls walls;
    private final Messages messages;
    private SharedWall copy;
    /** Elements of {@link #copy} counted in {@link RoomWalls}. */
    private long held;
    /** While the wall is read for a copy: the batches the room delivered meanwhile, which the copy then follows. */
    private List<BatchApplied> loading;
    /** The copy at its seq, written and compressed once for every join at that seq. */
    private SharedSnapshot shared;
    /** Batches delivered since the copy last followed, in order. */
    private final List<BatchApplied> behind = new ArrayList<>();

    RoomWall(BoardId board, RoomWalls walls, Messages messages) {
        this.board = board;
        this.walls = walls;
        this.messages = messages;
    }

    /**
     * A new room, at {@code delivered}: takes back the copy its board's last room set aside, if that is still the
     * board's wall (the board has not moved on since; a later batch would come to this room, and the copy follow it).
     */
    void resume(long delivered) {
        RoomWalls.SetAside before = walls.takeBack(board, System.nanoTime());
        if (before == null) {
            return;
        }
        if (before.copy().seq() != delivered) {
            walls.give(before.held());
            return;
        }
        copy = before.copy();
        held = before.held();
        shared = before.shared();
    }

    /** The room empties: its copy, brought up to what the room delivered, is set aside for the board's next room. */
    void setAside() {
        if (copy != null && loading == null) {
            catchUp();
        }
        if (copy == null || loading != null) {
            drop();
            return;
        }
        SharedSnapshot at = shared != null && shared.seq() == copy.seq() ? shared : null;
        walls.setAside(board, new RoomWalls.SetAside(copy, at, held, System.nanoTime()));
        held = 0;
        copy = null;
        shared = null;
    }

    /**
     * The wall everyone sees at the room's current seq (or later: a read may find the board ahead of the room); null
     * when no copy is kept and the last read is out of date.
     */
    SharedSnapshot current() {
        if (copy == null) {
            return shared;
        }
        catchUp();
        if (copy == null) {
            return null;
        }
        if (shared == null || shared.seq() != copy.seq()) {
            shared = new SharedSnapshot(copy.snapshot(), messages);
        }
        return shared;
    }

    /**
     * A read of the wall for a copy begins: the batches delivered from now on are kept until it is done.
     *
     * @return false when a copy is kept already, or being read
     */
    boolean startLoading() {
        if (copy != null || loading != null) {
            return false;
        }
        loading = new ArrayList<>();
        shared = null; // the read replaces it, and nothing checks it against the batches kept meanwhile
        return true;
    }

    /**
     * The wall read since {@link #startLoading}, at {@code read.seq()} (never before the seq the room had delivered
     * when the read began), kept if the bound allows and brought up to what the room delivered meanwhile.
     */
    void loaded(SharedWall read, SharedSnapshot asRead) {
        List<BatchApplied> meanwhile = loading;
        loading = null;
        if (meanwhile == null || copy != null) {
            return;
        }
        if (!walls.take(read.size())) {
            // no copy, but the read serves the joins that find the room still at its seq, as it would without copies
            shared = meanwhile.stream().anyMatch(b -> b.seq() > asRead.seq()) ? null : asRead;
            return;
        }
        copy = read;
        held = read.size();
        shared = asRead;
        behind.addAll(meanwhile);
        catchUp();
    }

    /** The read for a copy failed. */
    void loadFailed() {
        loading = null;
    }

    /** The room delivered {@code batch}, the next in its order. */
    void delivered(BatchApplied batch) {
        if (loading != null) {
            loading.add(batch);
            if (loading.size() > MAX_WHILE_LOADING) {
                loading = null;
            }
            return;
        }
        if (copy == null) {
            if (shared != null && batch.seq() > shared.seq()) {
                shared = null;
            }
            return;
        }
        behind.add(batch);
        if (behind.size() >= MAX_BEHIND) {
            catchUp();
        }
    }

    /** The copy follows the batches delivered since it last did. */
    private void catchUp() {
        for (BatchApplied batch : behind) {
            if (!follows(batch)) {
                drop();
                return;
            }
            long grown = copy.size() - held;
            if (grown > 0 && !walls.take(grown)) {
                drop();
                return;
            }
            if (grown < 0) {
                walls.give(-grown);
            }
            held = copy.size();
        }
        behind.clear();
    }

    /** Whether the copy could follow {@code batch}: it runs holding the room's lock, which nothing may keep. */
    private boolean follows(BatchApplied batch) {
        try {
            return copy.follow(batch);
        } catch (RuntimeException e) {
            log.warn("Dropping the in-memory wall of board {}: it could not follow the batch at seq {}", batch.board(), batch.seq(), e);
            return false;
        }
    }

    /** Forgets the copy and gives back what it held: the room is empty, or the copy can't be trusted. */
    void drop() {
        walls.give(held);
        held = 0;
        copy = null;
        shared = null;
        loading = null;
        behind.clear();
    }
}
