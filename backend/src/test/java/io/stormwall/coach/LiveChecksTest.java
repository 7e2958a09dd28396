package io.stormwall.coach;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The coach's findings as connected clients live them: to everyone, once per change of the list, and to latecomers. */
@StormwallTest
class LiveChecksTest {

    /** Generous: the coach reads on its own thread, which a machine busy with other builds may run late. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final int port;
    private final Api api;

    LiveChecksTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void findingsReachEveryClientTheFixRemovesThemAndALateJoinerGetsTheCurrentList() {
        Api.TestBoard board = api.createBoard("Live checks", "free");
        String sends = UUID.randomUUID().toString();
        String shipped = UUID.randomUUID().toString();
        String arrow = UUID.randomUUID().toString();
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient grace = WsClient.join(port, board.id(), board.facilitator(), "grace", null)) {
            ada.send(object("type", "ops", "clientOpId", "ada:1", "ops", List.of(
                    create(sends, "event", "Invoice Sends", 0),
                    create(shipped, "event", "Box Shipped", 400),
                    object("op", "create", "element", object("id", arrow, "kind", "arrow", "from", sends, "to", shipped)))));

            Predicate<JsonNode> both = checks(m -> rules(m).containsAll(List.of("event-not-past-tense", "event-causes-event")));
            for (WsClient client : List.of(ada, grace)) {
                JsonNode found = client.await(both, "both findings", DEADLINE);
                assertThat(found.get("enabled").asBoolean()).isTrue();
                assertThat(found.get("findings")).anySatisfy(f -> {
                    assertThat(f.get("rule").asString()).isEqualTo("event-causes-event");
                    assertThat(f.get("elements")).extracting(JsonNode::asString).containsExactlyInAnyOrder(sends, shipped);
                });
            }

            try (WsClient late = WsClient.join(port, board.id(), board.observer(), "late", null)) {
                late.await("snapshot");
                JsonNode current = late.await(checks(m -> true), "the current checks", DEADLINE);
                assertThat(rules(current)).contains("event-not-past-tense", "event-causes-event");
            }

            ada.send(object("type", "ops", "clientOpId", "ada:2", "ops", List.of(
                    object("op", "update", "id", sends, "set", object("text", "Invoice Sent")),
                    object("op", "delete", "id", arrow))));
            for (WsClient client : List.of(ada, grace)) {
                client.await(checks(m -> m.get("findings").isEmpty()), "no findings after the fix", DEADLINE);
            }
        }
    }

    @Test
    void anEditThatLeavesTheListAsItWasSendsNoChecks() {
        Api.TestBoard board = api.createBoard("Quiet checks", "free");
        String sends = UUID.randomUUID().toString();
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            ada.send(object("type", "ops", "clientOpId", "ada:1", "ops", List.of(create(sends, "event", "Invoice Sends", 0))));
            ada.await(checks(m -> rules(m).contains("event-not-past-tense")), "the finding", DEADLINE);

            // moving the sticky changes the wall, not what the coach says about it; the marker edit after it does
            ada.send(object("type", "ops", "clientOpId", "ada:2", "ops", List.of(
                    object("op", "update", "id", sends, "set", object("x", 300)))));
            ada.await(m -> "applied".equals(m.path("type").asString()) && "ada:2".equals(m.path("clientOpId").asString()),
                    "the move", DEADLINE);
            String marker = UUID.randomUUID().toString();
            ada.send(object("type", "ops", "clientOpId", "ada:3", "ops", List.of(create(marker, "event", "Order Ships", 600))));
            JsonNode next = ada.await(checks(m -> rules(m).size() == 2), "the second finding", DEADLINE);
            assertThat(next.get("seq").asLong()).isGreaterThanOrEqualTo(3);

            List<JsonNode> sent = ada.received().stream().filter(m -> "checks".equals(m.path("type").asString())).toList();
            // an empty list on joining, the first finding, then both: the move was not worth a message
            assertThat(sent).extracting(m -> rules(m).size()).containsExactly(0, 1, 2);
        }
    }

    private static Predicate<JsonNode> checks(Predicate<JsonNode> wanted) {
        return m -> "checks".equals(m.path("type").asString()) && wanted.test(m);
    }

    private static List<String> rules(JsonNode checks) {
        return checks.get("findings").valueStream().map(f -> f.get("rule").asString()).toList();
    }

    private static Object create(String id, String kind, String text, int x) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", x, "y", 0));
    }
}
