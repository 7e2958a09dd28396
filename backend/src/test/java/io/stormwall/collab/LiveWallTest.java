package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WallReplica;
import io.stormwall.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@StormwallTest
class LiveWallTest {

    private final int port;
    private final Api api;

    LiveWallTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void everyClientReceivesEachAcceptedBatchAndTheSenderTakesItAsItsAck() {
        Api.TestBoard board = api.createBoard("Fan-out", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient grace = WsClient.join(port, board.id(), board.observer(), "grace", null)) {
            assertThat(ada.await("snapshot").get("elements")).isEmpty();
            String id = UUID.randomUUID().toString();

            ada.send(object("type", "ops", "clientOpId", "ada:1", "ops", List.of(createEvent(id, "Order Placed"))));

            JsonNode ack = ada.await("applied");
            JsonNode seen = grace.await("applied");
            assertThat(ack.get("clientOpId").asString()).isEqualTo("ada:1");
            assertThat(ack.get("origin").asString()).as("the sender's origin, never its secret client id")
                    .isEqualTo(ada.origin()).hasSize(22).doesNotContain(WsClient.secret("ada"));
            assertThat(ack.has("clientId")).isFalse();
            assertThat(grace.origin()).isNotEqualTo(ada.origin());
            assertThat(ack.get("seq").asLong()).isEqualTo(1);
            assertThat(seen.get("seq").asLong()).isEqualTo(1);
            JsonNode element = seen.get("ops").get(0).get("element");
            assertThat(element.get("text").asString()).isEqualTo("Order Placed");
            assertThat(element.get("version").asInt()).isEqualTo(1);
            assertThat(element.get("updatedBy").asString()).isEqualTo("ada");
        }
    }

    @Test
    void textInAnyScriptReachesOthersAsItWasWritten() {
        Api.TestBoard board = api.createBoard("Scripts", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient grace = WsClient.join(port, board.id(), board.observer(), "grace", null)) {
            grace.await("snapshot");
            // accents, a CJK name, an emoji outside the Basic Multilingual Plane: every message is sent as UTF-8 bytes
            String text = "Zahlung bestätigt · 支払い完了 🧾";
            ada.send(object("type", "ops", "clientOpId", "ada:1", "ops", List.of(createEvent(UUID.randomUUID().toString(), text))));

            assertThat(grace.await("applied").get("ops").get(0).get("element").get("text").asString()).isEqualTo(text);
        }
    }

    @Test
    void tenClientsEditingTheSameElementsConvergeOnTheDatabasesState() throws Exception {
        Api.TestBoard board = api.createBoard("Storm", "free");
        List<String> ids = new ArrayList<>();
        List<Object> creates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            creates.add(createEvent(id, "Event " + i));
        }
        api.ops(board.id(), board.participant(), "setup", creates.toArray());

        int clients = 10;
        int batchesEach = 30;
        List<WsClient> sockets = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sockets.add(WsClient.join(port, board.id(), board.participant(), "client-" + c, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                WsClient socket = sockets.get(c);
                int client = c;
                running.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int b = 0; b < batchesEach; b++) {
                        String id = ids.get(random.nextInt(ids.size()));
                        socket.send(object("type", "ops", "clientOpId", client + ":" + b, "ops", List.of(
                                object("op", "update", "id", id, "set", object("x", random.nextInt(1000), "text", "by " + client)))));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long expectedSeq = 1 + (long) clients * batchesEach;

        List<WallReplica> replicas = new ArrayList<>();
        for (WsClient socket : sockets) {
            WallReplica replica = new WallReplica();
            socket.await(m -> {
                replica.accept(m);
                return replica.seq() == expectedSeq;
            }, "the last batch, seq " + expectedSeq);
            replicas.add(replica);
            socket.close();
        }
        Map<String, String> database = databaseState(board);
        assertThat(database.values()).noneMatch(e -> e.endsWith("|{}|1"));
        for (WallReplica replica : replicas) {
            assertThat(replica.state()).isEqualTo(database);
        }
    }

    @Test
    void aRejoiningClientReceivesExactlyTheBatchesItMissed() {
        Api.TestBoard board = api.createBoard("Catch-up", "free");
        api.ops(board.id(), board.participant(), "1", createEvent(UUID.randomUUID().toString(), "Before"));
        long lastSeen;
        try (WsClient client = WsClient.join(port, board.id(), board.participant(), "leaver", null)) {
            lastSeen = client.await("snapshot").get("seq").asLong();
        }
        api.ops(board.id(), board.participant(), "2", createEvent(UUID.randomUUID().toString(), "Missed one"));
        api.ops(board.id(), board.participant(), "3", createEvent(UUID.randomUUID().toString(), "Missed two"));

        try (WsClient back = WsClient.connect(port)) {
            back.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.participant(),
                    "clientId", WsClient.secret("leaver"), "lastSeq", lastSeen));
            JsonNode welcome = back.await("welcome");
            assertThat(welcome.get("catchUp").asString()).isEqualTo("ops");
            assertThat(back.await("applied").get("seq").asLong()).isEqualTo(lastSeen + 1);
            assertThat(back.await("applied").get("seq").asLong()).isEqualTo(lastSeen + 2);
            api.ops(board.id(), board.participant(), "4", createEvent(UUID.randomUUID().toString(), "Live again"));
            assertThat(back.await("applied").get("seq").asLong()).isEqualTo(lastSeen + 3);
            assertThat(back.received()).noneMatch(m -> m.path("type").asString().equals("snapshot"));
        }
    }

    @Test
    void aBatchResentAfterAReconnectIsAppliedOnce() {
        Api.TestBoard board = api.createBoard("Resend", "free");
        Map<String, Object> batch = object("type", "ops", "clientOpId", "tab:7", "ops", List.of(createEvent(UUID.randomUUID().toString(), "Once")));
        try (WsClient first = WsClient.join(port, board.id(), board.participant(), "tab", null)) {
            first.send(batch);
            first.await("applied");
        }
        try (WsClient again = WsClient.join(port, board.id(), board.participant(), "tab", 1L)) {
            again.send(batch);
            JsonNode ack = again.await("ack");
            assertThat(ack.get("seq").asLong()).isEqualTo(1);
            assertThat(ack.get("duplicate").asBoolean()).isTrue();
        }
        JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(wall.get("elements")).hasSize(1);
        assertThat(wall.get("seq").asLong()).isEqualTo(1);
    }

    @Test
    void observersWatchButCannotEdit() {
        Api.TestBoard board = api.createBoard("Watch", "free");
        try (WsClient observer = WsClient.join(port, board.id(), board.observer(), "watcher", null)) {
            assertThat(observer.welcome().get("role").asString()).isEqualTo("observer");
            observer.send(object("type", "ops", "clientOpId", "w1", "ops", List.of(createEvent(UUID.randomUUID().toString(), "Sneaky"))));
            JsonNode rejected = observer.await("rejected");
            assertThat(rejected.get("code").asString()).isEqualTo("FORBIDDEN");
            assertThat(rejected.get("clientOpId").asString()).isEqualTo("w1");
        }
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("seq").asLong()).isZero();
    }

    @Test
    void aWrongTokenCannotJoin() {
        Api.TestBoard board = api.createBoard("Locked", "free");
        Api.TestBoard other = api.createBoard("Other", "free");
        for (String token : new String[] {"guess", other.facilitator()}) {
            try (WsClient stranger = WsClient.connect(port)) {
                stranger.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", token,
                        "clientId", WsClient.secret("stranger")));
                assertThat(stranger.awaitClose()).isEqualTo(4401);
                assertThat(stranger.received()).noneMatch(m -> m.path("type").asString().equals("welcome"));
            }
        }
    }

    /**
     * A client of version 1 (short client id, no origin to recognise its batches by) is told the versions, not that
     * its client id is too short: the version is looked at before anything else of the join.
     */
    @Test
    void aJoinOfAnotherProtocolVersionIsToldSoAndClosedWith4426() {
        Api.TestBoard board = api.createBoard("Versions", "free");
        Map<String, Object> versionOne = object("type", "join", "protocol", 1, "boardId", board.id(), "token", board.participant(), "clientId", "c-7d2e9a");
        Map<String, Object> unversioned = object("type", "join", "boardId", board.id(), "token", board.participant(), "clientId", "c-7d2e9a");
        Map<String, Object> versionTwo = object("type", "join", "protocol", 2, "boardId", board.id(), "token", board.participant(), "clientId", "c-7d2e9a");
        Map<String, Object> newer = object("type", "join", "protocol", 4, "boardId", board.id(), "token", board.participant(), "clientId", "c-7d2e9a");
        Map<Map<String, Object>, String> told = Map.of(
                versionOne, "Protocol 1 is no longer supported; this server speaks 3",
                unversioned, "Protocol 1 is no longer supported; this server speaks 3",
                versionTwo, "Protocol 2 is no longer supported; this server speaks 3",
                newer, "Protocol 4 is not supported; this server speaks 3");
        told.forEach((join, message) -> {
            try (WsClient other = WsClient.connect(port)) {
                other.send(join);
                JsonNode error = other.await("error");
                assertThat(error.get("code").asString()).isEqualTo("PROTOCOL_MISMATCH");
                assertThat(error.get("message").asString()).startsWith(message);
                assertThat(other.awaitClose()).isEqualTo(4426);
                assertThat(other.received()).noneMatch(m -> m.path("type").asString().equals("welcome"));
            }
        });
        try (WsClient current = WsClient.join(port, board.id(), board.participant(), "current", null)) {
            assertThat(current.welcome().get("protocol").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aClientIdMustBeALongSecret() {
        Api.TestBoard board = api.createBoard("Secrets", "free");
        Map<String, String> refused = Map.of(
                "short-id", "'clientId' must be at least 16 characters long.",
                "x".repeat(101), "'clientId' must be at most 100 characters long.",
                "sixteen or more but spaced", "'clientId'");
        refused.forEach((clientId, reason) -> {
            try (WsClient client = WsClient.connect(port)) {
                client.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.participant(),
                        "clientId", clientId));
                JsonNode error = client.await("error");
                assertThat(error.get("code").asString()).isEqualTo("INVALID_MESSAGE");
                assertThat(error.get("message").asString()).as(clientId).contains("clientId", reason);
                assertThat(client.awaitClose()).isEqualTo(4400);
            }
        });
    }

    @Test
    void hostileInputGetsClearErrorsAndChangesNothing() {
        Api.TestBoard board = api.createBoard("Hostile", "free");
        String existing = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "seed", createEvent(existing, "Keep me"));
        Map<String, String> before = databaseState(board);

        try (WsClient client = WsClient.join(port, board.id(), board.participant(), "hostile", null)) {
            client.sendText("{not json");
            assertThat(client.await("error").get("code").asString()).isEqualTo("MALFORMED_MESSAGE");
            client.sendText("{\"type\":\"teleport\"}");
            assertThat(client.await("error").get("code").asString()).isEqualTo("UNKNOWN_TYPE");
            client.sendText("[1,2,3]");
            assertThat(client.await("error").get("code").asString()).isEqualTo("INVALID_MESSAGE");
            client.send(object("type", "ops", "clientOpId", 42, "ops", List.of()));
            assertThat(client.await("error").get("code").asString()).isEqualTo("INVALID_MESSAGE");

            client.send(object("type", "ops", "clientOpId", "h1", "ops", "not a list"));
            assertThat(client.await("rejected").get("field").asString()).isEqualTo("ops");
            client.send(object("type", "ops", "clientOpId", "h2", "ops", List.of(
                    object("op", "update", "id", UUID.randomUUID().toString(), "set", object("x", 1)))));
            assertThat(client.await("rejected").get("code").asString()).isEqualTo("ELEMENT_NOT_FOUND");
            client.send(object("type", "ops", "clientOpId", "h3", "ops", List.of(
                    object("op", "create", "element", object("kind", "arrow", "from", existing, "to", UUID.randomUUID().toString())))));
            assertThat(client.await("rejected").get("field").asString()).isEqualTo("ops[0].element.to");
            client.send(object("type", "ops", "clientOpId", "h4", "ops", List.of(
                    object("op", "update", "id", existing, "set", object("x", "left")))));
            assertThat(client.await("rejected").get("field").asString()).isEqualTo("ops[0].set.x");
            client.sendText("{\"type\":\"ops\",\"clientOpId\":\"h5\",\"ops\":[{\"op\":\"update\",\"id\":\"" + existing + "\",\"set\":{\"x\":1e999}}]}");
            assertThat(client.await("rejected").get("field").asString()).isEqualTo("ops[0].set.x");

            client.send(object("type", "ping", "t", 5));
            assertThat(client.await("pong").get("t").asInt()).isEqualTo(5);
            client.sendText("{\"type\":\"ops\",\"clientOpId\":\"huge\",\"ops\":[],\"pad\":\"" + "x".repeat(300_000) + "\"}");
            assertThat(client.awaitClose()).isEqualTo(1009);
        }
        assertThat(databaseState(board)).isEqualTo(before);
        assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aClientOpIdOutsideTheRuleIsAnErrorThatKeepsTheConnection() {
        Api.TestBoard board = api.createBoard("Op ids", "free");
        try (WsClient client = WsClient.join(port, board.id(), board.facilitator(), "ids", null)) {
            for (Object bad : new Object[] {"", "   ", "o".repeat(101), 42, List.of("a")}) {
                for (Map<String, Object> message : List.of(object("type", "ops", "clientOpId", bad, "ops", List.of(createEvent(UUID.randomUUID().toString(), "No"))),
                        object("type", "freeze", "clientOpId", bad, "frozen", true))) {
                    client.send(message);
                    JsonNode error = client.await("error");
                    assertThat(error.get("code").asString()).as("%s", message).isEqualTo("INVALID_MESSAGE");
                    assertThat(error.get("message").asString()).contains("'clientOpId'");
                }
            }
            String longest = "o".repeat(100);
            client.send(object("type", "ops", "clientOpId", longest, "ops", List.of(createEvent(UUID.randomUUID().toString(), "Yes"))));

            JsonNode applied = client.await("applied");
            assertThat(applied.get("clientOpId").asString()).isEqualTo(longest);
            assertThat(applied.get("seq").asLong()).isEqualTo(1);
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void aNameOthersCannotReadIsRefusedWithTheReasonAndTheSpacesAroundOneAreDropped() {
        Api.TestBoard board = api.createBoard("Names", "free");
        String rule = "'name' breaks its rule: A person's name as others see it: 1-60 characters, not only spaces, no control characters or direction overrides.";
        Map<Object, String> refused = Map.of(
                "   ", rule,
                "n".repeat(61), "'name' must be at most 60 characters long.",
                42, "'name' must be text.",
                "Ada\nLovelace", rule,
                "Ada\u202Eecalevol", rule);
        refused.forEach((name, reason) -> {
            try (WsClient client = WsClient.connect(port)) {
                client.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.participant(),
                        "clientId", WsClient.secret("n"), "name", name, "colour", "#1971c2"));
                JsonNode error = client.await("error");
                assertThat(error.get("code").asString()).isEqualTo("INVALID_MESSAGE");
                assertThat(error.get("message").asString()).as("%s", name).endsWith(reason);
                assertThat(client.awaitClose()).isEqualTo(4400);
            }
        });
        try (WsClient watcher = WsClient.join(port, board.id(), board.observer(), "watcher", null);
                WsClient client = WsClient.connect(port)) {
            client.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.participant(),
                    "clientId", WsClient.secret("n"), "name", "  Ünal Çelik 🙂 ", "colour", "#1971c2"));
            assertThat(client.awaitWelcome().welcome().get("role").asString()).isEqualTo("participant");
            assertThat(watcher.await("participantJoined").get("participant").get("name").asString()).isEqualTo("Ünal Çelik 🙂");
        }
    }

    @Test
    void aConnectionMustJoinFirst() {
        try (WsClient client = WsClient.connect(port)) {
            client.send(object("type", "ops", "clientOpId", "x", "ops", List.of()));
            assertThat(client.await("error").get("code").asString()).isEqualTo("NOT_JOINED");
            assertThat(client.awaitClose()).isEqualTo(4400);
        }
    }

    @Test
    void presenceReachesOthersAndALeaverDisappears() {
        Api.TestBoard board = api.createBoard("Presence", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            String adaSession = ada.welcome().get("sessionId").asString();
            WsClient grace = WsClient.join(port, board.id(), board.participant(), "grace", null);
            JsonNode joined = ada.await("participantJoined");
            String graceSession = joined.get("participant").get("sessionId").asString();
            assertThat(joined.get("participant").get("name").asString()).isEqualTo("grace");

            for (int i = 0; i < 50; i++) {
                grace.send(object("type", "presence", "cursor", object("x", i, "y", 2 * i), "selection", List.of(), "editing", null));
            }
            JsonNode last = ada.await(m -> m.path("type").asString().equals("presence")
                    && m.get("updates").get(0).get("cursor").get("x").asInt() == 49, "grace's last cursor");
            assertThat(last.get("updates").get(0).get("sessionId").asString()).isEqualTo(graceSession);
            long presenceMessages = ada.received().stream().filter(m -> m.path("type").asString().equals("presence")).count();
            assertThat(presenceMessages).as("coalesced, not one per update").isLessThan(50);

            grace.close();
            assertThat(ada.await("participantLeft").get("sessionId").asString()).isEqualTo(graceSession);
            assertThat(adaSession).isNotEqualTo(graceSession);
        }
    }

    static Map<String, Object> createEvent(String id, String text) {
        return object("op", "create", "element", object("id", id, "kind", "event", "text", text));
    }

    private Map<String, String> databaseState(Api.TestBoard board) {
        Map<String, String> state = new TreeMap<>();
        api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")
                .forEach(e -> state.put(e.get("id").asString(), WallReplica.essentials(e)));
        return state;
    }
}
