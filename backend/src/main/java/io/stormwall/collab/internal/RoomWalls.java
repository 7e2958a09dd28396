package io.stormwall.collab.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What the copies of the walls of this node's live rooms ({@link RoomWall}) hold together, in elements, and its
 * bound ({@code stormwall.collab.room-wall-elements}): a room whose copy would pass it keeps none, and its joins read
 * the wall from the database as they would without copies. Also counts those reads.
 */
@Component
class RoomWalls {

    private final long limit;
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong databaseReads = new AtomicLong();

    RoomWalls(CollabProperties properties) {
        this.limit = properties.roomWallElements();
    }

    /** @return false when {@code elements} more would pass the bound; nothing is taken then */
    boolean take(long elements) {
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
