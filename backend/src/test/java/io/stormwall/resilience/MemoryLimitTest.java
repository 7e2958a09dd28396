package io.stormwall.resilience;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.ServerProcess;
import io.stormwall.support.WsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server at a small heap holds hundreds of idle joined connections and goes on answering; a server that runs out
 * of heap anyway ends, so that what supervises it starts it again, instead of staying alive answering nothing.
 */
class MemoryLimitTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void fourHundredJoinedConnectionsFitIn256MegabytesOfHeap() {
        try (ServerProcess server = ServerProcess.start(List.of("-Xmx256m"))) {
            awaitHealthy(server);
            Api.TestBoard board = server.api().createBoard("Crowded", "free");
            HttpClient http = HttpClient.newHttpClient();
            List<Idle> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 400; i++) {
                    idle.add(Idle.join(http, server.port(), board, "idle-" + i));
                }
                await().atMost(WsClient.DEADLINE.multipliedBy(2))
                        .until(() -> idle.stream().allMatch(c -> c.messages.get() >= 2 && !c.closed.isDone()));

                assertThat(server.api().get("/actuator/health").status()).isEqualTo(200);
                try (WsClient editor = WsClient.join(server.port(), board.id(), board.participant(), "editor", null)) {
                    editor.send(object("type", "ops", "clientOpId", "e1", "ops", List.of(object("op", "create", "element",
                            object("id", UUID.randomUUID().toString(), "kind", "event", "text", "Still answering")))));
                    assertThat(editor.await("applied").get("clientOpId").asString()).isEqualTo("e1");
                }
                await().atMost(WsClient.DEADLINE).until(() -> idle.stream().allMatch(c -> c.messages.get() >= 3));
                assertThat(server.isAlive()).isTrue();
            } finally {
                idle.forEach(Idle::abort);
            }
        }
    }

    @Test
    void aServerOutOfHeapEnds() {
        // a read buffer of 32 MB per connection: a handful of connections take more heap than there is
        try (ServerProcess server = ServerProcess.start(List.of("-Xmx160m"),
                "--stormwall.collab.read-buffer-chars=16000000", "--stormwall.collab.max-frame-bytes=16000000")) {
            awaitHealthy(server);
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<WebSocket>> opened = new ArrayList<>();
            await().atMost(WsClient.DEADLINE.multipliedBy(2)).until(() -> {
                if (server.isAlive()) {
                    opened.add(http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + server.port() + "/ws"),
                            new WebSocket.Listener() {}));
                }
                return !server.isAlive();
            });
            assertThat(server.exitStatus()).as(server.log()).hasValue(3);
            assertThat(server.log()).contains("Out of memory: exiting");
            opened.forEach(f -> f.thenAccept(WebSocket::abort));
        }
    }

    private static void awaitHealthy(ServerProcess server) {
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            if (!server.isAlive()) {
                throw new AssertionError("The server process ended: " + server.log());
            }
            return server.api().get("/actuator/health").status() == 200;
        });
    }

    /** A joined connection that only counts what it receives, so hundreds share one HTTP client. */
    private static final class Idle implements WebSocket.Listener {

        final AtomicInteger messages = new AtomicInteger();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private WebSocket socket;

        static Idle join(HttpClient http, int port, Api.TestBoard board, String clientId) {
            Idle idle = new Idle();
            idle.socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port + "/ws"), idle).join();
            idle.socket.sendText(JSON.writeValueAsString(object("type", "join", "boardId", board.id(), "token",
                    board.observer(), "clientId", clientId, "name", clientId)), true).join();
            return idle;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (last) {
                messages.incrementAndGet();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(1006);
        }

        void abort() {
            socket.abort();
        }
    }
}
