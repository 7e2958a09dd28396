package io.stormwall.collab.internal;

import io.stormwall.board.Access;
import org.springframework.web.socket.WebSocketSession;

/** One open connection: its outbox and, once joined, who it is on which board. */
final class Client {

    final WebSocketSession session;
    final Outbox outbox;
    private volatile Joined joined;

    record Joined(Access access, String clientId, Participant participant) {}

    Client(WebSocketSession session, Outbox outbox) {
        this.session = session;
        this.outbox = outbox;
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
