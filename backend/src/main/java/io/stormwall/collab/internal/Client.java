package io.stormwall.collab.internal;

import io.stormwall.board.Access;
import io.stormwall.wall.Origin;
import org.springframework.web.socket.WebSocketSession;

/** One open connection: its outbox, where it comes from, its rate limits and, once joined, who it is on which board. */
final class Client {

    final WebSocketSession session;
    final Outbox outbox;
    final String address;
    final TokenBucket messages;
    final TokenBucket edits;
    final BatchLine batches;
    private volatile Joined joined;
    final TextPieces pieces;

    /** {@code origin} stands for the secret client id, which is not kept: it is what the board sees of this client. */
    record Joined(Access access, Origin origin, Participant participant) {}

    Client(WebSocketSession session, Outbox outbox, String address, CollabProperties limits, BatchLine batches) {
        this.session = session;
        this.outbox = outbox;
        this.address = address;
        this.messages = new TokenBucket(limits.messagesPerSecond(), limits.messageBurst());
        this.edits = new TokenBucket(limits.editsPerSecond(), limits.editBurst());
        this.batches = batches;
        this.pieces = new TextPieces(limits.maxFrameBytes());
    }

    Joined joined() {
        return joined;
    }

    void join(Joined identity) {
        this.joined = identity;
    }

    String sessionId() {
        return joined == null ? session.getId() : joined.participant().sessionId();
    }

    boolean send(String message) {
        return outbox.send(message);
    }
}
