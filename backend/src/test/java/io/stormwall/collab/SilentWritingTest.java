package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Silent writing over real WebSockets: while it is on, a participant's new stickies reach nobody's socket but the
 * author's own tabs (live, in a catch-up, in a snapshot), no REST read or export holds them, not the facilitator's
 * either, nor the coach's findings or a checkpoint; turning it off reveals them all to everyone in one batch.
 */
@StormwallTest
class SilentWritingTest {

    /** Every REST read of the wall as it is now: the board, every export, the photos, the coach's findings. */
    private static final List<String> READS = List.of("", "/export.json", "/export.csv", "/export.md", "/export.svg",
            "/export.mmd", "/export.cml", "/export.asyncapi.yaml", "/export.owners.md", "/export.owners.csv", "/checks");

    private final int port;
    private final Api api;

    SilentWritingTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void unseenStickiesReachOnlyTheAuthorsTabsUntilTheRevealShowsThemToEveryone() {
        Api.TestBoard board = api.createBoard("Silent", "process-level");
        assertThat(api.post(path(board, "/coach"), "{\"enabled\":true}", board.facilitator()).status()).isEqualTo(200);
        String shared = UUID.randomUUID().toString();
        api.ops(board.id(), board.facilitator(), "shared", create(shared, "Order Placed", 0));
        byte[] photoBefore = api.get(path(board, "/export.png"), board.facilitator()).body().getBytes();
        try (WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace");
                WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-tab-1", "ada");
                WsClient adaOther = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-tab-2", "ada");
                WsClient bob = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob");
                WsClient watcher = WsClient.joinAsPerson(port, board.id(), board.observer(), "watcher", "watcher")) {
            grace.send(object("type", "silent", "clientOpId", "s1", "on", true));
            assertThat(applied(bob, "s1").get("ops")).isEqualTo(json("[{\"op\":\"silent\",\"on\":true}]"));

            String secret = UUID.randomUUID().toString();
            ada.send(object("type", "ops", "clientOpId", "a1", "ops", List.of(create(secret, "Secret parcel lost", 300))));
            JsonNode own = applied(adaOther, "a1");
            JsonNode theirs = applied(bob, "a1");
            assertThat(own.toString()).contains(secret).contains("Secret parcel lost");
            assertThat(theirs.get("seq")).as("the others keep the order, without a gap").isEqualTo(own.get("seq"));
            assertThat(theirs.get("ops")).isEqualTo(written(ada.personId(), 1));
            assertThat(applied(grace, "a1").get("ops")).as("the facilitator sees how many, not what").isEqualTo(theirs.get("ops"));
            assertThat(applied(watcher, "a1").get("ops")).isEqualTo(theirs.get("ops"));

            ada.send(object("type", "ops", "clientOpId", "a2", "ops", List.of(object("op", "update", "id", secret,
                    "set", object("text", "Secret parcel went missing")))));
            assertThat(applied(adaOther, "a2").toString()).contains("Secret parcel went missing");
            assertThat(applied(bob, "a2").get("ops").toString()).contains("\"count\":1").doesNotContain(secret);

            bob.send(object("type", "ops", "clientOpId", "b1", "ops", List.of(object("op", "update", "id", secret,
                    "set", object("text", "Mine now")))));
            JsonNode notFound = bob.await("rejected");
            assertThat(notFound.get("code").asString()).isEqualTo("ELEMENT_NOT_FOUND");
            assertThat(notFound.get("message").asString()).doesNotContainIgnoringCase("silent").doesNotContainIgnoringCase("hidden");
            grace.send(object("type", "ops", "clientOpId", "g1", "ops", List.of(object("op", "delete", "id", secret))));
            assertThat(grace.await("rejected").get("code").asString()).as("hidden from the facilitator too").isEqualTo("ELEMENT_NOT_FOUND");

            ada.send(object("type", "ops", "clientOpId", "a3", "ops", List.of(create(UUID.randomUUID().toString(), "Label Printed", 600),
                    object("op", "update", "id", shared, "set", object("x", 40)))));
            JsonNode mixed = ada.await("rejected");
            assertThat(mixed.get("code").asString()).isEqualTo("SILENT_MIXED");
            assertThat(mixed.get("message").asString()).contains("not both");
            ada.send(object("type", "ops", "clientOpId", "a4", "ops", List.of(object("op", "update", "id", shared, "set", object("x", 40)))));
            assertThat(applied(bob, "a4").get("ops").toString()).as("the shared wall stays shared").contains(shared);

            bob.send(object("type", "ops", "clientOpId", "b2", "ops", List.of(create(UUID.randomUUID().toString(), "Secret refund paid", 900))));
            applied(grace, "b2");
            watcher.send(object("type", "ops", "clientOpId", "w1", "ops", List.of(create(UUID.randomUUID().toString(), "Watched", 0))));
            assertThat(watcher.await("rejected").get("code").asString()).isEqualTo("FORBIDDEN");

            grace.send(object("type", "checkpoint", "clientOpId", "c1", "label", "While silent"));
            long checkpoint = applied(grace, "c1").get("seq").asLong();
            for (String read : READS) {
                assertThat(api.get(path(board, read), board.facilitator()).body()).as(read).doesNotContain(secret)
                        .doesNotContainIgnoringCase("secret");
            }
            for (String read : List.of("/export.json", "/export.md", "/export.svg")) {
                assertThat(api.get(path(board, "/checkpoints/" + checkpoint + read), board.facilitator()).body()).as(read)
                        .doesNotContainIgnoringCase("secret");
            }
            assertThat(api.get(path(board, "/export.png"), board.facilitator()).body().getBytes()).as("the photo")
                    .isEqualTo(photoBefore);
            JsonNode summary = api.get(path(board, "?elements=false"), board.participant()).json();
            assertThat(summary.at("/silent/on").asBoolean()).isTrue();
            assertThat(summary.at("/silent/written/" + ada.personId()).asInt()).isEqualTo(1);
            assertThat(summary.at("/silent/written/" + bob.personId()).asInt()).isEqualTo(1);
            for (WsClient other : List.of(grace, bob, watcher)) {
                // what they sent themselves aside: the facilitator's refused delete names the id she tried
                assertThat(other.received().stream().filter(m -> !"rejected".equals(m.path("type").asString())).toList().toString())
                        .as("sent to another person").doesNotContain(secret)
                        .doesNotContain("Secret parcel");
            }

            grace.send(object("type", "silent", "clientOpId", "s2", "on", false));
            JsonNode reveal = applied(bob, "s2");
            assertThat(reveal.at("/ops/0")).isEqualTo(json("{\"op\":\"silent\",\"on\":false}"));
            assertThat(reveal.get("ops").toString()).contains(secret).contains("Secret parcel went missing").contains("Secret refund paid");
            assertThat(applied(grace, "s2").get("ops")).isEqualTo(reveal.get("ops"));
            assertThat(api.get(path(board, ""), board.observer()).body()).contains(secret);
            assertThat(api.get(path(board, "/export.csv"), board.facilitator()).body()).contains("Secret parcel went missing");
            assertThat(api.get(path(board, "?elements=false"), board.observer()).json().at("/silent/on").asBoolean()).isFalse();

            bob.send(object("type", "ops", "clientOpId", "b3", "ops", List.of(object("op", "update", "id", secret,
                    "set", object("x", 320)))));
            applied(ada, "b3");
            api.post(path(board, "/checkpoints"), "{\"label\":\"Revealed\"}", board.facilitator());
            long after = api.get(path(board, "?elements=false"), board.facilitator()).json().get("seq").asLong();
            assertThat(api.get(path(board, "/checkpoints/" + after + "/export.json"), board.facilitator()).body())
                    .as("a checkpoint replays the reveal").contains(secret);
        }
    }

    @Test
    void aReconnectCatchesUpWithOnlyTheCountAndASnapshotHoldsOnlyOnesOwnUnseenStickies() {
        Api.TestBoard board = api.createBoard("Catch-up", "big-picture");
        assertThat(api.post(path(board, "/silent"), "{\"on\":true}", board.facilitator()).json().get("seq").asLong()).isPositive();
        long before;
        try (WsClient bob = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob")) {
            before = bob.welcome().get("seq").asLong();
        }
        String secret = UUID.randomUUID().toString();
        String adaPerson;
        try (WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada", "ada")) {
            adaPerson = ada.personId();
            ada.send(object("type", "ops", "clientOpId", "a1", "ops", List.of(create(secret, "Secret supplier switched", 0))));
            applied(ada, "a1");
        }
        try (WsClient bob = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob", before)) {
            assertThat(bob.welcome().get("catchUp").asString()).isEqualTo("ops");
            assertThat(applied(bob, "a1").get("ops")).isEqualTo(written(adaPerson, 1));
            assertThat(bob.received().toString()).doesNotContain(secret);
        }
        try (WsClient fresh = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob-2", "bob");
                WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace");
                WsClient adaBack = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-2", "ada")) {
            for (WsClient other : List.of(fresh, grace)) {
                JsonNode snapshot = other.await("snapshot");
                assertThat(snapshot.toString()).doesNotContain(secret).doesNotContain("Secret supplier");
                assertThat(snapshot.has("unseen")).isFalse();
                assertThat(snapshot.at("/board/silent/written/" + adaBack.personId()).asInt()).isEqualTo(1);
            }
            JsonNode own = adaBack.await("snapshot");
            assertThat(own.get("elements").toString()).contains(secret);
            assertThat(own.get("unseen").toString()).isEqualTo("[\"" + secret + "\"]");
        }
    }

    @Test
    void twoPeopleWhoWroteAtTheSamePlaceFindTheirStickiesSideBySideAfterTheReveal() {
        Api.TestBoard board = api.createBoard("Same place", "big-picture");
        String shared = UUID.randomUUID().toString();
        api.ops(board.id(), board.facilitator(), "shared", create(shared, "Order Placed", 0));
        assertThat(api.post(path(board, "/silent"), "{\"on\":true}", board.facilitator()).status()).isEqualTo(200);
        String ada = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        try (WsClient adaClient = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada", "ada");
                WsClient bobClient = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob")) {
            // both chose the place right of the shared sticky, and Bob's also covers it a little
            adaClient.send(object("type", "ops", "clientOpId", "a1", "ops", List.of(create(ada, "Parcel Lost", 200))));
            applied(adaClient, "a1");
            bobClient.send(object("type", "ops", "clientOpId", "b1", "ops", List.of(create(bob, "Parcel Damaged", 150))));
            applied(bobClient, "b1");
        }

        assertThat(api.post(path(board, "/silent"), "{\"on\":false}", board.facilitator()).status()).isEqualTo(200);

        List<JsonNode> stickies = new java.util.ArrayList<>();
        api.get(path(board, ""), board.observer()).json().get("elements").forEach(stickies::add);
        assertThat(stickies).hasSize(3);
        for (JsonNode a : stickies) {
            for (JsonNode b : stickies) {
                boolean apart = a == b || a.get("x").asDouble() + a.get("w").asDouble() <= b.get("x").asDouble()
                        || b.get("x").asDouble() + b.get("w").asDouble() <= a.get("x").asDouble()
                        || a.get("y").asDouble() + a.get("h").asDouble() <= b.get("y").asDouble()
                        || b.get("y").asDouble() + b.get("h").asDouble() <= a.get("y").asDouble();
                assertThat(apart).as(a.get("text") + " and " + b.get("text")).isTrue();
            }
        }
        JsonNode first = stickies.stream().filter(e -> e.get("id").asString().equals(ada)).findFirst().orElseThrow();
        assertThat(first.get("x").asDouble()).as("the first written keeps its place").isEqualTo(200);
    }

    @Test
    void silentWritingIsOfferedWhereThePhaseSaysOnlyTheFacilitatorSteersItAndMovingOnReveals() {
        Api.TestBoard free = api.createBoard("Free", "free");
        Api.Response refused = api.post(path(free, "/silent"), "{\"on\":true}", free.facilitator());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("SILENT_NOT_OFFERED");
        assertThat(refused.json().get("detail").asString()).contains("chaotic exploration").contains("Free modelling");

        Api.TestBoard board = api.createBoard("Phases", "process-level");
        assertThat(api.post(path(board, "/silent"), "{\"on\":true}", board.participant()).status()).isEqualTo(403);
        assertThat(api.post(path(board, "/silent"), "{\"on\":true}", board.observer()).status()).isEqualTo(403);
        assertThat(api.post(path(board, "/silent"), "{\"on\":\"yes\"}", board.facilitator()).status()).isEqualTo(400);
        try (WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace");
                WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada", "ada")) {
            ada.send(object("type", "silent", "clientOpId", "a0", "on", true));
            assertThat(ada.await("rejected").get("code").asString()).isEqualTo("FORBIDDEN");
            grace.send(object("type", "silent", "clientOpId", "s1", "on", true));
            applied(ada, "s1");

            String secret = UUID.randomUUID().toString();
            String other = UUID.randomUUID().toString();
            ada.send(object("type", "ops", "clientOpId", "a1", "ops", List.of(create(secret, "Secret stock counted", 0))));
            applied(ada, "a1");
            ada.send(object("type", "ops", "clientOpId", "a2", "ops", List.of(create(other, "Stock Reserved", 300),
                    object("op", "create", "element", object("kind", "arrow", "from", secret, "to", other)))));
            JsonNode arrow = ada.await("rejected");
            assertThat(arrow.get("code").asString()).isIn("SILENT_MIXED", "PHASE_LOCKED");

            grace.send(object("type", "phase", "clientOpId", "p1", "action", "next"));
            JsonNode moved = applied(ada, "p1");
            assertThat(moved.at("/ops/0/op").asString()).isEqualTo("phase");
            assertThat(moved.at("/ops/1")).isEqualTo(json("{\"op\":\"silent\",\"on\":false}"));
            assertThat(moved.get("ops").toString()).contains(secret);
            assertThat(applied(grace, "p1").get("ops")).isEqualTo(moved.get("ops"));

            grace.send(object("type", "silent", "clientOpId", "s2", "on", true));
            JsonNode notHere = grace.await("rejected");
            assertThat(notHere.get("code").asString()).isEqualTo("SILENT_NOT_OFFERED");
            assertThat(notHere.get("message").asString()).contains("phase 2 (Timeline ordering)");
        }
        assertThat(api.get(path(board, ""), board.observer()).body()).contains("Secret stock counted");
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private static JsonNode written(String person, int count) {
        return JsonMapper.shared().readTree("[{\"op\":\"written\",\"person\":\"" + person + "\",\"count\":" + count + "}]");
    }

    private static Object create(String id, String text, int x) {
        return object("op", "create", "element", object("id", id, "kind", "event", "text", text, "x", x, "y", 0));
    }

    private static String path(Api.TestBoard board, String rest) {
        return "/api/boards/" + board.id() + rest;
    }

    private static JsonNode applied(WsClient client, String clientOpId) {
        Predicate<JsonNode> wanted = m -> "applied".equals(m.path("type").asString()) && clientOpId.equals(m.path("clientOpId").asString());
        return client.received().stream().filter(wanted).findFirst().orElseGet(() -> client.await(wanted, "the applied " + clientOpId));
    }
}
