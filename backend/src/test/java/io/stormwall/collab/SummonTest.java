package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Follow and summon: presence carries what each person has on screen, and the facilitator's summon is an act of the
 * board's order, broadcast to everyone and kept in the op log, that nobody else may send.
 */
@StormwallTest
class SummonTest {

    private static final Object VIEW = object("x", 400, "y", -250, "w", 1600, "h", 900);

    private final int port;
    private final Api api;

    SummonTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void presenceCarriesWhatEachPersonHasOnScreen() {
        Api.TestBoard board = api.createBoard("Following", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient bob = WsClient.join(port, board.id(), board.participant(), "bob", null)) {
            ada.send(object("type", "presence", "viewport", object("x", -120.5, "y", 40, "w", 1440, "h", 810)));
            JsonNode update = bob.await(m -> "presence".equals(m.path("type").asString())
                    && m.get("updates").get(0).get("viewport").isObject(), "Ada's viewport").get("updates").get(0);
            assertThat(update.get("name").asString()).isEqualTo("ada");
            assertThat(update.get("viewport").get("x").asDouble()).isEqualTo(-120.5);
            assertThat(update.get("viewport").get("w").asDouble()).isEqualTo(1440);

            ada.send(object("type", "presence", "cursor", object("x", 1, "y", 2)));
            JsonNode without = bob.await(m -> "presence".equals(m.path("type").asString())
                    && m.get("updates").get(0).get("cursor").isObject(), "a presence without a viewport").get("updates").get(0);
            assertThat(without.get("viewport").isNull()).as("a field left out is null").isTrue();

            ada.send(object("type", "presence", "viewport", object("x", 0, "y", 0, "w", 0, "h", 810)));
            JsonNode error = ada.await("error");
            assertThat(error.get("code").asString()).isEqualTo("INVALID_MESSAGE");
            assertThat(error.get("field").asString()).isEqualTo("viewport.w");
        }
    }

    @Test
    void theFacilitatorsSummonReachesEveryoneAndIsKeptInTheOpLog() {
        Api.TestBoard board = api.createBoard("Summoned", "free");
        try (WsClient grace = WsClient.join(port, board.id(), board.facilitator(), "Grace", null);
                WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient watcher = WsClient.join(port, board.id(), board.observer(), "watcher", null)) {
            grace.send(object("type", "summon", "clientOpId", "grace:1", "viewport", VIEW));
            JsonNode own = grace.await("applied");
            assertThat(own.get("origin").asString()).isEqualTo(grace.origin());
            assertThat(own.get("clientOpId").asString()).isEqualTo("grace:1");
            for (WsClient other : List.of(ada, watcher)) {
                JsonNode applied = other.await("applied");
                assertThat(applied.get("by").asString()).isEqualTo("Grace");
                assertThat(applied.get("seq").asLong()).isEqualTo(own.get("seq").asLong());
                JsonNode op = applied.get("ops").get(0);
                assertThat(op.get("op").asString()).isEqualTo("summon");
                assertThat(op.get("viewport").get("x").asDouble()).isEqualTo(400);
                assertThat(op.get("viewport").get("h").asDouble()).isEqualTo(900);
            }

            grace.send(object("type", "summon", "clientOpId", "grace:1", "viewport", VIEW));
            JsonNode again = grace.await("ack");
            assertThat(again.get("duplicate").asBoolean()).as("a resent summon is not applied twice").isTrue();
            assertThat(again.get("seq").asLong()).isEqualTo(own.get("seq").asLong());

            // the op log keeps it: a client catching up from before it is sent the same batch
            try (WsClient late = WsClient.join(port, board.id(), board.observer(), "late", own.get("seq").asLong() - 1)) {
                assertThat(late.welcome().get("catchUp").asString()).isEqualTo("ops");
                JsonNode caughtUp = late.await("applied");
                assertThat(caughtUp.get("ops").get(0).get("op").asString()).isEqualTo("summon");
                assertThat(caughtUp.get("by").asString()).isEqualTo("Grace");
            }
            assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("seq").asLong())
                    .isEqualTo(own.get("seq").asLong());
        }
    }

    @Test
    void onlyTheFacilitatorSummons() {
        Api.TestBoard board = api.createBoard("Nobody else summons", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient watcher = WsClient.join(port, board.id(), board.observer(), "watcher", null)) {
            for (WsClient who : List.of(ada, watcher)) {
                who.send(object("type", "summon", "clientOpId", "try:1", "viewport", VIEW));
                JsonNode rejected = who.await("rejected");
                assertThat(rejected.get("code").asString()).isEqualTo("FORBIDDEN");
                assertThat(rejected.get("clientOpId").asString()).isEqualTo("try:1");
            }
        }
        for (String token : List.of(board.participant(), board.observer())) {
            Api.Response response = api.post("/api/boards/" + board.id() + "/summon", "{\"viewport\":{\"x\":0,\"y\":0,\"w\":800,\"h\":600}}", token);
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("seq").asLong()).isZero();
    }

    @Test
    void aSummonOverRestReachesTheLiveWallAndABadViewportIsRefusedByName() {
        Api.TestBoard board = api.createBoard("Summoned by script", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            Api.Response done = api.post("/api/boards/" + board.id() + "/summon", "{\"viewport\":{\"x\":10,\"y\":20,\"w\":800,\"h\":600}}",
                    board.facilitator());
            assertThat(done.status()).isEqualTo(200);
            assertThat(done.json().get("seq").asLong()).isEqualTo(1);
            assertThat(done.json().get("duplicate").asBoolean()).isFalse();
            JsonNode applied = ada.await("applied");
            assertThat(applied.get("origin").asString()).isEqualTo("rest:facilitator");
            assertThat(applied.get("ops").get(0).get("viewport").get("w").asDouble()).isEqualTo(800);

            Api.Response bad = api.post("/api/boards/" + board.id() + "/summon", "{\"viewport\":{\"x\":10,\"y\":20,\"w\":800}}",
                    board.facilitator());
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(bad.json().get("field").asString()).isEqualTo("viewport.h");

            ada.send(object("type", "ping", "t", 1));
            ada.await("pong");
            try (WsClient grace = WsClient.join(port, board.id(), board.facilitator(), "Grace", null)) {
                grace.send(object("type", "summon", "clientOpId", "grace:1", "viewport", object("x", 2e6, "y", 0, "w", 800, "h", 600)));
                JsonNode rejected = grace.await("rejected");
                assertThat(rejected.get("code").asString()).isEqualTo("VALIDATION_FAILED");
                assertThat(rejected.get("field").asString()).isEqualTo("viewport.x");
            }
        }
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("seq").asLong()).isEqualTo(1);
    }
}
