package io.stormwall.security;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.Node;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.TestDatabase;
import io.stormwall.support.WsClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Every configurable limit refuses what passes it with its documented code, and nothing more. */
@StormwallTest
@TestPropertySource(properties = {
    "stormwall.collab.messages-per-second=5", "stormwall.collab.message-burst=10",
    "stormwall.collab.edits-per-second=2", "stormwall.collab.edit-burst=3",
    "stormwall.collab.max-connections-per-board=2", "stormwall.collab.max-connections-per-address=6",
    "stormwall.wall.max-elements=5"})
class LimitsTest {

    private final Api api;
    private final int port;

    LimitsTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aFloodOfMessagesIsRateLimitedWhileTheConnectionStays() {
        Api.TestBoard board = api.createBoard("Flood", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            for (int i = 0; i < 30; i++) {
                ada.send(object("type", "ping", "t", i));
            }
            JsonNode limited = ada.await("error");
            assertThat(limited.get("code").asString()).isEqualTo("RATE_LIMITED");
            assertThat(limited.get("message").asString()).contains("at most 5 a second");
            long pongs = ada.received().stream().filter(m -> "pong".equals(m.path("type").asString())).count();
            assertThat(pongs).isLessThan(30);

            // the bucket refills: the same connection is answered again
            assertThat(pingUntilAnswered(ada)).isTrue();
            assertThat(ada.isClosed()).isFalse();
        }
    }

    @Test
    void aBatchDroppedOverTheMessageRateIsNamedByItsClientOpId() {
        Api.TestBoard board = api.createBoard("Batch flood", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            for (int i = 0; i < 30; i++) {
                ada.send(object("type", "ops", "clientOpId", "m" + i, "ops", List.of()));
            }
            JsonNode dropped = ada.await("error");
            assertThat(dropped.get("code").asString()).isEqualTo("RATE_LIMITED");
            // the browser sends it again by this name (protocol.md): it is the batch's id, not a field at fault
            assertThat(dropped.get("clientOpId").asString()).startsWith("m");
            assertThat(dropped.has("field")).isFalse();
        }
    }

    @Test
    void aFloodOfEditsIsRejectedBatchByBatch() {
        Api.TestBoard board = api.createBoard("Edit flood", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            for (int i = 0; i < 6; i++) {
                ada.send(object("type", "ops", "clientOpId", "e" + i, "ops", List.of()));
            }
            JsonNode rejected = ada.await("rejected");
            assertThat(rejected.get("code").asString()).isEqualTo("RATE_LIMITED");
            assertThat(rejected.get("clientOpId").asString()).startsWith("e");
            assertThat(ada.isClosed()).isFalse();
        }
    }

    @Test
    void aBoardTakesItsMaximumOfConnectionsAndRefusesTheNextWith4429() {
        Api.TestBoard board = api.createBoard("Crowded", "free");
        try (WsClient one = WsClient.join(port, board.id(), board.participant(), "one", null);
                WsClient two = WsClient.join(port, board.id(), board.observer(), "two", null);
                WsClient three = WsClient.connect(port)) {
            three.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.participant(),
                    "clientId", WsClient.secret("three")));
            JsonNode error = three.await("error");
            assertThat(error.get("code").asString()).isEqualTo("TOO_MANY_CONNECTIONS");
            assertThat(error.get("message").asString()).contains("stormwall.collab.max-connections-per-board");
            assertThat(three.awaitClose()).isEqualTo(4429);
            assertThat(one.received()).noneMatch(m -> "participantJoined".equals(m.path("type").asString())
                    && "three".equals(m.path("participant").path("name").asString()));
        }
        // once they have gone, the board has room again
        try (WsClient again = WsClient.join(port, board.id(), board.participant(), "again", null)) {
            assertThat(again.welcome().get("role").asString()).isEqualTo("participant");
        }
    }

    @Test
    void oneAddressTakesItsMaximumOfConnections() {
        List<WsClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                open.add(WsClient.connect(port));
            }
            try (WsClient seventh = WsClient.connect(port)) {
                assertThat(seventh.await("error").get("code").asString()).isEqualTo("TOO_MANY_CONNECTIONS");
                assertThat(seventh.awaitClose()).isEqualTo(4429);
            }
            open.remove(0).close();
            WsClient replacement = awaitAdmitted();
            open.add(replacement);
        } finally {
            open.forEach(WsClient::close);
        }
    }

    @Test
    void aBoardHoldsAtMostItsConfiguredElements() {
        Api.TestBoard board = api.createBoard("Small wall", "free");
        Object[] four = new Object[4];
        for (int i = 0; i < 4; i++) {
            four[i] = object("op", "create", "element", object("kind", "event", "text", "E" + i));
        }
        assertThat(api.ops(board.id(), board.participant(), "four", four).status()).isEqualTo(200);
        Api.Response full = api.ops(board.id(), board.participant(), "two-more", four[0], four[1]);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().get("code").asString()).isEqualTo("BOARD_FULL");
        assertThat(full.json().get("detail").asString()).contains("at most 5 elements");
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")).hasSize(4);
    }

    @Test
    void anAdminTokenGuardsBoardCreationAndTheInstanceHoldsItsMaximumOfBoards() throws Exception {
        long boards;
        try (Connection db = TestDatabase.get().connect(); ResultSet rs = db.createStatement().executeQuery("select count(*) from board")) {
            rs.next();
            boards = rs.getLong(1);
        }
        try (Node guarded = Node.start(nodeArgs("--stormwall.security.admin-token=open-sesame", "--stormwall.board.max-boards=" + (boards + 1)))) {
            Api guardedApi = guarded.api();
            String body = "{\"title\":\"Guarded\"}";
            assertThat(guardedApi.post("/api/boards", body).json().get("code").asString()).isEqualTo("ADMIN_TOKEN_REQUIRED");
            Api.Response wrong = guardedApi.post("/api/boards", body, "open-sesam");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).doesNotContain("open-sesam");
            String file = "{\"schemaVersion\":1,\"meta\":{\"title\":\"Imported\",\"format\":\"free\","
                    + "\"createdAt\":\"2026-11-23T09:00:00Z\",\"exportedAt\":\"2026-11-23T10:00:00Z\"},"
                    + "\"phase\":{\"index\":1,\"id\":\"free\",\"name\":\"Free modelling\"},\"gatingLifted\":false,"
                    + "\"frozen\":false,\"seq\":0,\"elements\":[],\"phaseHistory\":[]}";
            assertThat(guardedApi.post("/api/boards/import", file).json().get("code").asString())
                    .as("an import creates a board like POST /api/boards").isEqualTo("ADMIN_TOKEN_REQUIRED");
            Api.Response created = guardedApi.post("/api/boards", body, "open-sesame");
            assertThat(created.status()).isEqualTo(201);
            Api.Response full = guardedApi.post("/api/boards", body, "open-sesame");
            assertThat(full.status()).isEqualTo(409);
            assertThat(full.json().get("code").asString()).isEqualTo("INSTANCE_FULL");
            assertThat(full.json().get("detail").asString()).contains("stormwall.board.max-boards");
            assertThat(guardedApi.post("/api/boards/import", file, "open-sesame").json().get("code").asString()).isEqualTo("INSTANCE_FULL");
            String id = created.json().get("id").asString();
            String facilitator = created.json().get("tokens").get("facilitator").asString();
            Api.Response continued = guardedApi.post("/api/boards/" + id + "/continue", "{}", facilitator);
            assertThat(continued.json().get("code").asString()).as("continuing creates a board too").isEqualTo("INSTANCE_FULL");
        }
    }

    private static String[] nodeArgs(String... extra) {
        TestDatabase db = TestDatabase.get();
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** The server counts a closed connection down when it has seen the close: try until it has. */
    private WsClient awaitAdmitted() {
        return await("a freed connection slot").atMost(WsClient.DEADLINE).pollInterval(Duration.ofMillis(20))
                .until(this::admitted, Optional::isPresent).get();
    }

    /** A connection the server answers a ping on, or empty (and closed) when it was refused. */
    private Optional<WsClient> admitted() {
        WsClient candidate = WsClient.connect(port);
        candidate.send(object("type", "ping", "t", 1));
        JsonNode answer = candidate.await(m -> m.has("type"), "an answer to the ping");
        if ("pong".equals(answer.get("type").asString())) {
            return Optional.of(candidate);
        }
        candidate.close();
        return Optional.empty();
    }

    /** Pings until one is answered (the bucket refills at 5 a second), within the deadline. */
    private static boolean pingUntilAnswered(WsClient client) {
        AtomicInteger t = new AtomicInteger(1000);
        return await("a ping answered").atMost(WsClient.DEADLINE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    int sent = t.getAndIncrement();
                    client.send(object("type", "ping", "t", sent));
                    JsonNode answer = client.await(m -> "pong".equals(m.path("type").asString()) && m.get("t").asInt() >= 1000
                            || "error".equals(m.path("type").asString()), "an answer to ping " + sent);
                    return "pong".equals(answer.get("type").asString());
                }, answered -> answered);
    }
}
