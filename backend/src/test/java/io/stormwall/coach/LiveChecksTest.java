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

/**
 * The coach's findings as connected clients live them: to everyone, once per change of the list, and to latecomers;
 * the whole list first, then what changed in it.
 */
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

            CoachList adas = new CoachList();
            CoachList graces = new CoachList();
            for (CoachList list : List.of(adas, graces)) {
                WsClient client = list == adas ? ada : grace;
                client.await(list.when(l -> l.rules().containsAll(List.of("event-not-past-tense", "event-causes-event"))),
                        "both findings", DEADLINE);
                assertThat(list.enabled).isTrue();
                assertThat(list.findings.values()).anySatisfy(f -> {
                    assertThat(f.get("rule").asString()).isEqualTo("event-causes-event");
                    assertThat(f.get("elements")).extracting(JsonNode::asString).containsExactlyInAnyOrder(sends, shipped);
                });
            }

            try (WsClient late = WsClient.join(port, board.id(), board.observer(), "late", null)) {
                late.await("snapshot");
                JsonNode current = late.await(m -> "checks".equals(m.path("type").asString()), "the whole list", DEADLINE);
                assertThat(rules(current)).contains("event-not-past-tense", "event-causes-event");
            }

            ada.send(object("type", "ops", "clientOpId", "ada:2", "ops", List.of(
                    object("op", "update", "id", sends, "set", object("text", "Invoice Sent")),
                    object("op", "delete", "id", arrow))));
            for (CoachList list : List.of(adas, graces)) {
                WsClient client = list == adas ? ada : grace;
                JsonNode fix = client.await(list.when(l -> l.findings.isEmpty()), "no findings after the fix", DEADLINE);
                // only what changed travels: the two keys gone
                assertThat(fix.path("type").asString()).isEqualTo("checksChanged");
                assertThat(fix.get("removed")).hasSize(2);
                assertThat(fix.get("added")).isEmpty();
            }
        }
    }

    @Test
    void anEditThatLeavesTheListAsItWasSendsNoChecks() {
        Api.TestBoard board = api.createBoard("Quiet checks", "free");
        String sends = UUID.randomUUID().toString();
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            CoachList list = new CoachList();
            ada.send(object("type", "ops", "clientOpId", "ada:1", "ops", List.of(create(sends, "event", "Invoice Sends", 0))));
            ada.await(list.when(l -> l.rules().contains("event-not-past-tense")), "the finding", DEADLINE);

            // moving the sticky changes the wall, not what the coach says about it; the marker edit after it does
            ada.send(object("type", "ops", "clientOpId", "ada:2", "ops", List.of(
                    object("op", "update", "id", sends, "set", object("x", 300)))));
            ada.await(m -> "applied".equals(m.path("type").asString()) && "ada:2".equals(m.path("clientOpId").asString()),
                    "the move", DEADLINE);
            String marker = UUID.randomUUID().toString();
            ada.send(object("type", "ops", "clientOpId", "ada:3", "ops", List.of(create(marker, "event", "Order Ships", 600))));
            JsonNode next = ada.await(list.when(l -> l.rules().size() == 2), "the second finding", DEADLINE);
            assertThat(next.get("seq").asLong()).isGreaterThanOrEqualTo(3);

            List<JsonNode> sent = ada.received().stream().filter(CoachList::fromTheCoach).toList();
            // the whole list on joining, then only changes, each changing something: the move was not worth a message
            assertThat(sent.get(0).path("type").asString()).isEqualTo("checks");
            assertThat(sent.subList(1, sent.size())).allSatisfy(m -> {
                assertThat(m.path("type").asString()).isEqualTo("checksChanged");
                assertThat(m.get("added").size() + m.get("removed").size()).isPositive();
            });
            assertThat(sent.size()).isLessThanOrEqualTo(3);
        }
    }

    /** A client's list of findings, as the browser keeps it: the whole list, then each change applied in order. */
    private static final class CoachList {
        private final java.util.Map<String, JsonNode> findings = new java.util.LinkedHashMap<>();
        private long seq = -1;
        private boolean enabled;

        static boolean fromTheCoach(JsonNode m) {
            return List.of("checks", "checksChanged").contains(m.path("type").asString());
        }

        Predicate<JsonNode> when(Predicate<CoachList> wanted) {
            return m -> take(m) && wanted.test(this);
        }

        private boolean take(JsonNode m) {
            if (!fromTheCoach(m)) {
                return false;
            }
            if ("checks".equals(m.path("type").asString())) {
                findings.clear();
                m.get("findings").forEach(f -> findings.put(f.get("key").asString(), f));
                enabled = m.get("enabled").asBoolean();
            } else if (seq < 0) {
                return false; // a change sent as this client joined, before its whole list: that list includes it
            } else {
                assertThat(m.get("since").asLong()).as("a change of the list this client holds").isEqualTo(seq);
                m.get("removed").forEach(k -> findings.remove(k.asString()));
                m.get("added").forEach(f -> findings.put(f.get("key").asString(), f));
            }
            seq = m.get("seq").asLong();
            return true;
        }

        List<String> rules() {
            return findings.values().stream().map(f -> f.get("rule").asString()).toList();
        }
    }

    private static List<String> rules(JsonNode checks) {
        return checks.get("findings").valueStream().map(f -> f.get("rule").asString()).toList();
    }

    private static Object create(String id, String kind, String text, int x) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", x, "y", 0));
    }
}
