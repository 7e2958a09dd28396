package io.stormwall.collab;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A client too far behind for the op log to be worth replaying gets the whole wall instead. */
@StormwallTest
@TestPropertySource(properties = "stormwall.collab.max-catch-up-batches=3")
class CatchUpLimitTest {

    private final int port;
    private final Api api;

    CatchUpLimitTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aGapLargerThanTheLimitIsServedAsASnapshot() {
        Api.TestBoard board = api.createBoard("Far behind", "free");
        for (int i = 1; i <= 5; i++) {
            api.ops(board.id(), board.participant(), "b" + i, LiveWallTest.createEvent(UUID.randomUUID().toString(), "Event " + i));
        }

        try (WsClient near = WsClient.join(port, board.id(), board.participant(), "near", 2L);
                WsClient far = WsClient.join(port, board.id(), board.participant(), "far", 1L)) {
            assertThat(near.welcome().get("catchUp").asString()).isEqualTo("ops");
            assertThat(near.await("applied").get("seq").asLong()).isEqualTo(3);

            assertThat(far.welcome().get("catchUp").asString()).isEqualTo("snapshot");
            JsonNode snapshot = far.await("snapshot");
            assertThat(snapshot.get("seq").asLong()).isEqualTo(5);
            assertThat(snapshot.get("elements")).hasSize(5);
        }
    }
}
