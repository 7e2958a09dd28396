package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.SharedWall;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What the copies of the walls of this node's live rooms ({@link RoomWall}) hold together, in elements, and its
 * bound ({@code stormwall.collab.room-wall-elements}): a room whose copy would pass it keeps none, and its joins read
 * the wall from the database as they would without copies. Also counts those reads.
 *
 * <p>The copy of a room that empties is set aside here for a while ({@link #SET_ASIDE_NANOS}, at most
 * {@link #MOST_SET_ASIDE} boards): the next room of that board takes it back if the board has not moved on meanwhile,
 * so the one person who reloads a large board, or comes back to it, is not the one who reads it whole again. Set-aside
 * copies stay within the bound, and give way to the copies of live rooms; one nobody came back for is let go once its
 * while has passed, by the rooms' clock ({@link Rooms}), so a quiet server does not keep it for good.
 */
@Component
class RoomWalls {

    private final long limit;
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong databaseReads = new AtomicLong();
    static final int MOST_SET_ASIDE = 8;
    static final long SET_ASIDE_NANOS = 10L * 60 * 1_000_000_000;
    /** The copies of emptied rooms, oldest first. */
    private final Map<BoardId, SetAside> setAside = new LinkedHashMap<>();

    /**
     * The copy of an emptied room's wall at its seq, with its snapshot when one was written at that seq.
     *
     * @param held elements counted for it in the bound
     */
    record SetAside(SharedWall copy, SharedSnapshot shared, long held, long since) {}

    RoomWalls(CollabProperties properties) {
        this.limit = properties.roomWallElements();
    }

    /** @return false when {@code elements} more would pass the bound, set-aside copies gone; nothing is taken then */
    boolean take(long elements) {
        while (!tryTake(elements)) {
            if (!dropOldestSetAside()) {
                return false;
            }
        }
        return true;
    }

    private boolean tryTake(long elements) {
        while (true) {
            long now = held.get();
            if (now + elements > limit) {
                return false;
            }
            if (held.compareAndSet(now, now + elements)) {
                return true;
            }
        }
    }

    void give(long elements) {
        held.addAndGet(-elements);
    }

    /** An emptied room's copy, kept (within its bound, still counted) for the board's next room. */
    synchronized void setAside(BoardId board, SetAside copy) {
        SetAside before = setAside.remove(board);
        if (before != null) {
            give(before.held());
        }
        setAside.put(board, copy);
        dropExpired(copy.since());
        while (setAside.size() > MOST_SET_ASIDE) {
            dropOldestSetAside();
        }
    }

    /** The copy set aside for the board, if any: the caller holds its elements from now on. */
    synchronized SetAside takeBack(BoardId board, long now) {
        dropExpired(now);
        return setAside.remove(board);
    }

    synchronized int setAsideCount() {
        return setAside.size();
    }

    private synchronized boolean dropOldestSetAside() {
        Iterator<SetAside> oldest = setAside.values().iterator();
        if (!oldest.hasNext()) {
            return false;
        }
        give(oldest.next().held());
        oldest.remove();
        return true;
    }

    /** Lets go of the copies set aside longer than {@link #SET_ASIDE_NANOS} before {@code now}. */
    synchronized void dropExpired(long now) {
        for (Iterator<SetAside> copies = setAside.values().iterator(); copies.hasNext(); ) {
            SetAside copy = copies.next();
            if (now - copy.since() > SET_ASIDE_NANOS) {
                give(copy.held());
                copies.remove();
            }
        }
    }

    long held() {
        return held.get();
    }

    /** A join read the whole wall from the database: its room kept no copy it could use. */
    void readFromDatabase() {
        databaseReads.incrementAndGet();
    }

    long databaseReads() {
        return databaseReads.get();
    }
}
