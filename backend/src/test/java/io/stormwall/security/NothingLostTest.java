package io.stormwall.security;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.Node;
import io.stormwall.support.TestDatabase;
import io.stormwall.support.WsClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No acknowledged edit is lost: not when the server restarts while clients edit, nor when a connection drops
 * mid-batch and the client resends after reconnecting.
 */
class NothingLostTest {

    private static final int CLIENTS = 3;

    private volatile int port;

    @Test
    void aRestartDuringAnEditStormLosesNoAcknowledgedEdit() throws Exception {
        Node first = Node.onTestDatabase();
        port = first.port();
        Api.TestBoard board = first.api().createBoard("Storm", "free");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> editors = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String clientId = "editor-" + c;
            editors.add(pool.submit(() -> edit(board, clientId, acknowledged, stop)));
        }
        Node second;
        try {
            awaitCount(acknowledged, 30);
            first.close();
            second = Node.onTestDatabase();
            port = second.port();
            int before = acknowledged.size();
            awaitCount(acknowledged, before + 30);
        } finally {
            stop.set(true);
        }
        for (Future<?> editor : editors) {
            editor.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        try (second) {
            Set<String> logged = opLog(board.id());
            assertThat(logged).as("every acknowledged batch is in the op log").containsAll(acknowledged);
            JsonNode wall = second.api().get("/api/boards/" + board.id(), board.observer()).json();
            // each batch creates one sticky: the wall holds exactly one per acknowledged batch, none twice
            assertThat(wall.get("elements")).hasSize(acknowledged.size());
            assertThat(logged).hasSize(acknowledged.size());
        }
    }

    @Test
    void aBatchWhoseConnectionDroppedMidwayIsResentAndAppliedOnce() throws Exception {
        try (Node node = Node.onTestDatabase()) {
            port = node.port();
            Api.TestBoard board = node.api().createBoard("Dropped", "free");
            Map<String, Object> batch = object("type", "ops", "clientOpId", "tab:1", "ops",
                    List.of(object("op", "create", "element", object("kind", "event", "text", "Sent as the line dropped"))));
            WsClient dropping = WsClient.join(port, board.id(), board.participant(), "tab", null);
            dropping.send(batch);
            dropping.abort();

            try (WsClient again = WsClient.join(port, board.id(), board.participant(), "tab", 0L)) {
                again.send(batch);
                JsonNode answer = again.await(m -> ("ack".equals(m.path("type").asString()) || "applied".equals(m.path("type").asString()))
                        && "tab:1".equals(m.path("clientOpId").asString()), "the resent batch's answer");
                assertThat(answer.get("seq").asLong()).isEqualTo(1);
            }
            JsonNode wall = node.api().get("/api/boards/" + board.id(), board.observer()).json();
            assertThat(wall.get("elements")).hasSize(1);
            assertThat(wall.get("seq").asLong()).isEqualTo(1);
        }
    }

    /** One editor: a batch at a time, resent after every reconnect until it is answered. */
    private void edit(Api.TestBoard board, String clientId, Set<String> acknowledged, AtomicBoolean stop) {
        WsClient client = null;
        int n = 0;
        while (!stop.get()) {
            String clientOpId = clientId + ":" + (++n);
            Map<String, Object> batch = object("type", "ops", "clientOpId", clientOpId, "ops",
                    List.of(object("op", "create", "element", object("id", UUID.randomUUID().toString(), "kind", "event", "text", clientOpId))));
            while (true) {
                if (client == null || client.isClosed()) {
                    client = connect(board, clientId);
                    if (client == null) {
                        continue;
                    }
                }
                client.send(batch);
                if (answered(client, clientOpId)) {
                    acknowledged.add(client.origin() + "/" + clientOpId);
                    break;
                }
            }
        }
        if (client != null) {
            client.close();
        }
    }

    private WsClient connect(Api.TestBoard board, String clientId) {
        try {
            return WsClient.join(port, board.id(), board.participant(), clientId, null);
        } catch (RuntimeException | AssertionError down) {
            backOff();
            return null;
        }
    }

    /** As a browser does between reconnect attempts while the server is away. */
    private static void backOff() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when the batch was applied or acknowledged as a duplicate; false when the connection closed first. */
    private static boolean answered(WsClient client, String clientOpId) {
        // a short poll interval rather than a spin: the server under test needs the machine's cores
        return await("an answer to " + clientOpId).atMost(WsClient.DEADLINE).pollInterval(Duration.ofMillis(2))
                .until(() -> answer(client, clientOpId), Optional::isPresent).get();
    }

    private static Optional<Boolean> answer(WsClient client, String clientOpId) {
        for (JsonNode m : client.received()) {
            String type = m.path("type").asString();
            if (("applied".equals(type) || "ack".equals(type)) && clientOpId.equals(m.path("clientOpId").asString())) {
                return Optional.of(true);
            }
        }
        return client.isClosed() ? Optional.of(false) : Optional.empty();
    }

    private static void awaitCount(Set<String> acknowledged, int count) {
        await(count + " acknowledged batches").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> acknowledged.size() >= count);
    }

    private static Set<String> opLog(String boardId) throws Exception {
        Set<String> logged = ConcurrentHashMap.newKeySet();
        try (Connection db = TestDatabase.get().connect();
                PreparedStatement q = db.prepareStatement("select origin, client_op_id from op_log where board_id = ?")) {
            q.setObject(1, UUID.fromString(boardId));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    logged.add(rs.getString(1) + "/" + rs.getString(2));
                }
            }
        }
        return logged;
    }
}
