package io.stormwall.collab;

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
import org.springframework.boot.test.web.server.LocalServerPort;

@StormwallTest
class SlowClientTest {

    private final int port;
    private final Api api;

    SlowClientTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aClientThatStopsReadingIsClosedWithoutHoldingUpTheOthers() {
        Api.TestBoard board = api.createBoard("Slow", "free");
        try (WsClient stalled = WsClient.stalled(port, board.id(), board.observer());
                WsClient lively = WsClient.join(port, board.id(), board.observer(), "lively", null)) {
            int batches = 40;
            for (int b = 1; b <= batches; b++) {
                List<Object> ops = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    ops.add(object("op", "create", "element", object("id", UUID.randomUUID().toString(), "kind", "event", "text", "x".repeat(1000))));
                }
                api.ops(board.id(), board.participant(), "big" + b, ops.toArray());
                int seq = b;
                lively.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asInt() == seq, "batch " + seq);
            }

            // given up on once its bytes pass the budget or a write to it waits past the send timeout, whichever
            // comes first: the others are told it left
            await().atMost(WsClient.DEADLINE).until(() -> lively.received().stream()
                    .anyMatch(m -> "participantLeft".equals(m.path("type").asString())));
            stalled.resume();
            // 4408 when the close frame still gets through; a connection stuck that badly usually just drops (1006)
            assertThat(stalled.awaitClose()).isIn(4408, 1006);
        }
    }
}
