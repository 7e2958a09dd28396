package io.stormwall.resilience;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A client sending batches far faster than they commit is told {@code RATE_LIMITED} while its earlier batches are
 * still being applied, rather than being read ever slower; every batch gets one answer naming it, and every
 * accepted one is on the wall, in the order it was sent.
 */
@StormwallTest
class OverloadTest {

    private static final int BATCHES = 400;
    private static final int MAX_IN_FLIGHT = 64;

    private final Api api;
    private final int port;

    OverloadTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aFloodOfBatchesIsToldRateLimitedAtOnceAndEveryAcceptedBatchIsOnTheWall() {
        Api.TestBoard board = api.createBoard("Flood", "free");
        Map<String, String> stickyOf = new HashMap<>();
        try (WsClient flood = WsClient.join(port, board.id(), board.participant(), "flood-" + UUID.randomUUID(), null)) {
            flood.await("snapshot");
            for (int i = 0; i < BATCHES; i++) {
                String sticky = UUID.randomUUID().toString();
                stickyOf.put("f" + i, sticky);
                flood.send(object("type", "ops", "clientOpId", "f" + i, "ops",
                        List.of(object("op", "create", "element", object("id", sticky, "kind", "event", "text", "Flood " + i)))));
            }

            await().atMost(WsClient.DEADLINE).until(() -> answered(flood.received()).size() == BATCHES);
            List<JsonNode> received = flood.received();
            Map<String, String> answers = answered(received);

            List<String> accepted = new ArrayList<>();
            List<Integer> acceptedAt = new ArrayList<>();
            int firstRefusal = -1;
            for (int at = 0; at < received.size(); at++) {
                JsonNode m = received.get(at);
                String type = m.path("type").asString();
                if (type.equals("applied") && stickyOf.containsKey(m.path("clientOpId").asString())) {
                    accepted.add(m.get("clientOpId").asString());
                    acceptedAt.add(at);
                } else if ((type.equals("rejected") || type.equals("error")) && firstRefusal < 0) {
                    assertThat(m.get("code").asString()).isEqualTo("RATE_LIMITED");
                    firstRefusal = at;
                }
            }
            assertThat(answers.values()).as("every batch is answered once, applied or refused as rate limited")
                    .allMatch(a -> a.equals("applied") || a.equals("RATE_LIMITED"));
            assertThat(accepted).isNotEmpty();
            int refusedAt = firstRefusal;
            assertThat(firstRefusal).as("a batch was refused").isGreaterThanOrEqualTo(0);
            assertThat(acceptedAt.stream().filter(at -> at < refusedAt).count())
                    .as("the first refusal came before more batches were applied than may be in flight: the connection "
                            + "is read on while batches commit, not only as fast as they commit")
                    .isLessThanOrEqualTo(MAX_IN_FLIGHT);
            assertThat(accepted).as("accepted batches are applied in the order they were sent")
                    .isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));

            Set<String> onTheWall = new HashSet<>();
            api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")
                    .forEach(e -> onTheWall.add(e.get("id").asString()));
            assertThat(onTheWall).containsExactlyInAnyOrderElementsOf(accepted.stream().map(stickyOf::get).toList());
        }
    }

    /** Each batch's answer by its clientOpId: "applied", or the refusal's code. */
    private static Map<String, String> answered(List<JsonNode> received) {
        Map<String, String> answers = new HashMap<>();
        for (JsonNode m : received) {
            String type = m.path("type").asString();
            String clientOpId = m.path("clientOpId").asString("");
            if (!clientOpId.startsWith("f")) {
                continue;
            }
            String answer = type.equals("applied") ? "applied"
                    : type.equals("rejected") || type.equals("error") ? m.path("code").asString() : null;
            if (answer != null && answers.put(clientOpId, answer) != null) {
                answers.put(clientOpId, "answered twice");
            }
        }
        return answers;
    }
}
