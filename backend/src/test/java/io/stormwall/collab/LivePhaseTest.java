package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Phase changes and the facilitator's switches as connected clients live them. */
@StormwallTest
class LivePhaseTest {

    private final int port;
    private final Api api;

    LivePhaseTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aPhaseChangeReachesEveryClientInOrderWithTheEditsAroundIt() {
        Api.TestBoard board = api.createBoard("Live phases", "process-level");
        try (WsClient lead = WsClient.join(port, board.id(), board.facilitator(), "lead", null);
                WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            // The facilitator waits for each broadcast before the next act, which fixes the order ada must see.
            ada.send(ops("ada:1", sticky(UUID.randomUUID().toString(), "event")));
            lead.await("applied");
            lead.send(object("type", "phase", "clientOpId", "lead:1", "action", "next"));
            lead.await("applied");
            lead.send(object("type", "phase", "clientOpId", "lead:2", "index", 3));
            JsonNode leadsOwn = lead.await("applied");
            assertThat(leadsOwn.get("clientOpId").asString()).isEqualTo("lead:2");
            assertThat(leadsOwn.get("seq").asLong()).isEqualTo(3);
            api.ops(board.id(), board.participant(), "rest:1", sticky(UUID.randomUUID().toString(), "command"));

            JsonNode first = ada.await("applied");
            JsonNode second = ada.await("applied");
            JsonNode third = ada.await("applied");
            JsonNode fourth = ada.await("applied");
            assertThat(List.of(first, second, third, fourth)).extracting(m -> m.get("seq").asLong()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(second.get("clientOpId").asString()).isEqualTo("lead:1");
            assertThat(second.get("origin").asString()).isEqualTo(lead.origin());
            JsonNode op = second.get("ops").get(0);
            assertThat(op.get("op").asString()).isEqualTo("phase");
            assertThat(op.get("from").asInt()).isEqualTo(1);
            assertThat(op.get("to").asInt()).isEqualTo(2);
            assertThat(op.get("phase").get("id").asString()).isEqualTo("timeline-ordering");
            assertThat(third.get("ops").get(0).get("phase").get("name").asString()).isEqualTo("Commands and actors");
            assertThat(fourth.get("ops").get(0).get("element").get("kind").asString()).isEqualTo("command");

            lead.send(object("type", "phase", "clientOpId", "lead:2", "index", 3));
            assertThat(lead.await("ack").get("seq").asLong()).isEqualTo(3);
        }
    }

    @Test
    void aPhaseChangeOverRestIsBroadcastToo() {
        Api.TestBoard board = api.createBoard("REST phase", "architecture");
        try (WsClient watcher = WsClient.join(port, board.id(), board.observer(), "watcher", null)) {
            watcher.await("snapshot");
            api.post("/api/boards/" + board.id() + "/phase", "{\"index\":3}", board.facilitator());
            JsonNode applied = watcher.await("applied");
            assertThat(applied.get("seq").asLong()).isEqualTo(1);
            assertThat(applied.get("ops").get(0).get("to").asInt()).isEqualTo(3);
            assertThat(applied.get("ops").get(0).get("phase").get("id").asString()).isEqualTo("draw-boundaries");
        }
    }

    @Test
    void onlyTheFacilitatorChangesThePhaseOverTheSocket() {
        Api.TestBoard board = api.createBoard("WS steering", "process-level");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient watcher = WsClient.join(port, board.id(), board.observer(), "watcher", null)) {
            for (WsClient who : List.of(ada, watcher)) {
                who.send(object("type", "phase", "clientOpId", "p:1", "action", "next"));
                JsonNode rejected = who.await("rejected");
                assertThat(rejected.get("code").asString()).isEqualTo("FORBIDDEN");
                assertThat(rejected.get("clientOpId").asString()).isEqualTo("p:1");
                who.send(object("type", "gating", "clientOpId", "p:2", "lifted", true));
                assertThat(who.await("rejected").get("code").asString()).isEqualTo("FORBIDDEN");
                who.send(object("type", "freeze", "clientOpId", "p:3", "frozen", true));
                assertThat(who.await("rejected").get("code").asString()).isEqualTo("FORBIDDEN");
            }
        }
        JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(wall.get("phase").get("index").asInt()).isEqualTo(1);
        assertThat(wall.get("seq").asLong()).isZero();
    }

    @Test
    void theSocketRefusesLockedKindsLikeRest() {
        Api.TestBoard board = api.createBoard("WS gating", "business-then-engineering");
        try (WsClient lead = WsClient.join(port, board.id(), board.facilitator(), "lead", null);
                WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            expect(ada, "a1", "actor", null);
            expect(ada, "a2", "hotspot", "Hotspots unlock in phase 2: Timeline organisation.");
            expect(ada, "a3", "boundary", "Bounded contexts are not part of the Business, then engineering format.");
            lead.send(object("type", "phase", "clientOpId", "lead:1", "action", "next"));
            ada.await("applied");
            expect(ada, "a4", "hotspot", null);
            expect(ada, "a5", "policy", "Policies unlock in phase 3: Commands.");
            lead.send(object("type", "phase", "clientOpId", "lead:2", "index", 5));
            ada.await("applied");
            expect(ada, "a6", "externalSystem", null);
            expect(ada, "a7", "policy", null);
            lead.send(object("type", "phase", "clientOpId", "lead:3", "index", 1));
            ada.await("applied");
            expect(ada, "a8", "policy", "Policies unlock in phase 3: Commands.");
        }
    }

    @Test
    void liftingGatingUnlocksEverythingForEveryoneAndIsVisible() {
        Api.TestBoard board = api.createBoard("Lifted", "process-level");
        try (WsClient lead = WsClient.join(port, board.id(), board.facilitator(), "lead", null);
                WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            expect(ada, "a1", "boundary", "Bounded contexts unlock in phase 8: Bounded contexts.");
            lead.send(object("type", "gating", "clientOpId", "lead:1", "lifted", true));
            JsonNode lifted = ada.await("applied");
            assertThat(lifted.get("ops").get(0).toString()).isEqualTo("{\"op\":\"gating\",\"lifted\":true}");
            assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("gatingLifted").asBoolean()).isTrue();
            expect(ada, "a2", "boundary", null);

            Api.Response restored = api.post("/api/boards/" + board.id() + "/gating", "{\"lifted\":false}", board.facilitator());
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(ada.await("applied").get("ops").get(0).get("lifted").asBoolean()).isFalse();
            expect(ada, "a3", "boundary", "Bounded contexts unlock in phase 8: Bounded contexts.");
        }
    }

    @Test
    void aFrozenWallTakesOnlyTheFacilitatorsEdits() {
        Api.TestBoard board = api.createBoard("Frozen", "free");
        try (WsClient lead = WsClient.join(port, board.id(), board.facilitator(), "lead", null);
                WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            lead.send(object("type", "freeze", "clientOpId", "lead:1", "frozen", true));
            assertThat(ada.await("applied").get("ops").get(0).get("frozen").asBoolean()).isTrue();
            ada.send(ops("ada:1", sticky(UUID.randomUUID().toString(), "event")));
            JsonNode refused = ada.await("rejected");
            assertThat(refused.get("code").asString()).isEqualTo("WALL_FROZEN");
            lead.send(ops("lead:2", sticky(UUID.randomUUID().toString(), "event")));
            assertThat(lead.await(m -> "lead:2".equals(m.path("clientOpId").asString()), "the facilitator's edit")
                    .get("type").asString()).isEqualTo("applied");
            Api.Response rest = api.ops(board.id(), board.participant(), "rest:1", sticky(UUID.randomUUID().toString(), "event"));
            assertThat(rest.status()).isEqualTo(409);
            assertThat(rest.json().get("code").asString()).isEqualTo("WALL_FROZEN");
            assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("frozen").asBoolean()).isTrue();

            assertThat(api.post("/api/boards/" + board.id() + "/freeze", "{\"frozen\":false}", board.facilitator()).status()).isEqualTo(200);
            ada.send(ops("ada:2", sticky(UUID.randomUUID().toString(), "event")));
            assertThat(ada.await(m -> "ada:2".equals(m.path("clientOpId").asString()), "the edit after thawing")
                    .get("type").asString()).isEqualTo("applied");
        }
    }

    /** Sends one create and waits for its answer: applied when {@code refusal} is null, else PHASE_LOCKED with it. */
    private static void expect(WsClient client, String clientOpId, String kind, String refusal) {
        client.send(ops(clientOpId, sticky(UUID.randomUUID().toString(), kind)));
        JsonNode answer = client.await(m -> clientOpId.equals(m.path("clientOpId").asString()), "the answer to " + clientOpId);
        if (refusal == null) {
            assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("applied");
        } else {
            assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("rejected");
            assertThat(answer.get("code").asString()).isEqualTo("PHASE_LOCKED");
            assertThat(answer.get("field").asString()).isEqualTo("ops[0].element.kind");
            assertThat(answer.get("message").asString()).isEqualTo(refusal);
        }
    }

    private static Map<String, Object> ops(String clientOpId, Object... ops) {
        return object("type", "ops", "clientOpId", clientOpId, "ops", List.of(ops));
    }

    private static Map<String, Object> sticky(String id, String kind) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", kind, "x", 0, "y", 0));
    }
}
