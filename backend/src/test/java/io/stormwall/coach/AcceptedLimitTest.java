package io.stormwall.coach;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A board holds at most stormwall.coach.max-accepted accepted findings; one more is refused and nothing is stored. */
@StormwallTest
@TestPropertySource(properties = "stormwall.coach.max-accepted=2")
class AcceptedLimitTest {

    private final int port;
    private final Api api;

    AcceptedLimitTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void acceptingPastTheLimitIsRefusedWithCoachFull() {
        Api.TestBoard board = api.createBoard("Accepted limit", "free");
        String first = key();
        String second = key();
        assertThat(accept(board, first).status()).isEqualTo(200);
        assertThat(accept(board, second).status()).isEqualTo(200);
        assertThat(accept(board, first).status()).as("accepting again adds nothing").isEqualTo(200);

        Api.Response refused = accept(board, key());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("COACH_FULL");
        assertThat(refused.json().get("detail").asString()).contains("stormwall.coach.max-accepted");
        JsonNode file = api.get("/api/boards/" + board.id() + "/export.json", board.observer()).json();
        assertThat(file.get("coach").get("accepted")).hasSize(2);
        assertThat(file.get("seq").asLong()).isEqualTo(3);

        try (WsClient grace = WsClient.join(port, board.id(), board.facilitator(), "grace", null)) {
            grace.send(object("type", "accept", "clientOpId", "grace:1", "key", key(), "accepted", true));
            JsonNode rejected = grace.await("rejected");
            assertThat(rejected.get("code").asString()).isEqualTo("COACH_FULL");
            assertThat(rejected.get("field").asString()).isEqualTo("key");
        }
        assertThat(accept(board, first, false).status()).isEqualTo(200);
        assertThat(accept(board, key()).status()).as("room again once one is taken back").isEqualTo(200);
    }

    private Api.Response accept(Api.TestBoard board, String key) {
        return accept(board, key, true);
    }

    private Api.Response accept(Api.TestBoard board, String key, boolean accepted) {
        return api.post("/api/boards/" + board.id() + "/checks/accepted",
                "{\"key\":\"" + key + "\",\"accepted\":" + accepted + "}", board.facilitator());
    }

    private static String key() {
        return "event-not-past-tense:" + UUID.randomUUID();
    }
}
