package io.stormwall.wall;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.TestDatabase;
import java.sql.Statement;
import io.stormwall.support.WsClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checkpoints: kept by every phase change or taken by the facilitator, each one the op log replayed up to its seq. */
@StormwallTest
class CheckpointTest {

    private final int port;
    private final Api api;

    CheckpointTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aPhaseChangeKeepsTheWallTheEndingPhaseLeftAndTheDiffNamesWhatChangedSince() {
        Api.TestBoard board = api.createBoard("Checkout", "process-level");
        String placed = UUID.randomUUID().toString(), shipped = UUID.randomUUID().toString(), paid = UUID.randomUUID().toString();
        try (WsClient lead = WsClient.join(port, board.id(), board.facilitator(), "lead", null);
                WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            edit(ada, "a1", create(placed, "event", "Order Placed", 0, 0), create(shipped, "event", "Order Shiped", 200, 0),
                    create(paid, "event", "Payment Taken", 400, 0));
            JsonNode then = wall(board);

            lead.send(object("type", "phase", "clientOpId", "lead:1", "action", "next"));
            long phaseSeq = ada.await(m -> "applied".equals(m.path("type").asString()) && m.get("ops").get(0).get("op").asString().equals("phase"),
                    "the phase change").get("seq").asLong();

            String refunded = UUID.randomUUID().toString();
            edit(ada, "a2", object("op", "update", "id", placed, "set", object("x", 50, "y", 120)),
                    object("op", "update", "id", shipped, "set", object("text", "Order Shipped")),
                    object("op", "delete", "id", paid), create(refunded, "event", "Order Refunded", 600, 0));

            JsonNode list = api.get("/api/boards/" + board.id() + "/checkpoints", board.observer()).json().get("checkpoints");
            assertThat(list).hasSize(1);
            JsonNode checkpoint = list.get(0);
            assertThat(checkpoint.get("seq").asLong()).isEqualTo(phaseSeq);
            assertThat(checkpoint.get("kind").asString()).isEqualTo("phase");
            assertThat(checkpoint.get("label").asString()).isEqualTo("End of phase 1: Chaotic exploration");
            assertThat(checkpoint.get("phase").get("index").asInt()).isEqualTo(1);
            assertThat(checkpoint.get("by").asString()).isEqualTo("lead");

            JsonNode at = api.get("/api/boards/" + board.id() + "/checkpoints/" + phaseSeq, board.participant()).json();
            assertThat(at.get("checkpoint").get("seq").asLong()).isEqualTo(phaseSeq);
            assertThat(at.get("phase").get("index").asInt()).as("the wall as the ending phase left it").isEqualTo(1);
            assertThat(byId(at)).isEqualTo(byId(then));

            JsonNode diff = api.get("/api/boards/" + board.id() + "/checkpoints/" + phaseSeq + "/diff", board.observer()).json();
            assertThat(ids(diff.get("added"))).containsExactly(refunded);
            assertThat(ids(diff.get("removed"))).containsExactly(paid);
            assertThat(diff.get("removed").get(0).get("text").asString()).isEqualTo("Payment Taken");
            assertThat(diff.get("moved")).hasSize(1);
            JsonNode moved = diff.get("moved").get(0);
            assertThat(moved.get("id").asString()).isEqualTo(placed);
            assertThat(moved.get("from").toString()).isEqualTo("{\"x\":0.0,\"y\":0.0}");
            assertThat(moved.get("to").toString()).isEqualTo("{\"x\":50.0,\"y\":120.0}");
            assertThat(diff.get("changed")).hasSize(1);
            assertThat(diff.get("changed").get(0).get("id").asString()).isEqualTo(shipped);
            assertThat(diff.get("changed").get(0).get("fields").toString()).isEqualTo("[\"text\"]");
            assertThat(diff.get("seq").asLong()).isEqualTo(wall(board).get("seq").asLong());
        }
    }

    @Test
    void theFacilitatorTakesOneByHandLiveAndOverRestAndEveryoneSeesIt() {
        Api.TestBoard board = api.createBoard("By hand", "process-level");
        try (WsClient lead = WsClient.join(port, board.id(), board.facilitator(), "lead", null);
                WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient bo = WsClient.join(port, board.id(), board.observer(), "bo", null)) {
            lead.send(object("type", "checkpoint", "clientOpId", "lead:1", "label", "  Before the break  "));
            JsonNode applied = bo.await("applied");
            // compared as JSON, whatever order the fields are written in
            assertThat(applied.get("ops").get(0)).isEqualTo(JsonMapper.builder().build().readTree(
                    "{\"op\":\"checkpoint\",\"label\":\"Before the break\",\"phase\":{\"index\":1,\"id\":\"chaotic-exploration\",\"name\":\"Chaotic exploration\"}}"));
            assertThat(lead.await("applied").get("clientOpId").asString()).isEqualTo("lead:1");
            lead.send(object("type", "checkpoint", "clientOpId", "lead:1", "label", "Before the break"));
            assertThat(lead.await("ack").get("seq").asLong()).as("a resend is kept once").isEqualTo(applied.get("seq").asLong());

            ada.send(object("type", "checkpoint", "clientOpId", "ada:1", "label", "Mine"));
            assertThat(ada.await("rejected").get("code").asString()).isEqualTo("FORBIDDEN");
            bo.send(object("type", "checkpoint", "clientOpId", "bo:1", "label", "Mine"));
            assertThat(bo.await("rejected").get("code").asString()).isEqualTo("FORBIDDEN");
            lead.send(object("type", "checkpoint", "clientOpId", "lead:2", "label", "   "));
            JsonNode blank = lead.await("rejected");
            assertThat(blank.get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(blank.get("clientOpId").asString()).isEqualTo("lead:2");

            String path = "/api/boards/" + board.id() + "/checkpoints";
            Api.Response rest = api.post(path, "{\"label\":\"Timeline agreed\"}", board.facilitator());
            assertThat(rest.status()).as(rest.body()).isEqualTo(201);
            assertThat(rest.json().get("checkpoint").get("label").asString()).isEqualTo("Timeline agreed");
            assertThat(rest.json().get("checkpoint").get("by").asString()).isEqualTo("facilitator (API)");
            assertThat(bo.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asLong() == rest.json().get("seq").asLong(),
                    "the REST checkpoint").get("ops").get(0).get("label").asString()).isEqualTo("Timeline agreed");

            assertThat(api.post(path, "{\"label\":\"Mine\"}", board.participant()).status()).isEqualTo(403);
            assertThat(api.post(path, "{\"label\":\"Mine\"}", board.observer()).status()).isEqualTo(403);
            Api.Response empty = api.post(path, "{\"label\":\"\"}", board.facilitator());
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.json().get("field").asString()).isEqualTo("label");
            Api.Response extra = api.post(path, "{\"label\":\"x\",\"seq\":3}", board.facilitator());
            assertThat(extra.status()).isEqualTo(400);
            Api.Response tooLong = api.post(path, "{\"label\":\"" + "x".repeat(201) + "\"}", board.facilitator());
            assertThat(tooLong.status()).isEqualTo(400);

            JsonNode list = api.get(path, board.observer()).json().get("checkpoints");
            assertThat(list).extracting(c -> c.get("label").asString()).containsExactly("Before the break", "Timeline agreed");
            assertThat(list).extracting(c -> c.get("kind").asString()).containsExactly("manual", "manual");

            Api.Response missing = api.get(path + "/999", board.observer());
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("code").asString()).isEqualTo("CHECKPOINT_NOT_FOUND");
            Api.Response notANumber = api.get(path + "/latest/diff", board.observer());
            assertThat(notANumber.status()).isEqualTo(400);
            assertThat(notANumber.json().get("field").asString()).isEqualTo("seq");
            assertThat(api.get(path, null).status()).isEqualTo(401);
        }
    }

    /** The acceptance rule of the feature: a batch of the op log replayed up to a checkpoint's seq equals the checkpoint. */
    @Test
    void everyCheckpointIsTheWallAsItStoodThenWhateverCameAfter() {
        Api.TestBoard board = api.createBoard("Replay", "process-level");
        api.post("/api/boards/" + board.id() + "/gating", "{\"lifted\":true}", board.facilitator());
        String event = UUID.randomUUID().toString(), command = UUID.randomUUID().toString(), hotspot = UUID.randomUUID().toString();
        String arrow = UUID.randomUUID().toString(), policy = UUID.randomUUID().toString();
        List<Object[]> steps = List.of(
                new Object[] {create(event, "event", "Order Placed", 0, 0), create(command, "command", "Place Order", -200, 0),
                        object("op", "create", "element", object("id", arrow, "kind", "arrow", "from", command, "to", event, "label", "results in"))},
                new Object[] {object("op", "update", "id", event, "set", object("props", object("fields",
                        object("f1", object("name", "orderId", "type", "id", "at", 1), "f2", object("name", "total", "type", "money", "at", 2)))))},
                new Object[] {create(hotspot, "hotspot", "Who pays shipping?", 0, 200),
                        object("op", "update", "id", hotspot, "set", object("props", object("status", "resolved", "owner", "Grace")))},
                new Object[] {object("op", "update", "id", event, "set", object("props", object("fields", object("f1", null,
                        "f3", object("name", "currency", "type", "text", "at", 3))))),
                        object("op", "update", "id", hotspot, "set", object("props", object("owner", null), "w", 300, "z", 99))},
                new Object[] {object("op", "update", "id", command, "set", object("kind", "policy", "text", "When Paid, then Ship")),
                        create(policy, "policy", "When Shipped, then Notify", 300, 300)},
                new Object[] {object("op", "delete", "id", command)},
                new Object[] {object("op", "update", "id", event, "set", object("x", 10.25, "y", -3.5, "text", "Order Was Placed"))});
        Map<Long, JsonNode> walls = new LinkedHashMap<>();
        int n = 0;
        for (Object[] step : steps) {
            Api.Response edited = api.ops(board.id(), board.participant(), "step-" + n++, step);
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            JsonNode then = wall(board);
            Api.Response taken = api.post("/api/boards/" + board.id() + "/checkpoints", "{\"label\":\"After step " + n + "\"}", board.facilitator());
            walls.put(taken.json().get("seq").asLong(), then);
        }
        api.ops(board.id(), board.participant(), "after", object("op", "delete", "id", event), object("op", "delete", "id", hotspot));
        walls.forEach((seq, then) -> {
            JsonNode at = api.get("/api/boards/" + board.id() + "/checkpoints/" + seq, board.observer()).json();
            assertThat(byId(at)).as("checkpoint at seq " + seq).isEqualTo(byId(then));
            assertThat(at.get("elements").toString()).as("in the order the live wall lists them").isEqualTo(then.get("elements").toString());
        });
    }

    @Test
    void anImportedBoardReplaysFromItsFirstWallAndANewBoardStartsFromACheckpoint() {
        Api.TestBoard source = api.createBoard("Source", "free");
        String kept = UUID.randomUUID().toString();
        api.ops(source.id(), source.participant(), "s1", create(kept, "event", "Invoice Sent", 0, 0),
                create(UUID.randomUUID().toString(), "event", "Invoice Paid", 200, 0));
        api.ops(source.id(), source.participant(), "s2", object("op", "update", "id", kept, "set", object("x", 40)));
        Api.Response imported = api.post("/api/boards/import", api.get("/api/boards/" + source.id() + "/export.json", source.observer()).body());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String id = imported.json().get("id").asString();
        String facilitator = imported.json().get("tokens").get("facilitator").asString();
        String observer = imported.json().get("tokens").get("observer").asString();
        api.ops(id, facilitator, "i1", object("op", "update", "id", kept, "set", object("text", "Invoice Issued")));
        JsonNode then = api.get("/api/boards/" + id, observer).json();
        Api.Response taken = api.post("/api/boards/" + id + "/checkpoints", "{\"label\":\"Renamed\"}", facilitator);
        assertThat(taken.json().get("seq").asLong()).as("the import kept the exported seq").isEqualTo(4);
        long seq = taken.json().get("seq").asLong();
        api.ops(id, facilitator, "i2", object("op", "delete", "id", kept));

        JsonNode at = api.get("/api/boards/" + id + "/checkpoints/" + seq, observer).json();
        assertThat(byId(at)).isEqualTo(byId(then));

        JsonNode file = api.get("/api/boards/" + id + "/checkpoints/" + seq + "/export.json", observer).json();
        assertThat(file.get("seq").asLong()).isEqualTo(seq);
        assertThat(file.get("elements").toString()).isEqualTo(then.get("elements").toString());
        Api.Response photo = api.get("/api/boards/" + id + "/checkpoints/" + seq + "/export.svg", observer);
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.body()).contains(">Issued<").doesNotContain("Invoice Sent");
        assertThat(api.get("/api/boards/" + id + "/checkpoints/" + seq + "/export.md", observer).body()).contains("Invoice Issued");

        assertThat(api.post("/api/boards/" + id + "/checkpoints/" + seq + "/board", "{}", observer).status()).isEqualTo(403);
        Api.Response fresh = api.post("/api/boards/" + id + "/checkpoints/" + seq + "/board", "{}", facilitator);
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(201);
        assertThat(fresh.json().get("title").asString()).isEqualTo("Source · Renamed");
        assertThat(fresh.json().get("format").asString()).isEqualTo("free");
        assertThat(fresh.json().get("continuedFrom").get("seq").asLong()).isEqualTo(seq);
        String freshId = fresh.json().get("id").asString();
        String freshObserver = fresh.json().get("tokens").get("observer").asString();
        assertThat(byId(api.get("/api/boards/" + freshId, freshObserver).json())).isEqualTo(byId(then));

        // the new board's own checkpoints replay from the wall it started with
        String freshFacilitator = fresh.json().get("tokens").get("facilitator").asString();
        api.ops(freshId, freshFacilitator, "f1", create(UUID.randomUUID().toString(), "event", "Reminder Sent", 0, 300));
        JsonNode freshThen = api.get("/api/boards/" + freshId, freshObserver).json();
        long freshSeq = api.post("/api/boards/" + freshId + "/checkpoints", "{\"label\":\"One more\"}", freshFacilitator).json().get("seq").asLong();
        assertThat(byId(api.get("/api/boards/" + freshId + "/checkpoints/" + freshSeq, freshObserver).json())).isEqualTo(byId(freshThen));
    }

    @Test
    void theFirstWallIsNobodysBatchAndABoardWithoutOneSaysItCantReplay() throws Exception {
        Api.TestBoard source = api.createBoard("Seeded", "free");
        api.ops(source.id(), source.participant(), "s1", create(UUID.randomUUID().toString(), "event", "Invoice Sent", 0, 0));
        api.ops(source.id(), source.participant(), "s2", create(UUID.randomUUID().toString(), "event", "Invoice Paid", 0, 200));
        JsonNode imported = api.post("/api/boards/import", api.get("/api/boards/" + source.id() + "/export.json", source.observer()).body()).json();
        String id = imported.get("id").asString();
        String facilitator = imported.get("tokens").get("facilitator").asString();
        // a client claiming to have seen less than the board started with is not handed its first wall as a batch
        try (WsClient late = WsClient.join(port, id, imported.get("tokens").get("observer").asString(), "late", 1L)) {
            late.send(object("type", "ping", "t", 1));
            late.await("pong");
            assertThat(late.received()).noneMatch(m -> "applied".equals(m.path("type").asString()));
        }

        // a board continued before its first wall was kept in the op log
        JsonNode continued = api.post("/api/boards/" + source.id() + "/continue", "{\"format\":\"free\"}", source.facilitator()).json();
        String old = continued.get("id").asString();
        String oldFacilitator = continued.get("tokens").get("facilitator").asString();
        try (var connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from op_log where origin = 'seed' and board_id = '" + old + "'");
        }
        long seq = api.post("/api/boards/" + old + "/checkpoints", "{\"label\":\"Later\"}", oldFacilitator).json().get("seq").asLong();
        Api.Response unavailable = api.get("/api/boards/" + old + "/checkpoints/" + seq, oldFacilitator);
        assertThat(unavailable.status()).isEqualTo(409);
        assertThat(unavailable.json().get("code").asString()).isEqualTo("CHECKPOINT_UNAVAILABLE");
        assertThat(api.get("/api/boards/" + old + "/checkpoints", oldFacilitator).json().get("checkpoints")).hasSize(1);
        assertThat(api.get("/api/boards/" + id + "/checkpoints", facilitator).json().get("checkpoints")).isEmpty();
    }

    private JsonNode wall(Api.TestBoard board) {
        return api.get("/api/boards/" + board.id(), board.observer()).json();
    }

    private static void edit(WsClient client, String clientOpId, Object... ops) {
        client.send(object("type", "ops", "clientOpId", clientOpId, "ops", List.of(ops)));
        JsonNode answer = client.await(m -> clientOpId.equals(m.path("clientOpId").asString()), "the answer to " + clientOpId);
        assertThat(answer.get("type").asString()).as(answer.toString()).isEqualTo("applied");
    }

    private static Map<String, Object> create(String id, String kind, String text, double x, double y) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", x, "y", y));
    }

    private static Map<String, JsonNode> byId(JsonNode board) {
        Map<String, JsonNode> elements = new LinkedHashMap<>();
        board.get("elements").forEach(e -> elements.put(e.get("id").asString(), e));
        return elements;
    }

    private static List<String> ids(JsonNode elements) {
        List<String> ids = new ArrayList<>();
        elements.forEach(e -> ids.add(e.get("id").asString()));
        return ids;
    }
}
