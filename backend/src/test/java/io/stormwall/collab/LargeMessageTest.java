package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The server reads each connection through a small buffer: messages far longer than it are gathered whole, big
 * snapshots still go out, and what protocol.md tells client authors about empty batches holds.
 */
@StormwallTest
class LargeMessageTest {

    private final Api api;
    private final int port;

    LargeMessageTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aBatchFarLongerThanTheReadBufferIsAppliedAndALargeWallGoesOutAsOneSnapshot() {
        Api.TestBoard board = api.createBoard("Large messages", "free");
        // 200 stickies of 990 characters: about 210,000 characters, under the frame limit, 25 times the read buffer
        String text = "A long sticky text, written to fill the batch well past the read buffer. ".repeat(14);
        List<Object> ops = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ops.add(object("op", "create", "element", object("id", UUID.randomUUID().toString(), "kind", "event",
                    "text", text.substring(0, 990), "x", i * 10, "y", 0)));
        }
        try (WsClient writer = WsClient.join(port, board.id(), board.participant(), "writer-" + UUID.randomUUID(), null)) {
            writer.send(object("type", "ops", "clientOpId", "big", "ops", ops));
            JsonNode applied = writer.await("applied");
            assertThat(applied.get("clientOpId").asString()).isEqualTo("big");
            assertThat(applied.get("ops")).hasSize(200);
        }
        try (WsClient reader = WsClient.join(port, board.id(), board.observer(), "reader-" + UUID.randomUUID(), null)) {
            JsonNode snapshot = reader.await("snapshot");
            assertThat(snapshot.get("elements")).hasSize(200);
            assertThat(snapshot.get("elements").get(0).get("text").asString()).hasSize(990);
        }
    }

    @Test
    void anEmptyBatchTakesTheNextSeqAndIsBroadcast() {
        Api.TestBoard board = api.createBoard("Empty batch", "free");
        try (WsClient client = WsClient.join(port, board.id(), board.participant(), "empty-" + UUID.randomUUID(), null)) {
            client.send(object("type", "ops", "clientOpId", "nothing", "ops", List.of()));
            JsonNode applied = client.await("applied");
            assertThat(applied.get("clientOpId").asString()).isEqualTo("nothing");
            assertThat(applied.get("seq").asLong()).isEqualTo(1);
            assertThat(applied.get("ops")).isEmpty();
        }
    }
}
