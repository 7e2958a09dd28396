package io.stormwall.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.Json;
import io.stormwall.support.Node;
import io.stormwall.support.TcpProxy;
import io.stormwall.support.TestDatabase;
import io.stormwall.support.WsClient;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * While PostgreSQL can't be reached, REST calls and health answer 503 at once instead of hanging, live batches are
 * answered with an error naming them, and once it is back everything works and no acknowledged edit is lost.
 */
class DatabaseOutageTest {

    @Test
    void aLostDatabaseIsAnswered503AndNothingAcknowledgedIsLost() {
        TestDatabase db = TestDatabase.get();
        InetSocketAddress postgres = db.serverAddress();
        try (TcpProxy proxy = new TcpProxy(postgres.getHostString(), postgres.getPort());
                Node node = Node.start("--spring.datasource.url=" + db.urlThrough(proxy.port()),
                        "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password())) {
            Api api = node.api();
            Api.TestBoard board = api.createBoard("Outage", "free");
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                acknowledged.addAll(createOverRest(api, board, "before-" + i));
            }

            try (WsClient live = WsClient.join(node.port(), board.id(), board.participant(), "live-" + UUID.randomUUID(), null)) {
                live.await("snapshot");
                // messages of one connection are read in turn: the pong says the join is wholly done
                live.send(Json.object("type", "ping", "t", 1));
                live.await("pong");
                proxy.cut();

                await().atMost(WsClient.DEADLINE).untilAsserted(() -> {
                    Api.Response refused = api.ops(board.id(), board.participant(), "during-" + UUID.randomUUID(),
                            createEvent(UUID.randomUUID().toString()));
                    assertThat(refused.status()).isEqualTo(503);
                    assertThat(refused.json().get("code").asString()).isEqualTo("DATABASE_UNAVAILABLE");
                    assertThat(refused.header("Retry-After")).hasValue("5");
                });
                Api.Response read = api.get("/api/boards/" + board.id(), board.observer());
                assertThat(read.status()).isEqualTo(503);
                assertThat(read.json().get("code").asString()).isEqualTo("DATABASE_UNAVAILABLE");
                await().atMost(WsClient.DEADLINE).untilAsserted(() ->
                        assertThat(api.get("/actuator/health").status()).isEqualTo(503));

                // a live batch that can't be stored is named in the error, and the connection closes so that no
                // later batch overtakes it: the client resends
                live.send(Json.object("type", "ops", "clientOpId", "live-during", "ops",
                        List.of(createEvent(UUID.randomUUID().toString()))));
                JsonNode error = live.await("error");
                assertThat(error.get("code").asString()).as(error.toString()).isEqualTo("DATABASE_UNAVAILABLE");
                assertThat(error.get("clientOpId").asString()).isEqualTo("live-during");
                assertThat(live.awaitClose()).isEqualTo(4503);
            }

            proxy.restore();
            await().atMost(WsClient.DEADLINE).untilAsserted(() ->
                    assertThat(api.get("/actuator/health").status()).isEqualTo(200));
            for (int i = 0; i < 3; i++) {
                acknowledged.addAll(createOverRest(api, board, "after-" + i));
            }

            JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
            List<String> onTheWall = new ArrayList<>();
            wall.get("elements").forEach(e -> onTheWall.add(e.get("id").asString()));
            assertThat(onTheWall).containsAll(acknowledged);
        }
    }

    private static List<String> createOverRest(Api api, Api.TestBoard board, String clientOpId) {
        String id = UUID.randomUUID().toString();
        Api.Response answer = api.ops(board.id(), board.participant(), clientOpId, createEvent(id));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return List.of(id);
    }

    private static Object createEvent(String id) {
        return Json.object("op", "create", "element", Json.object("id", id, "kind", "event", "text", "Outage " + id.substring(0, 4)));
    }
}
