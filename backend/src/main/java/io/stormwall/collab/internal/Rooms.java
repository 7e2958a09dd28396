package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.board.LinkRotated;
import io.stormwall.board.Role;
import io.stormwall.coach.Checks;
import io.stormwall.coach.ChecksChanged;
import io.stormwall.coach.ChecksDelta;
import io.stormwall.coach.Coach;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Wall;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The boards with clients on this node; routes committed batches and presence to them. */
@Component
class Rooms implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Rooms.class);

    private final Map<BoardId, BoardRoom> rooms = new ConcurrentHashMap<>();
    private final Wall wall;
    private final Messages messages;
    private final CollabProperties properties;
    private final ClusterRelay cluster;
    private final SessionCloser closer;
    private final Coach coach;
    private final RoomWalls walls;
    /** Made anew on every start: a context can be stopped and started again (tests pause idle contexts). */
    private volatile DeliveryLines delivery;
    private ScheduledExecutorService presenceClock;
    /**
     * The last seq of each board with a room here that this node is committing. The relay's notice of such a commit
     * comes when the commit's own event does, often first; read from the log then, the batch would reach the clients
     * a round trip and a parse later, the delivery thread busy with them meanwhile, while its own event is on its way
     * with it.
     */
    private final Map<BoardId, Long> committingHere = new ConcurrentHashMap<>();
    /** Notices of commits that were read from the log, not left to the commits' own events: for tests. */
    private final LongAdder readForNotices = new LongAdder();

    Rooms(Wall wall, Messages messages, CollabProperties properties, ClusterRelay cluster, SessionCloser closer, Coach coach,
            RoomWalls walls) {
        this.walls = walls;
        this.closer = closer;
        this.coach = coach;
        this.wall = wall;
        this.messages = messages;
        this.properties = properties;
        this.cluster = cluster;
        cluster.attach(this);
    }

    /** @return false when the board already has its maximum of connections on this node (nobody was told) */
    boolean join(Client client, Long lastSeq) {
        BoardId board = client.joined().access().boardId();
        BoardRoom[] reserved = {null};
        rooms.compute(board, (id, room) -> {
            BoardRoom joined = room != null ? room : new BoardRoom(id, currentSeq(id), wall, messages, properties.maxCatchUpBatches(), walls);
            if (joined.reserve(properties.maxConnectionsPerBoard())) {
                reserved[0] = joined;
            }
            return joined.isEmpty() ? null : joined;
        });
        if (reserved[0] != null) {
            // outside the map's lock and the room's: reading a large board's snapshot holds up nobody else
            admit(reserved[0], client, lastSeq);
            // after the snapshot or catch-up: the coach's current list, if it has one (else it is on its way)
            room(board).ifPresent(room -> room.sendTo(client, () -> coach.watch(board).map(this::checks)));
            cluster.publish(board, messages.write(new ServerMessage.ParticipantJoined(client.joined().participant())));
        }
        return reserved[0] != null;
    }

    /** Joins a reserved room; a room left empty (the join failed, or the client left meanwhile) is dropped. */
    private void admit(BoardRoom room, Client client, Long lastSeq) {
        try {
            room.join(client, lastSeq);
        } finally {
            rooms.computeIfPresent(room.board(), (id, r) -> {
                if (r.isEmpty()) {
                    r.emptied();
                    return null;
                }
                return r;
            });
        }
    }

    void leave(Client client) {
        if (client.joined() == null) {
            return;
        }
        BoardId board = client.joined().access().boardId();
        rooms.computeIfPresent(board, (id, room) -> {
            if (room.leave(client)) {
                room.emptied();
                coach.forget(id);
                return null;
            }
            return room;
        });
        cluster.publish(board, messages.write(new ServerMessage.ParticipantLeft(client.sessionId())));
    }

    void presence(Client client, ClientMessage.PresenceUpdate update) {
        room(client.joined().access().boardId()).ifPresent(room -> room.presence(client.sessionId(), update));
    }

    /**
     * Runs after the batch's commit, while the committing thread still holds its database connection: handing the
     * delivery to another thread keeps that thread from ever waiting on a room (or the pool) in that state.
     */
    @TransactionalEventListener
    void committed(BatchApplied batch) {
        DeliveryLines lines = delivery;
        if (lines != null) {
            lines.offer(batch);
        }
    }

    /** On the board's delivery turn: the batches committed here since its last one, in the order of their events. */
    private void deliver(BoardId board, List<BatchApplied> batches) {
        room(board).ifPresent(room -> {
            room.offer(batches);
            coach.wallChanged(board, batches.get(batches.size() - 1).seq());
        });
        batches.forEach(batch -> committingHere.remove(board, batch.seq()));
    }

    /** Within the batch's transaction, just before its commit: before its NOTIFY can reach the relay. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void committing(BatchApplied batch) {
        if (rooms.containsKey(batch.board())) {
            committingHere.merge(batch.board(), batch.seq(), Math::max);
        }
    }

    /** The commit failed after all: whatever a notice was left for is read from the log. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void rolledBack(BatchApplied batch) {
        if (committingHere.remove(batch.board()) != null) {
            deliver(batch.board(), () -> room(batch.board()).ifPresent(room -> room.catchUpTo(currentSeq(batch.board()))));
        }
    }

    /** A node (this one or another) committed up to {@code seq}. */
    void committedElsewhere(BoardId board, long seq) {
        deliver(board, () -> room(board).ifPresent(room -> {
            if (committingHere.getOrDefault(board, 0L) >= seq) {
                return; // committed here: its own events deliver it, right behind this notice
            }
            if (room.catchUpTo(seq)) {
                readForNotices.increment();
            }
            coach.wallChanged(board, seq);
        }));
    }

    long readForNotices() {
        return readForNotices.sum();
    }

    /** After the relay lost notifications: read every board's log from what was last delivered. */
    void resyncAll() {
        rooms.keySet().forEach(board -> deliver(board, () -> room(board).ifPresent(room -> {
            room.catchUpTo(currentSeq(board));
            coach.wallChanged(board);
        })));
    }

    /**
     * Runs on the board's delivery turn. While stopped there is nobody to deliver to: clients were told to reconnect,
     * and catch up when they do.
     */
    private void deliver(BoardId board, Runnable task) {
        DeliveryLines lines = delivery;
        if (lines != null) {
            lines.run(board, task);
        }
    }

    /**
     * The coach's new list for a board: to its clients on this node (each node's coach reads for its own clients),
     * as what changed when there is a list before it. Every client of the room holds that list or a later one: a
     * client joining is sent the list last published, and this list was published before it is sent here.
     */
    @EventListener
    void checksChanged(ChecksChanged changed) {
        ChecksDelta delta = changed.delta();
        String message = delta == null ? checks(changed.checks())
                : messages.write(new ServerMessage.ChecksChanged(delta.since(), delta.seq(), delta.added(), delta.removed()));
        room(changed.board()).ifPresent(room -> room.sendToAll(message));
    }

    private String checks(Checks checks) {
        return messages.write(new ServerMessage.Checks(checks.seq(), checks.enabled(), checks.findings()));
    }

    /** Presence or participants from another node, for this node's clients of the board. */
    void fromElsewhere(RemoteMessage remote) {
        long now = System.nanoTime();
        room(remote.board()).ifPresent(room -> {
            switch (remote.type()) {
                case "presence" -> room.sendPresence(remote.text(), properties.presenceDropBytes());
                case "participantJoined" -> {
                    room.remoteJoined(remote.node(), remote.joined(), now);
                    room.sendToAll(remote.text());
                }
                case "participantLeft" -> {
                    room.remoteLeft(remote.node(), remote.left());
                    room.sendToAll(remote.text());
                }
                case "roster" -> room.remoteRoster(remote.node(), remote.roster(), now);
                case "linkRotated" -> closeHoldersOf(remote.board(), remote.rotated());
                default -> log.debug("Ignoring a '{}' from another node", remote.type());
            }
        });
    }

    /**
     * Within the rotating transaction: the NOTIFY goes out with its commit, so other nodes close their sessions on
     * the old token exactly when it stops working, and never for a rotation that was rolled back.
     */
    @EventListener
    void rotating(LinkRotated rotation) {
        cluster.publish(rotation.board(), messages.write(new ServerMessage.LinkRotated(rotation.role().id())));
    }

    /** This node's sessions on the old token: closed once the rotation has committed. */
    @TransactionalEventListener
    void rotated(LinkRotated rotation) {
        closeHoldersOf(rotation.board(), rotation.role());
    }

    private void closeHoldersOf(BoardId board, Role role) {
        room(board).ifPresent(room -> room.clientsWithRole(role)
                .forEach(client -> closer.closeAfterWrite(client, CloseCodes.LINK_ROTATED)));
    }

    /** Every node tells the others, now and then, who is on each of its boards; silence means the node is gone. */
    private void exchangeRosters() {
        long silentSince = System.nanoTime() - properties.nodeSilenceLimit().toNanos();
        rooms.forEach((board, room) -> {
            room.forgetSilentNodes(silentSince);
            List<Participant> local = room.localParticipants();
            if (!local.isEmpty()) {
                cluster.publish(board, messages.write(new ServerMessage.Roster(local)));
            }
        });
    }

    Collection<BoardId> boards() {
        return List.copyOf(rooms.keySet());
    }

    private Optional<BoardRoom> room(BoardId board) {
        return Optional.ofNullable(rooms.get(board));
    }

    private long currentSeq(BoardId board) {
        return wall.summary(board).map(BoardSummary::seq).orElse(0L);
    }

    private void flushPresence() {
        try {
            rooms.forEach((board, room) -> {
                Collection<ClientMessage.PresenceUpdate> updates = room.drainPresence();
                if (!updates.isEmpty()) {
                    String message = messages.write(new ServerMessage.Presence(updates));
                    room.sendPresence(message, properties.presenceDropBytes());
                    cluster.publish(board, message);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Presence flush failed", e);
        }
    }

    private void exchangeRostersSafely() {
        try {
            exchangeRosters();
        } catch (RuntimeException e) {
            log.warn("Roster exchange failed", e);
        }
    }

    @Override
    public void start() {
        delivery = new DeliveryLines(properties.deliveryThreads(), this::deliver);
        presenceClock = Executors.newSingleThreadScheduledExecutor(Threads.daemon("presence-clock"));
        long every = properties.presenceInterval().toMillis();
        presenceClock.scheduleAtFixedRate(this::flushPresence, every, every, TimeUnit.MILLISECONDS);
        long rosterEvery = properties.rosterInterval().toMillis();
        presenceClock.scheduleAtFixedRate(this::exchangeRostersSafely, rosterEvery, rosterEvery, TimeUnit.MILLISECONDS);
        presenceClock.scheduleAtFixedRate(() -> walls.dropExpired(System.nanoTime()), 1, 1, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        presenceClock.shutdownNow();
        delivery.stop();
    }

    @Override
    public boolean isRunning() {
        return presenceClock != null && !presenceClock.isShutdown();
    }
}
