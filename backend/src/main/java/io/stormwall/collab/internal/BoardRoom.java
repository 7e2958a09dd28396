package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.board.Role;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Wall;
import io.stormwall.wall.SharedWall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The clients of one board on this node, and the board's delivery order: batches go out strictly in seq order,
 * each once, whether they were committed here or on another node. {@code delivered} is the last seq sent.
 */
final class BoardRoom {

    private final BoardId board;
    private final Wall wall;
    private final Messages messages;
    private final Map<String, Client> clients = new LinkedHashMap<>();
    /** Participants connected to other nodes, by node, with when that node last spoke for them. */
    private final Map<String, RemoteRoster> remote = new LinkedHashMap<>();
    private final TreeMap<Long, BatchApplied> early = new TreeMap<>();
    private final Map<String, ClientMessage.PresenceUpdate> pendingPresence = new LinkedHashMap<>();
    private long delivered;
    /** The wall as everyone sees it at {@code delivered}, which joins build their snapshots from. */
    private final RoomWall kept;
    private final RoomEntrance entrance;
    /** Clients whose catch-up is being read, not yet admitted. */
    private int reserved;
    /** The last applied messages sent, by seq: what a client admitted after reading its catch-up still needs. */
    private final TreeMap<Long, AppliedMessage> recent = new TreeMap<>();
    private static final int RECENT = 1024;

    BoardRoom(BoardId board, long delivered, Wall wall, Messages messages, int maxCatchUp, RoomWalls walls) {
        this.board = board;
        this.kept = new RoomWall(board, walls, messages);
        kept.resume(delivered);
        this.delivered = delivered;
        this.wall = wall;
        this.messages = messages;
        this.entrance = new RoomEntrance(this, wall, messages, maxCatchUp, walls);
    }

    /**
     * Holds a place for a client about to join, so the room stays (and stays within {@code max}) while its catch-up
     * is read. @return false when the room is full
     */
    synchronized boolean reserve(int max) {
        if (clients.size() + reserved >= max) {
            return false;
        }
        reserved++;
        return true;
    }

    /**
     * Admits a reserved client and brings it up to date: its catch-up is read by the room's entrance before the
     * room's lock is taken, so a join never holds up the batches of this board, or of any other, that the delivery
     * threads hand to their rooms meanwhile; under the lock the client gets the catch-up plus the batches delivered
     * since it was read, so no batch can slip between what the client is sent and the live batches that follow.
     */
    void join(Client client, Long lastSeq) {
        entrance.join(client, lastSeq);
    }

    synchronized SharedSnapshot keptWall() {
        return kept.current();
    }

    synchronized boolean startKeeping() {
        return kept.startLoading();
    }

    synchronized void keep(SharedWall copy, SharedSnapshot asRead) {
        kept.loaded(copy, asRead);
    }

    synchronized void keepFailed() {
        kept.loadFailed();
    }

    /** Waits, {@code millis} at most, until the room has delivered a batch after {@code seq}. */
    synchronized void awaitDeliveredPast(long seq, long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        long left;
        while (delivered <= seq && (left = until - System.nanoTime()) > 0) {
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The room delivered {@code batch}: its copy of the wall follows, and joins waiting for it go on. */
    private void followed(BatchApplied batch) {
        kept.delivered(batch);
        notifyAll();
    }

    /** The room is empty and goes: its copy of the wall is set aside for the board's next room. */
    synchronized void emptied() {
        kept.setAside();
    }

    /** Gives back a place {@link #reserve} held, for a join that failed. */
    synchronized void release() {
        reserved--;
    }

    BoardId board() {
        return board;
    }

    /** Admits a reserved client with the catch-up its entrance read. */
    synchronized void admit(Client client, Long lastSeq, RoomEntrance.CatchUp catchUp) {
        reserved--;
        Runnable snapshot = catchUp.snapshot();
        if (client.outbox.closed()) {
            return; // it left while its catch-up was read
        }
        Participant you = client.joined().participant();
        sendToAll(messages.write(new ServerMessage.ParticipantJoined(you)));
        clients.put(you.sessionId(), client);
        // a client ahead of the board (or just current) is told the board's own seq
        String mode = snapshot != null ? "snapshot" : lastSeq != null && lastSeq >= delivered ? "none" : "ops";
        client.send(messages.write(new ServerMessage.Welcome(ClientMessages.PROTOCOL_VERSION, board.value().toString(), you.sessionId(),
                you.role(), client.joined().origin().value(), client.joined().person().value(), snapshot != null ? catchUp.seq() : delivered,
                mode, participants(), Instant.now().toEpochMilli())));
        if (snapshot != null) {
            snapshot.run();
        } else {
            catchUp.messages().forEach(client::send);
        }
        // what was delivered while the catch-up was read
        sinceDelivered(catchUp.seq()).forEach(batch -> client.send(batch.to(client)));
    }

    /** The applied messages after {@code seq} up to what was delivered: kept in memory, or read from the log. */
    private List<AppliedMessage> sinceDelivered(long seq) {
        if (seq >= delivered) {
            return List.of();
        }
        if (!recent.isEmpty() && recent.firstKey() <= seq + 1) {
            return List.copyOf(recent.tailMap(seq, false).values());
        }
        return wall.batchesAfter(board, seq, (int) (delivered - seq)).stream().map(b -> AppliedMessage.of(b, messages)).toList();
    }

    /** @return true when the room is empty afterwards, nobody about to join it */
    synchronized boolean leave(Client client) {
        String sessionId = client.sessionId();
        if (clients.remove(sessionId) == null) {
            return isEmpty();
        }
        pendingPresence.remove(sessionId);
        sendToAll(messages.write(new ServerMessage.ParticipantLeft(sessionId)));
        return isEmpty();
    }

    /** The clients here that joined with a role's token, e.g. to close them when that link is rotated. */
    synchronized List<Client> clientsWithRole(Role role) {
        return clients.values().stream().filter(c -> c.joined().access().role() == role).toList();
    }

    synchronized int size() {
        return clients.size();
    }

    synchronized boolean isEmpty() {
        return clients.isEmpty() && reserved == 0;
    }

    /**
     * Batches committed on this node: usually the next ones. If an earlier one is still on its way (its own event, or
     * the notification of another node's commit), these wait for it.
     */
    synchronized void offer(List<BatchApplied> batches) {
        for (BatchApplied batch : batches) {
            if (batch.seq() > delivered) {
                early.put(batch.seq(), batch);
            }
        }
        drainEarly();
    }

    /**
     * The log holds batches up to {@code seq} (a notification, or a re-sync): send what this node hasn't.
     *
     * @return whether the log was read (this node had not delivered up to {@code seq})
     */
    synchronized boolean catchUpTo(long seq) {
        boolean read = false;
        while (delivered < seq) {
            read = true;
            List<BatchApplied> batches = wall.batchesAfter(board, delivered, (int) Math.min(seq - delivered, 500));
            if (batches.isEmpty()) {
                return true;
            }
            batches.forEach(b -> early.putIfAbsent(b.seq(), b));
            drainEarly();
        }
        return read;
    }

    synchronized long delivered() {
        return delivered;
    }

    synchronized void presence(String sessionId, ClientMessage.PresenceUpdate update) {
        pendingPresence.put(sessionId, update);
    }

    /** Takes the presence gathered since the last flush (at most one update per client: the latest). */
    synchronized Collection<ClientMessage.PresenceUpdate> drainPresence() {
        if (pendingPresence.isEmpty()) {
            return List.of();
        }
        List<ClientMessage.PresenceUpdate> updates = new ArrayList<>(pendingPresence.values());
        pendingPresence.clear();
        return updates;
    }

    /** Presence is droppable: a client that is already behind gets none. */
    synchronized void sendPresence(String text, long dropAboveBytes) {
        TextFrame message = TextFrame.of(text);
        for (Client c : clients.values()) {
            if (c.outbox.backlogBytes() <= dropAboveBytes) {
                c.send(message);
            }
        }
    }

    /**
     * Sends one client what {@code message} gives, asked under the room's lock: a broadcast to the whole room takes
     * the same lock, so what this client is sent can't overtake a newer message the room sends.
     */
    synchronized void sendTo(Client client, java.util.function.Supplier<java.util.Optional<String>> message) {
        if (clients.containsKey(client.sessionId())) {
            message.get().ifPresent(client::send);
        }
    }

    synchronized void sendToAll(String text) {
        TextFrame message = TextFrame.of(text);
        clients.values().forEach(c -> c.send(message));
    }

    private record RemoteRoster(Map<String, Participant> participants, long heardAt) {}

    synchronized void remoteJoined(String node, Participant participant, long now) {
        remote.computeIfAbsent(node, n -> new RemoteRoster(new LinkedHashMap<>(), now)).participants().put(participant.sessionId(), participant);
    }

    synchronized void remoteLeft(String node, String sessionId) {
        RemoteRoster roster = remote.get(node);
        if (roster != null) {
            roster.participants().remove(sessionId);
        }
    }

    /** Another node's full list for this board: brings this node's clients' lists in line with it. */
    synchronized void remoteRoster(String node, List<Participant> participants, long now) {
        Map<String, Participant> before = remote.containsKey(node) ? remote.get(node).participants() : Map.of();
        Map<String, Participant> after = new LinkedHashMap<>();
        participants.forEach(p -> after.put(p.sessionId(), p));
        after.values().stream().filter(p -> !before.containsKey(p.sessionId()))
                .forEach(p -> sendToAll(messages.write(new ServerMessage.ParticipantJoined(p))));
        before.keySet().stream().filter(id -> !after.containsKey(id))
                .forEach(id -> sendToAll(messages.write(new ServerMessage.ParticipantLeft(id))));
        remote.put(node, new RemoteRoster(after, now));
    }

    /** Forgets the participants of nodes silent since {@code silentSince} (crashed, or cut off), telling the clients. */
    synchronized void forgetSilentNodes(long silentSince) {
        remote.entrySet().removeIf(entry -> {
            if (entry.getValue().heardAt() >= silentSince) {
                return false;
            }
            entry.getValue().participants().keySet().forEach(id -> sendToAll(messages.write(new ServerMessage.ParticipantLeft(id))));
            return true;
        });
    }

    synchronized List<Participant> localParticipants() {
        List<Participant> local = new ArrayList<>();
        clients.values().forEach(c -> local.add(c.joined().participant()));
        return local;
    }

    private List<Participant> participants() {
        List<Participant> all = localParticipants();
        remote.values().forEach(roster -> all.addAll(roster.participants().values()));
        return all;
    }

    /**
     * Sends the batches that are next in the order, each client all of them at once: the frames that queue for a
     * connection together go to its socket in one write.
     */
    private void drainEarly() {
        List<AppliedMessage> sent = new ArrayList<>();
        while (!early.isEmpty() && early.firstKey() <= delivered + 1) {
            BatchApplied next = early.pollFirstEntry().getValue();
            if (next.seq() == delivered + 1) {
                AppliedMessage message = AppliedMessage.of(next, messages);
                sent.add(message);
                delivered = next.seq();
                followed(next);
                recent.put(delivered, message);
                if (recent.size() > RECENT) {
                    recent.pollFirstEntry();
                }
            }
        }
        if (sent.size() == 1) {
            AppliedMessage message = sent.get(0);
            clients.values().forEach(c -> c.send(message.to(c)));
        } else if (!sent.isEmpty()) {
            clients.values().forEach(c -> c.sendAll(sent.stream().map(message -> message.to(c)).toList()));
        }
    }
}
