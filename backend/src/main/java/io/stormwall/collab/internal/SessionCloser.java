package io.stormwall.collab.internal;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/** Closing may block on a stuck connection, so it happens on a thread of its own, never on one that delivers. */
@Component
class SessionCloser implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SessionCloser.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(Threads.daemon("ws-revoker"));

    void closeLater(WebSocketSession session, CloseStatus status) {
        executor.execute(() -> close(session, status));
    }

    /**
     * Closes a client's connection once the message being written to it has gone (the error that says why, say): a
     * close frame written during another write fails, and the client would see the connection drop (1006).
     */
    void closeAfterWrite(Client client, CloseStatus status) {
        client.outbox.closeAfterWrite(() -> closeLater(client.session, status));
    }

    static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Closing {} failed: {}", session.getId(), e.getMessage());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
