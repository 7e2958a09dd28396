package io.stormwall.collab.internal;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tomcat's completions of live sends are recognised and run where the write completed: should Tomcat move or rename
 * them, the server would still work but hand every completion to a worker thread again, and this test says so.
 */
@StormwallTest
class SendCompletionsTest {

    private final int port;
    private final Api api;
    private final SendCompletions completions;

    SendCompletionsTest(@LocalServerPort int port, @Autowired SendCompletions completions) {
        this.port = port;
        this.api = new Api(port);
        this.completions = completions;
    }

    @Test
    void aLiveSendIsCompletedOnTheThreadThatWroteIt() {
        Api.TestBoard board = api.createBoard("Completions", "free");
        // a snapshot too large to be written straight to the socket (TextFrame.WHOLE_FRAME_BYTES) goes through Tomcat
        List<Object> ops = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ops.add(object("op", "create", "element", object("id", UUID.randomUUID().toString(), "kind", "event", "text", "x".repeat(1000))));
        }
        api.ops(board.id(), board.participant(), "large", ops.toArray());
        long before = completions.ranInline();
        try (WsClient client = WsClient.join(port, board.id(), board.observer(), "watcher", null)) {
            JsonNode snapshot = client.await("snapshot");
            assertThat(snapshot.toString().length()).isGreaterThan(TextFrame.WHOLE_FRAME_BYTES);
        }
        // the completion runs once the server's write is done, which the client may see before it has run
        await().atMost(WsClient.DEADLINE).untilAsserted(() -> assertThat(completions.ranInline()).isGreaterThanOrEqualTo(before + 1));
    }
}
