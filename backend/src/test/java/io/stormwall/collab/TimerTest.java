package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The facilitator's countdown: held by the server, so every client, also a reconnecting one, counts to one end. */
@StormwallTest
class TimerTest {

    private final int port;
    private final Api api;

    TimerTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void theTimerStartsPausesResumesExtendsAndResetsOnTheServersClock() {
        Api.TestBoard board = api.createBoard("Timeboxes", "process-level");
        try (WsClient watcher = WsClient.join(port, board.id(), board.observer(), "watcher", null)) {
            JsonNode started = timer(board, "{\"action\":\"start\",\"seconds\":600}");
            assertThat(started.get("timer").get("state").asString()).isEqualTo("running");
            assertThat(started.get("timer").get("durationMs").asLong()).isEqualTo(600_000);
            JsonNode applied = watcher.await("applied");
            Instant at = Instant.parse(applied.get("at").asString());
            assertThat(endsAt(started)).isEqualTo(at.plusSeconds(600));
            assertThat(applied.get("ops").get(0).get("action").asString()).isEqualTo("start");
            assertThat(applied.get("ops").get(0).get("timer")).isEqualTo(started.get("timer"));
            assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("timer")).isEqualTo(started.get("timer"));

            JsonNode paused = timer(board, "{\"action\":\"pause\"}").get("timer");
            Instant pausedAt = Instant.parse(watcher.await("applied").get("at").asString());
            assertThat(paused.get("state").asString()).isEqualTo("paused");
            assertThat(paused.has("endsAt")).isFalse();
            long left = paused.get("remainingMs").asLong();
            assertThat(left).isEqualTo(Duration.between(pausedAt, endsAt(started)).toMillis());

            JsonNode resumed = timer(board, "{\"action\":\"resume\"}");
            Instant resumedAt = Instant.parse(watcher.await("applied").get("at").asString());
            assertThat(endsAt(resumed)).isEqualTo(resumedAt.plusMillis(left));

            JsonNode extended = timer(board, "{\"action\":\"extend\",\"seconds\":120}");
            assertThat(endsAt(extended)).isEqualTo(endsAt(resumed).plusSeconds(120));
            assertThat(extended.get("timer").get("durationMs").asLong()).isEqualTo(720_000);

            JsonNode reset = timer(board, "{\"action\":\"reset\"}");
            assertThat(reset.get("timer").toString()).isEqualTo("{\"state\":\"idle\"}");
            assertThat(api.get("/api/boards/" + board.id(), board.participant()).json().get("timer").get("state").asString())
                    .isEqualTo("idle");
        }
    }

    @Test
    void startingWithoutALengthCountsDownThePhasesTimebox() {
        Api.TestBoard board = api.createBoard("Default timebox", "process-level");
        JsonNode started = timer(board, "{\"action\":\"start\"}");
        assertThat(started.get("timer").get("durationMs").asLong()).isEqualTo(Duration.ofMinutes(25).toMillis());
    }

    @Test
    void impossibleTimerActsAreRefusedNamingWhyAndChangeNothing() {
        Api.TestBoard board = api.createBoard("Bad timer", "process-level");
        refused(board, "{\"action\":\"pause\"}", "action", "The timer is not running.");
        refused(board, "{\"action\":\"resume\"}", "action", "The timer is not paused.");
        refused(board, "{\"action\":\"extend\",\"seconds\":60}", "action", "There is no timer to extend; start one.");
        // the body is held to the schema's timerControl, as the live timer message is to timer: the same words
        refused(board, "{\"action\":\"start\",\"seconds\":0}", "seconds", "'seconds' must have a minimum value of 1.");
        refused(board, "{\"action\":\"start\",\"seconds\":86401}", "seconds", "'seconds' must have a maximum value of 86400.");
        refused(board, "{\"action\":\"start\",\"seconds\":\"ten\"}", "seconds", "'seconds' must be a whole number.");
        refused(board, "{\"action\":\"extend\"}", "seconds", "'seconds' must be a whole number from 1 to 86400.");
        refused(board, "{\"action\":\"pause\",\"seconds\":5}", "seconds", "Only \"start\" and \"extend\" take 'seconds'.");
        refused(board, "{\"action\":\"stop\"}", "action",
                "'action' does not have a value in the enumeration [\"start\", \"pause\", \"resume\", \"extend\", \"reset\"].");
        refused(board, "{\"action\":\"start\",\"minutes\":5}", "minutes", "Unknown field 'minutes'.");
        JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(wall.get("seq").asLong()).isZero();
        assertThat(wall.get("timer").get("state").asString()).isEqualTo("idle");
    }

    @Test
    void onlyTheFacilitatorRunsTheTimer() {
        Api.TestBoard board = api.createBoard("Whose timer", "process-level");
        for (String token : List.of(board.participant(), board.observer())) {
            Api.Response response = api.post("/api/boards/" + board.id() + "/timer", "{\"action\":\"start\"}", token);
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.post("/api/boards/" + board.id() + "/timer", "{\"action\":\"start\"}").status()).isEqualTo(401);
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            ada.send(object("type", "timer", "clientOpId", "ada:1", "action", "start", "seconds", 60));
            JsonNode rejected = ada.await("rejected");
            assertThat(rejected.get("code").asString()).isEqualTo("FORBIDDEN");
            assertThat(rejected.get("clientOpId").asString()).isEqualTo("ada:1");
        }
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("timer").get("state").asString()).isEqualTo("idle");
    }

    @Test
    void twoClientsOneReconnectingMidCountdownShowTheSameRemainingTime() {
        Api.TestBoard board = api.createBoard("Shared countdown", "process-level");
        try (WsClient lead = WsClient.join(port, board.id(), board.facilitator(), "lead", null);
                WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            ada.await("snapshot");
            Clock adaClock = Clock.of(ada);
            lead.send(object("type", "timer", "clientOpId", "lead:1", "action", "start", "seconds", 300));
            Instant adaEnd = Instant.parse(ada.await("applied").get("ops").get(0).get("timer").get("endsAt").asString());

            WsClient bob = WsClient.join(port, board.id(), board.participant(), "bob", null);
            JsonNode bobsTimer;
            try (bob) {
                bobsTimer = bob.await("snapshot").get("board").get("timer");
            }
            // Bob drops and comes back with the seq he had: he is brought up to date from where he left.
            try (WsClient back = WsClient.join(port, board.id(), board.participant(), "bob", 1L)) {
                assertThat(back.welcome().get("catchUp").asString()).isEqualTo("none");
                Clock backClock = Clock.of(back);
                Instant bobEnd = Instant.parse(bobsTimer.get("endsAt").asString());
                assertThat(bobEnd).isEqualTo(adaEnd);
                long adaShows = adaClock.remainingMillis(adaEnd);
                long bobShows = backClock.remainingMillis(bobEnd);
                assertThat(Math.abs(adaShows - bobShows)).isLessThan(1000);
                assertThat(adaShows).isBetween(1L, 300_000L);
            }
        }
    }

    /** A client's reading of the server's clock: the welcome's serverTime, advanced by the client's own clock since. */
    private record Clock(long serverTimeAtWelcome, long localNanosAtWelcome) {

        static Clock of(WsClient client) {
            return new Clock(client.welcome().get("serverTime").asLong(), System.nanoTime());
        }

        long remainingMillis(Instant endsAt) {
            long serverNow = serverTimeAtWelcome + (System.nanoTime() - localNanosAtWelcome) / 1_000_000;
            return Math.max(0, endsAt.toEpochMilli() - serverNow);
        }
    }

    private JsonNode timer(Api.TestBoard board, String body) {
        Api.Response response = api.post("/api/boards/" + board.id() + "/timer", body, board.facilitator());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void refused(Api.TestBoard board, String body, String field, String message) {
        Api.Response response = api.post("/api/boards/" + board.id() + "/timer", body, board.facilitator());
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("field").asString()).as(body).isEqualTo(field);
        assertThat(response.json().get("detail").asString()).as(body).isEqualTo(message);
    }

    private static Instant endsAt(JsonNode run) {
        return Instant.parse(run.get("timer").get("endsAt").asString());
    }
}
