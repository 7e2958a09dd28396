package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.PrivateView;
import io.stormwall.wall.VotingRound;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSnapshot;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way into one board's room: reads what a joining client must be brought up to date with (the batches it missed,
 * or the whole wall) before the room admits it. The reading happens outside the room's lock, so the room's deliveries
 * never wait for a join; the room then admits the client with what was read plus what it delivered meanwhile.
 */
final class RoomEntrance {

    private static final Logger log = LoggerFactory.getLogger(RoomEntrance.class);

    /** Times a join waits for the room to deliver what the board committed before it reads the wall instead. */
    private static final int OWN_PART_ATTEMPTS = 3;
    static final long OWN_PART_WAIT_MILLIS = 200;

    private final BoardRoom room;
    private final BoardId board;
    private final Wall wall;
    private final Messages messages;
    private final int maxCatchUp;
    private final RoomWalls walls;
    /** Held while a joining client's catch-up is read (never together with the room's own lock held first). */
    private final Object reading = new Object();

    RoomEntrance(BoardRoom room, Wall wall, Messages messages, int maxCatchUp, RoomWalls walls) {
        this.room = room;
        this.board = room.board();
        this.wall = wall;
        this.messages = messages;
        this.maxCatchUp = maxCatchUp;
        this.walls = walls;
    }

    /**
     * What a joining client is brought up to date with: {@code messages} (the batches it missed) or {@code snapshot}
     * (the whole wall at {@code seq}, null otherwise).
     */
    record CatchUp(long seq, List<TextFrame> messages, Runnable snapshot) {}

    /**
     * Reads a reserved client's catch-up and has the room admit it. One catch-up read of this board at a time, as when
     * they were read under the room's lock: twenty joins of a large board at once would otherwise hold a database
     * connection each and starve the pool, and the joins after the first find the wall it read.
     */
    void join(Client client, Long lastSeq) {
        long started = System.nanoTime();
        CatchUp catchUp;
        synchronized (reading) {
            try {
                catchUp = read(client, lastSeq);
            } catch (RuntimeException e) {
                room.release();
                throw e;
            }
        }
        room.admit(client, lastSeq, catchUp);
        // what a join costs the server, apart from the socket's writing (docs/performance.md)
        log.debug("A join of board {} was admitted in {} µs at seq {}: {}", board, (System.nanoTime() - started) / 1_000,
                catchUp.seq(), catchUp.snapshot() == null ? "batches" : "the wall");
    }

    private CatchUp read(Client client, Long lastSeq) {
        long from = room.delivered();
        if (lastSeq != null && lastSeq >= from) {
            return new CatchUp(lastSeq, List.of(), null);
        }
        if (lastSeq != null && from - lastSeq <= maxCatchUp) {
            List<TextFrame> missed = wall.batchesAfter(board, lastSeq, (int) (from - lastSeq)).stream()
                    .map(batch -> AppliedMessage.of(batch, messages).to(client)).toList();
            return new CatchUp(lastSeq + missed.size(), missed, null);
        }
        return snapshotFor(client);
    }

    /**
     * The whole wall for a joining client: the room's copy of the wall everyone sees, at the seq the room has
     * delivered, with the client's own dots and unseen stickies added (read for that seq; none can exist while no
     * voting round has been held and silent writing is off). Without a copy the wall is read from the database, and
     * kept for the joins after it. Called holding {@code reading}.
     */
    private CatchUp snapshotFor(Client client) {
        PersonId person = client.joined().person();
        for (int attempt = 0; attempt < OWN_PART_ATTEMPTS; attempt++) {
            SharedSnapshot everyone = room.keptWall();
            if (everyone == null) {
                break;
            }
            if (!mayHoldOwnParts(everyone.wall().board())) {
                return new CatchUp(everyone.seq(), List.of(), client.snapshotSender(everyone));
            }
            Optional<PrivateView> own = wall.privateViewAt(board, person, everyone.seq());
            if (own.isPresent()) {
                return new CatchUp(everyone.seq(), List.of(), own.get().isEmpty() ? client.snapshotSender(everyone)
                        : client.snapshotSender(SharedSnapshot.write(messages, everyone.wall().seenBy(own.get()))));
            }
            // the board has moved on past what this room delivered: its own part is read at the seq the room reaches
            room.awaitDeliveredPast(everyone.seq(), OWN_PART_WAIT_MILLIS);
        }
        walls.readFromDatabase();
        log.debug("A join of board {} reads the wall from the database", board);
        boolean keep = room.startKeeping();
        WallSnapshot read;
        try {
            read = wall.snapshot(board, person);
        } catch (RuntimeException e) {
            if (keep) {
                room.keepFailed();
            }
            throw e;
        }
        WallSnapshot common = read.forEveryone();
        SharedSnapshot everyone = new SharedSnapshot(common, messages);
        if (keep) {
            try {
                room.keep(wall.copyOf(common), everyone);
            } catch (RuntimeException e) {
                // this join has its wall all the same; the next one reads again
                room.keepFailed();
                log.warn("Could not keep the wall of board {} in memory", board, e);
            }
        }
        return new CatchUp(everyone.seq(), List.of(), common == read ? client.snapshotSender(everyone)
                : client.snapshotSender(SharedSnapshot.write(messages, read)));
    }

    /** A person's own part of the wall: dots of a round (kept after it closes, until the next opens), unseen stickies. */
    private static boolean mayHoldOwnParts(BoardSummary at) {
        return !VotingRound.NONE.equals(at.voting().state()) || at.silent().on();
    }
}
