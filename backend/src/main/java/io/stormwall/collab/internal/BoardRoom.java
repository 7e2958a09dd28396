package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.board.Role;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSnapshot;
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
    private final int maxCatchUp;
    private final Map<String, Client> clients = new LinkedHashMap<>();
    /** Participants connected to other nodes, by node, with when that node last spoke for them. */
    private final Map<String, RemoteRoster> remote = new LinkedHashMap<>();
    private final TreeMap<Long, BatchApplied> early = new TreeMap<>();
    private final Map<String, ClientMessage.PresenceUpdate> pendingPresence = new LinkedHashMap<>();
    private long delivered;

    BoardRoom(BoardId board, long delivered, Wall wall, Messages messages, int maxCatchUp) {
        this.board = board;
        this.delivered = delivered;
        this.wall = wall;
        this.messages = messages;
        this.maxCatchUp = maxCatchUp;
    }

    /**
     * Admits a client and brings it up to date. Runs under the room's lock, so no batch can slip between what the
     * client is sent here and the live batches that follow.
     */
    synchronized void join(Client client, Long lastSeq) {
        Participant you = client.joined().participant();
        clients.values().forEach(other -> other.send(messages.write(new ServerMessage.ParticipantJoined(you))));
        clients.put(you.sessionId(), client);
        List<Participant> everyone = participants();
        if (lastSeq != null && lastSeq >= delivered) {
            client.send(messages.welcome(board, client.joined(), delivered, "none", everyone));
        } else if (lastSeq != null && delivered - lastSeq <= maxCatchUp) {
            List<BatchApplied> missed = wall.batchesAfter(board, lastSeq, (int) (delivered - lastSeq));
            client.send(messages.welcome(board, client.joined(), delivered, "ops", everyone));
            missed.forEach(batch -> client.send(messages.applied(batch)));
        } else {
            WallSnapshot snapshot = wall.snapshot(board);
            client.send(messages.welcome(board, client.joined(), snapshot.board().seq(), "snapshot", everyone));
            client.sendSnapshot(messages.write(new ServerMessage.Snapshot(snapshot.board().seq(), snapshot.board(), snapshot.elements())));
        }
    }

    /** @return true when the room is empty afterwards */
    synchronized boolean leave(Client client) {
        String sessionId = client.sessionId();
        if (clients.remove(sessionId) == null) {
            return clients.isEmpty();
        }
        pendingPresence.remove(sessionId);
        String left = messages.write(new ServerMessage.ParticipantLeft(sessionId));
        clients.values().forEach(other -> other.send(left));
        return clients.isEmpty();
    }

    /** The clients here that joined with a role's token, e.g. to close them when that link is rotated. */
    synchronized List<Client> clientsWithRole(Role role) {
        return clients.values().stream().filter(c -> c.joined().access().role() == role).toList();
    }

    synchronized int size() {
        return clients.size();
    }

    synchronized boolean isEmpty() {
        return clients.isEmpty();
    }

    /**
     * A batch committed on this node: usually the next one. If an earlier one is still on its way (its own event, or
     * the notification of another node's commit), this one waits for it.
     */
    synchronized void offer(BatchApplied batch) {
        if (batch.seq() > delivered) {
            early.put(batch.seq(), batch);
            drainEarly();
        }
    }

    /** The log holds batches up to {@code seq} (a notification, or a re-sync): send what this node hasn't. */
    synchronized void catchUpTo(long seq) {
        while (delivered < seq) {
            List<BatchApplied> batches = wall.batchesAfter(board, delivered, (int) Math.min(seq - delivered, 500));
            if (batches.isEmpty()) {
                return;
            }
            batches.forEach(b -> early.putIfAbsent(b.seq(), b));
            drainEarly();
        }
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
    synchronized void sendPresence(String message, long dropAboveBytes) {
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

    synchronized void sendToAll(String message) {
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

    private void drainEarly() {
        while (!early.isEmpty() && early.firstKey() <= delivered + 1) {
            BatchApplied next = early.pollFirstEntry().getValue();
            if (next.seq() == delivered + 1) {
                String message = messages.applied(next);
                clients.values().forEach(c -> c.send(message));
                delivered = next.seq();
            }
        }
    }
}
