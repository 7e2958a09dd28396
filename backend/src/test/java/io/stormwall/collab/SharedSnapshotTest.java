package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Joins of a board that stays at one seq share one read of the wall, yet each still gets exactly what it may see:
 * the first joiner's own unseen stickies and dots never reach the next ones, the next ones' own are added to what
 * they share, and a join after an edit gets the edited wall.
 */
@StormwallTest
class SharedSnapshotTest {

    private static final String LONG = "A sticky text long enough that the wall's snapshot passes the size worth compressing. ";

    private final int port;
    private final Api api;

    SharedSnapshotTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void whatTheFirstJoinerAloneMaySeeNeverReachesTheJoinsThatShareTheirRead() {
        Api.TestBoard board = api.createBoard("Shared snapshot", "big-picture");
        List<Object> ops = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ops.add(create(UUID.randomUUID().toString(), LONG + i, i * 10));
        }
        api.ops(board.id(), board.facilitator(), "fill", ops.toArray());
        assertThat(api.post("/api/boards/" + board.id() + "/silent", "{\"on\":true}", board.facilitator()).status()).isEqualTo(200);
        String secret = UUID.randomUUID().toString();
        String bobsSecret = UUID.randomUUID().toString();
        // the facilitator stays, so the room (and what it last read) stays between the joins below
        try (WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace")) {
            try (WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada", "ada");
                    WsClient bob = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob")) {
                ada.send(object("type", "ops", "clientOpId", "a1", "ops", List.of(create(secret, "Secret supplier switched", 0))));
                awaitApplied(ada, "a1");
                bob.send(object("type", "ops", "clientOpId", "b1", "ops", List.of(create(bobsSecret, "Bob's parcel lost", 0))));
                awaitApplied(bob, "b1");
            }
            long seq = api.get("/api/boards/" + board.id() + "?elements=false", board.observer()).json().get("seq").asLong();

            try (WsClient adaBack = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-2", "ada");
                    WsClient carol = WsClient.joinAsPerson(port, board.id(), board.participant(), "carol", "carol");
                    WsClient bobBack = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob-2", "bob");
                    WsClient dave = joinCompressed(board, "dave")) {
                JsonNode adas = adaBack.await("snapshot");
                assertThat(adas.get("seq").asLong()).isEqualTo(seq);
                assertThat(adas.get("unseen").toString()).isEqualTo("[\"" + secret + "\"]");
                assertThat(adas.get("elements")).hasSize(101);
                assertThat(adas.toString()).doesNotContain(bobsSecret);

                JsonNode bobs = bobBack.await("snapshot");
                assertThat(bobs.get("unseen").toString()).isEqualTo("[\"" + bobsSecret + "\"]");
                assertThat(bobs.toString()).doesNotContain(secret);

                for (WsClient other : List.of(carol, dave)) {
                    JsonNode theirs = other.await("snapshot");
                    assertThat(theirs.get("seq").asLong()).isEqualTo(seq);
                    assertThat(theirs.get("elements")).hasSize(100);
                    assertThat(theirs.has("unseen")).isFalse();
                    assertThat(theirs.toString()).doesNotContain(secret).doesNotContain(bobsSecret);
                }
                assertThat(dave.binaryMessages()).as("the shared wall, compressed").isEqualTo(1);
            }

            String added = UUID.randomUUID().toString();
            api.ops(board.id(), board.facilitator(), "after", create(added, "Order Placed", 900));
            try (WsClient late = WsClient.joinAsPerson(port, board.id(), board.participant(), "erin", "erin")) {
                JsonNode theirs = late.await("snapshot");
                assertThat(theirs.get("seq").asLong()).isEqualTo(seq + 1);
                assertThat(theirs.get("elements").toString()).contains(added);
            }
        }
    }

    private WsClient joinCompressed(Api.TestBoard board, String person) {
        WsClient client = WsClient.connect(port, "?snapshot=gzip");
        client.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.participant(),
                "clientId", WsClient.secret(person), "personKey", WsClient.secret("person:" + person), "name", person));
        return client.awaitWelcome();
    }

    private static Object create(String id, String text, int x) {
        return object("op", "create", "element", object("id", id, "kind", "event", "text", text, "x", x, "y", 0));
    }

    private static void awaitApplied(WsClient client, String clientOpId) {
        Predicate<JsonNode> wanted = m -> "applied".equals(m.path("type").asString()) && clientOpId.equals(m.path("clientOpId").asString());
        client.await(wanted, "the applied " + clientOpId);
    }
}
