package io.stormwall.collab;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The golden messages of docs/protocol/examples.json, played against the real server: what it accepts and what it
 * answers must have exactly the shape of the examples (the browser app's tests check the same file).
 */
@StormwallTest
class ProtocolGoldenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The secrets behind the examples' facilitator (Grace) and observer batches. */
    private static final String FACILITATOR_SECRET = "5b7e0d3c-9a41-4f0c-8e2d-6a1b9c4f7e35";
    private static final String OBSERVER_SECRET = "2c9f6e1a-0b5e-4d11-a7c3-8e5b2f0d9a46";

    private final int port;
    private final Api api;
    private final JsonNode client;
    private final JsonNode server;

    ProtocolGoldenTest(@LocalServerPort int port) throws Exception {
        this.port = port;
        this.api = new Api(port);
        JsonNode examples = JSON.readTree(Files.readString(Path.of("..", "docs", "protocol", "examples.json")));
        this.client = examples.get("client");
        this.server = examples.get("server");
    }

    @Test
    void theServerSpeaksExactlyTheDocumentedMessages() {
        Api.TestBoard board = api.createBoard("Golden", "free");
        try (WsClient ada = join(board, board.participant(), "joinFresh");
                WsClient watcher = joinAs(board, board.observer(), OBSERVER_SECRET, "Watcher")) {
            assertShape(ada.welcome(), "welcome");
            assertThat(ada.welcome().get("origin").asString()).as("what the server derives from the secret client id")
                    .isEqualTo(origin(board.id(), client.get("joinFresh").get("clientId").asString()));
            assertShape(ada.await("snapshot"), "snapshot", "elements");
            assertShape(ada.await("participantJoined"), "participantJoined");

            ada.send(client.get("opsCreate"));
            JsonNode applied = ada.await("applied");
            assertShape(applied, "applied");
            assertThat(applied.get("clientOpId")).isEqualTo(client.get("opsCreate").get("clientOpId"));
            assertThat(applied.get("origin").asString()).isEqualTo(ada.welcome().get("origin").asString());

            ada.send(client.get("opsMixed"));
            JsonNode rejected = ada.await("rejected");
            assertThat(rejected).isEqualTo(server.get("rejected"));

            ada.send(client.get("opsCreate"));
            JsonNode ack = ada.await("ack");
            assertThat(shape(ack)).isEqualTo(shape(server.get("ack")));

            ObjectNode mixedWithoutTheMissingDelete = (ObjectNode) client.get("opsMixed").deepCopy();
            mixedWithoutTheMissingDelete.put("clientOpId", "op-20");
            mixedWithoutTheMissingDelete.set("ops", withoutLast(client.get("opsMixed").get("ops")));
            ada.send(mixedWithoutTheMissingDelete);
            assertThat(ada.await("applied").get("ops")).hasSize(3);

            ObjectNode move = JSON.createObjectNode().put("type", "ops").put("clientOpId", "op-21");
            move.set("ops", JSON.readTree("[{\"op\":\"update\",\"id\":\"2b0e8f7a-5c4d-4e3f-8a1b-9c0d1e2f3a4b\",\"set\":{\"x\":140}},"
                    + "{\"op\":\"delete\",\"id\":\"7e6d5c4b-3a29-4817-8695-a4b3c2d1e0f9\"}]"));
            ada.send(move);
            JsonNode updateDelete = ada.await(m -> "applied".equals(m.path("type").asString())
                    && "op-21".equals(m.path("clientOpId").asString()), "the update and delete");
            assertShape(updateDelete, "appliedUpdateDelete");

            watcher.send(((ObjectNode) client.get("opsCreate").deepCopy()).put("clientOpId", "op-1"));
            JsonNode forbidden = watcher.await("rejected");
            assertThat(forbidden).isEqualTo(server.get("rejectedForbidden"));

            ada.send(client.get("presence"));
            assertShape(watcher.await("presence"), "presence");
            ada.send(client.get("presenceDragging"));
            JsonNode dragging = watcher.await(m -> "presence".equals(m.path("type").asString())
                    && !m.get("updates").get(0).get("drag").isNull(), "a drag preview");
            JsonNode preview = dragging.get("updates").get(0).get("drag").get(0);
            JsonNode sent = client.get("presenceDragging").get("drag").get(0);
            assertThat(preview.get("id")).isEqualTo(sent.get("id"));
            assertThat(preview.get("x").asDouble()).isEqualTo(sent.get("x").asDouble());
            assertThat(preview.get("y").asDouble()).isEqualTo(sent.get("y").asDouble());

            ada.send(client.get("ping"));
            assertThat(ada.await("pong")).isEqualTo(server.get("pong"));
            ada.sendText("{not json");
            assertThat(ada.await("error")).isEqualTo(server.get("error"));

            String adaSession = ada.welcome().get("sessionId").asString();
            ada.close();
            JsonNode left = watcher.await("participantLeft");
            assertShape(left, "participantLeft");
            assertThat(left.get("sessionId").asString()).isEqualTo(adaSession);
        }
    }

    @Test
    void theFacilitatorsControlsAndTheirRefusalsAreAsDocumented() {
        Api.TestBoard board = api.createBoard("Golden phases", "process-level");
        try (WsClient grace = joinAs(board, board.facilitator(), FACILITATOR_SECRET, "Grace");
                WsClient ada = join(board, board.participant(), "joinFresh")) {
            ada.send(client.get("opsMixed"));
            assertThat(ada.await("rejected")).isEqualTo(server.get("rejectedPhaseLocked"));

            grace.send(client.get("phaseNext"));
            JsonNode phase = ada.await("applied");
            assertShape(phase, "appliedPhase");
            assertThat(phase.get("ops")).isEqualTo(server.get("appliedPhase").get("ops"));
            assertThat(phase.get("clientOpId")).isEqualTo(server.get("appliedPhase").get("clientOpId"));

            grace.send(client.get("phaseTo"));
            assertThat(ada.await("applied").get("ops").get(0).get("to").asInt()).isEqualTo(client.get("phaseTo").get("index").asInt());

            grace.send(client.get("gatingLift"));
            JsonNode gating = ada.await("applied");
            assertShape(gating, "appliedGating");
            assertThat(gating.get("ops")).isEqualTo(server.get("appliedGating").get("ops"));

            grace.send(client.get("freeze"));
            JsonNode freeze = ada.await("applied");
            assertShape(freeze, "appliedFreeze");
            assertThat(freeze.get("ops")).isEqualTo(server.get("appliedFreeze").get("ops"));

            ada.send(client.get("opsCreate"));
            assertThat(ada.await("rejected")).isEqualTo(server.get("rejectedWallFrozen"));

            grace.send(client.get("timerStart"));
            JsonNode started = ada.await("applied");
            assertShape(started, "appliedTimer");
            assertThat(started.get("ops").get(0).get("timer").get("durationMs").asLong())
                    .isEqualTo(client.get("timerStart").get("seconds").asLong() * 1000);

            grace.send(client.get("timerPause"));
            assertShape(ada.await("applied"), "appliedTimerPaused");

            grace.send(client.get("timerExtend"));
            JsonNode extended = ada.await("applied").get("ops").get(0).get("timer");
            assertThat(extended.get("durationMs").asLong()).isEqualTo(1_200_000);

            grace.send(client.get("summon"));
            JsonNode summoned = ada.await("applied");
            assertShape(summoned, "appliedSummon");
            assertThat(summoned.get("ops")).isEqualTo(server.get("appliedSummon").get("ops"));
        }
    }

    @Test
    void theCoachsMessagesAreAsDocumented() {
        Api.TestBoard board = api.createBoard("Golden coach", "free");
        try (WsClient grace = joinAs(board, board.facilitator(), FACILITATOR_SECRET, "Grace");
                WsClient ada = join(board, board.participant(), "joinFresh")) {
            ObjectNode sends = (ObjectNode) client.get("opsCreate").deepCopy();
            ((ObjectNode) sends.get("ops").get(0).get("element")).put("text", "Invoice Sends");
            ada.await("checks"); // the whole list on joining, empty; then what changes
            ada.send(sends);
            ada.await(m -> "checksChanged".equals(m.path("type").asString()) && !m.get("added").isEmpty(),
                    "the finding added");
            JsonNode checks;
            try (WsClient late = WsClient.join(port, board.id(), board.observer(), "late", null)) {
                checks = late.await("checks");
            }
            assertShape(checks, "checks");
            JsonNode finding = checks.get("findings").get(0);
            JsonNode documented = server.get("checks").get("findings").get(0);
            for (String field : List.of("key", "rule", "severity", "elements", "message", "hint", "accepted")) {
                assertThat(finding.get(field)).as(field).isEqualTo(documented.get(field));
            }

            grace.send(client.get("accept"));
            JsonNode accepted = ada.await(m -> "applied".equals(m.path("type").asString())
                    && "op-9".equals(m.path("clientOpId").asString()), "the acceptance");
            assertShape(accepted, "appliedAccept");
            assertThat(accepted.get("ops")).isEqualTo(server.get("appliedAccept").get("ops"));
            assertShape(ada.await(m -> "checksChanged".equals(m.path("type").asString())
                    && !m.get("added").get(0).get("accepted").isNull(), "the accepted finding"), "checksChanged", "removed");

            grace.send(client.get("coachOff"));
            JsonNode off = ada.await(m -> "applied".equals(m.path("type").asString())
                    && "op-8".equals(m.path("clientOpId").asString()), "the switch");
            assertShape(off, "appliedCoach");
            assertThat(off.get("ops")).isEqualTo(server.get("appliedCoach").get("ops"));
            JsonNode silent = ada.await(m -> "checks".equals(m.path("type").asString()) && !m.get("enabled").asBoolean(),
                    "checks switched off");
            assertShape(silent, "checksOff", "findings");
            assertThat(silent.get("findings")).isEmpty();
        }
    }

    @Test
    void dotVotingIsAsDocumentedAndAVoteReachesOthersOnlyAsItsStandIn() {
        Api.TestBoard board = api.createBoard("Golden voting", "free");
        try (WsClient grace = joinAs(board, board.facilitator(), FACILITATOR_SECRET, "Grace");
                WsClient ada = join(board, board.participant(), "joinFresh")) {
            ada.send(client.get("opsCreate"));
            ada.await("applied");

            grace.send(client.get("votingOpen"));
            JsonNode opened = ada.await(m -> "applied".equals(m.path("type").asString())
                    && "op-10".equals(m.path("clientOpId").asString()), "the round opened");
            assertShape(opened, "appliedVotingOpen");
            assertThat(opened.get("ops")).isEqualTo(server.get("appliedVotingOpen").get("ops"));

            ada.send(client.get("vote"));
            JsonNode own = ada.await(m -> "applied".equals(m.path("type").asString())
                    && "op-30".equals(m.path("clientOpId").asString()), "the vote");
            JsonNode seen = grace.await(m -> "applied".equals(m.path("type").asString())
                    && "op-30".equals(m.path("clientOpId").asString()), "the vote's stand-in");
            assertShape(own, "appliedVote");
            assertShape(seen, "appliedVoteSeenByOthers");
            assertThat(own.get("ops").get(0)).isEqualTo(server.get("appliedVote").get("ops").get(0));
            assertThat(seen.get("ops").get(0).get("person").asString()).isEqualTo(ada.personId());

            for (String id : List.of("op-32", "op-33")) {
                ada.send(((ObjectNode) client.get("vote").deepCopy()).put("clientOpId", id));
            }
            ada.send(((ObjectNode) client.get("vote").deepCopy()).put("clientOpId", "op-34"));
            JsonNode spent = ada.await("rejected");
            assertThat(spent.get("code")).isEqualTo(server.get("rejectedVoteBudget").get("code"));
            assertThat(spent.get("message")).isEqualTo(server.get("rejectedVoteBudget").get("message"));

            ada.send(client.get("unvote"));
            ada.await(m -> "op-31".equals(m.path("clientOpId").asString()), "the vote taken back");

            grace.send(client.get("votingReveal"));
            JsonNode revealed = ada.await(m -> "applied".equals(m.path("type").asString())
                    && "op-11".equals(m.path("clientOpId").asString()), "the reveal");
            assertShape(revealed, "appliedVotingReveal");
            assertThat(revealed.at("/ops/0/voting/tally/0/element")).isEqualTo(server.get("appliedVotingReveal").at("/ops/0/voting/tally/0/element"));
            assertThat(revealed.at("/ops/0/voting/tally/0/votes").asInt()).as("three placed, one taken back").isEqualTo(2);

            grace.send(client.get("votingClose"));
            assertThat(ada.await(m -> "op-12".equals(m.path("clientOpId").asString()), "the close").at("/ops/0/voting/state")
                    .asString()).isEqualTo("closed");
        }
    }

    @Test
    void aRejoinWithLastSeqIsAnsweredAsDocumented() {
        Api.TestBoard board = api.createBoard("Golden rejoin", "free");
        try (WsClient back = WsClient.connect(port)) {
            ObjectNode join = (ObjectNode) client.get("join").deepCopy();
            back.send(join.put("boardId", board.id()).put("token", board.participant()).put("lastSeq", 0));
            JsonNode welcome = back.await("welcome");
            assertShape(welcome, "welcome");
            assertThat(welcome.get("catchUp").asString()).isEqualTo("none");
        }
    }

    @Test
    void aClientOfTheFormerVersionIsToldTheVersionsAsDocumented() {
        Api.TestBoard board = api.createBoard("Golden versions", "free");
        try (WsClient old = WsClient.connect(port)) {
            ObjectNode join = (ObjectNode) client.get("joinFresh").deepCopy();
            old.send(join.put("boardId", board.id()).put("token", board.participant()).put("protocol", 1).put("clientId", "c-7d2e9a"));
            assertThat(old.await("error")).isEqualTo(server.get("errorProtocol"));
            assertThat(old.awaitClose()).isEqualTo(4426);
        }
    }

    @Test
    void aScriptsBatchAppearsWithItsRolesOrigin() {
        Api.TestBoard board = api.createBoard("Golden script", "free");
        try (WsClient ada = join(board, board.participant(), "joinFresh")) {
            api.ops(board.id(), board.participant(), "script-1", JSON.convertValue(
                    client.get("opsCreate").get("ops").get(0), java.util.Map.class));
            JsonNode applied = ada.await("applied");
            assertShape(applied, "appliedRest");
            assertThat(applied.get("origin")).isEqualTo(server.get("appliedRest").get("origin"));
        }
    }

    /** Computed here independently of the server: URL-safe base64 of SHA-256 over "boardId:clientId", 22 characters. */
    private static String origin(String boardId, String clientId) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((boardId + ":" + clientId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private WsClient join(Api.TestBoard board, String token, String example) {
        WsClient socket = WsClient.connect(port);
        ObjectNode join = (ObjectNode) client.get(example).deepCopy();
        socket.send(join.put("boardId", board.id()).put("token", token));
        return socket.awaitWelcome();
    }

    private WsClient joinAs(Api.TestBoard board, String token, String clientId, String name) {
        WsClient socket = WsClient.connect(port);
        ObjectNode join = (ObjectNode) client.get("joinFresh").deepCopy();
        socket.send(join.put("boardId", board.id()).put("token", token).put("clientId", clientId).put("name", name));
        return socket.awaitWelcome();
    }

    private void assertShape(JsonNode actual, String example, String... emptyArraysAllowed) {
        Map<String, Object> expected = shape(server.get(example));
        Map<String, Object> got = shape(actual);
        for (String field : emptyArraysAllowed) {
            if (actual.get(field).isEmpty()) {
                expected.remove(field);
                got.remove(field);
            }
        }
        assertThat(got).as(example + ": " + actual).isEqualTo(expected);
    }

    /** Field names and value types, recursively; arrays by their first item. */
    private static Map<String, Object> shape(JsonNode node) {
        Map<String, Object> shape = new TreeMap<>();
        node.properties().forEach(field -> shape.put(field.getKey(), shapeOf(field.getValue())));
        return shape;
    }

    private static Object shapeOf(JsonNode value) {
        if (value.isObject()) {
            return shape(value);
        }
        if (value.isArray()) {
            return value.isEmpty() ? "[]" : List.of(shapeOf(value.get(0)));
        }
        return value.isNumber() ? "number" : value.getNodeType().toString();
    }

    private static JsonNode withoutLast(JsonNode ops) {
        ArrayNode copy = (ArrayNode) ops.deepCopy();
        copy.remove(copy.size() - 1);
        return copy;
    }
}
