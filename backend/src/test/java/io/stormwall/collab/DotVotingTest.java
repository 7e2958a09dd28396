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
 * Dot voting over real WebSockets: a person's dots are theirs alone until the reveal. Nobody else's socket is ever
 * sent where they are (live, in a catch-up after reconnecting, in a snapshot), nor does any REST read tell; the
 * budget is the person's, whichever tab or connection spends it.
 */
@StormwallTest
class DotVotingTest {

    private final int port;
    private final Api api;

    DotVotingTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void hiddenVotesReachOnlyTheVotersOwnTabsThenTheRevealShowsEveryoneTheTally() {
        Api.TestBoard board = api.createBoard("Votes", "free");
        String first = sticky(board, "Order Placed");
        String second = sticky(board, "Payment Failed");
        try (WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace");
                WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-tab-1", "ada");
                WsClient adaOther = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-tab-2", "ada");
                WsClient bob = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob")) {
            grace.send(object("type", "voting", "clientOpId", "v1", "action", "open", "votesPerPerson", 3));
            applied(bob, "v1");

            ada.send(object("type", "vote", "clientOpId", "a1", "element", first));
            ada.send(object("type", "vote", "clientOpId", "a2", "element", first));
            ada.send(object("type", "vote", "clientOpId", "a3", "element", second));
            JsonNode own = applied(adaOther, "a3");
            JsonNode theirs = applied(bob, "a3");
            JsonNode facilitators = applied(grace, "a3");

            assertThat(own.get("ops").get(0).toString()).contains(second);
            assertThat(own.at("/ops/0/left").asInt()).isZero();
            assertThat(applied(adaOther, "a2").at("/ops/0/dots").asInt()).as("dots stack on one sticky").isEqualTo(2);
            assertThat(theirs.get("seq")).as("the others keep the order, without a gap").isEqualTo(own.get("seq"));
            assertThat(theirs.get("ops")).isEqualTo(JsonMapper.shared().readTree("[{\"op\":\"votesCast\",\"person\":\""
                    + ada.personId() + "\",\"used\":3}]"));
            assertThat(facilitators.get("ops")).as("the facilitator sees who has voted, not where").isEqualTo(theirs.get("ops"));
            assertNoVotesIn(bob, grace);

            adaOther.send(object("type", "vote", "clientOpId", "a4", "element", second));
            JsonNode spent = adaOther.await("rejected");
            assertThat(spent.get("code").asString()).isEqualTo("VOTE_BUDGET_SPENT");
            assertThat(spent.get("field").asString()).isEqualTo("element");

            bob.send(object("type", "vote", "clientOpId", "b1", "element", first));
            applied(bob, "b1");
            assertThat(api.get("/api/boards/" + board.id() + "/votes", board.participant()).status()).isEqualTo(409);
            assertThat(api.get("/api/boards/" + board.id() + "/votes", board.participant()).json().get("code").asString())
                    .isEqualTo("VOTES_HIDDEN");

            grace.send(object("type", "voting", "clientOpId", "v2", "action", "reveal"));
            JsonNode tally = applied(bob, "v2").at("/ops/0/voting/tally");
            assertThat(tally).as("most votes first").isEqualTo(JsonMapper.shared().readTree("[" + count(first, 3) + "," + count(second, 1) + "]"));
            JsonNode read = api.get("/api/boards/" + board.id() + "/votes", board.observer()).json();
            assertThat(read.get("state").asString()).isEqualTo("revealed");
            assertThat(read.get("tally")).isEqualTo(tally);

            bob.send(object("type", "vote", "clientOpId", "b2", "element", first));
            assertThat(bob.await("rejected").get("code").asString()).as("no votes after the reveal").isEqualTo("VOTING_NOT_OPEN");
        }
    }

    @Test
    void aReconnectCatchesUpWithoutOthersVotesAndASnapshotCarriesOnlyOnesOwn() {
        Api.TestBoard board = api.createBoard("Catch-up", "free");
        String target = sticky(board, "Invoice Sent");
        api.post("/api/boards/" + board.id() + "/voting", "{\"action\":\"open\",\"votesPerPerson\":2}", board.facilitator());
        long before;
        try (WsClient bob = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob")) {
            before = bob.welcome().get("seq").asLong();
        }
        try (WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada", "ada")) {
            ada.send(object("type", "vote", "clientOpId", "a1", "element", target));
            applied(ada, "a1");
        }
        try (WsClient bob = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob", before)) {
            assertThat(bob.welcome().get("catchUp").asString()).isEqualTo("ops");
            JsonNode caughtUp = applied(bob, "a1");
            assertThat(caughtUp.get("ops").get(0).get("op").asString()).isEqualTo("votesCast");
            assertNoVotesIn(bob);
        }
        try (WsClient fresh = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob-2", "bob");
                WsClient adaBack = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-2", "ada")) {
            JsonNode theirs = fresh.await("snapshot");
            assertThat(theirs.get("votes").isEmpty()).isTrue();
            assertThat(theirs.at("/board/voting/used/0/dots").asInt()).isEqualTo(1);
            assertThat(theirs.at("/board/voting").has("tally")).isFalse();
            assertThat(adaBack.await("snapshot").get("votes").get(target).asInt()).isEqualTo(1);
        }
        assertThat(api.get("/api/boards/" + board.id(), board.participant()).body()).doesNotContain("tally");
        assertThat(api.get("/api/boards/" + board.id() + "/export.md", board.facilitator()).body()).doesNotContain("Dot voting");
    }

    @Test
    void theBudgetIsThePersonsAcrossTabsAndReconnectsAndARemovedStickyGivesItsVotesBack() {
        Api.TestBoard board = api.createBoard("Budget", "free");
        String kept = sticky(board, "Order Placed");
        String removed = sticky(board, "Order Shipped");
        api.post("/api/boards/" + board.id() + "/voting", "{\"action\":\"open\",\"votesPerPerson\":2}", board.facilitator());
        try (WsClient tab = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-1", "ada")) {
            tab.send(object("type", "vote", "clientOpId", "a1", "element", removed));
            applied(tab, "a1");
        }
        try (WsClient other = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-2", "ada")) {
            other.send(object("type", "vote", "clientOpId", "a2", "element", kept));
            assertThat(applied(other, "a2").at("/ops/0/left").asInt()).isZero();
            other.send(object("type", "vote", "clientOpId", "a3", "element", kept));
            assertThat(other.await("rejected").get("code").asString()).isEqualTo("VOTE_BUDGET_SPENT");

            api.ops(board.id(), board.facilitator(), "drop", object("op", "delete", "id", removed));
            other.send(object("type", "vote", "clientOpId", "a4", "element", kept));
            assertThat(applied(other, "a4").at("/ops/0/dots").asInt()).as("the removed sticky's vote came back").isEqualTo(2);
        }
    }

    @Test
    void anObserverCannotVoteAndAParticipantCannotSteerTheRound() {
        Api.TestBoard board = api.createBoard("Roles", "free");
        String target = sticky(board, "Order Placed");
        api.post("/api/boards/" + board.id() + "/voting", "{\"action\":\"open\",\"votesPerPerson\":2}", board.facilitator());
        try (WsClient watcher = WsClient.joinAsPerson(port, board.id(), board.observer(), "watcher", "watcher");
                WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada", "ada")) {
            watcher.send(object("type", "vote", "clientOpId", "w1", "element", target));
            assertThat(watcher.await("rejected").get("code").asString()).isEqualTo("FORBIDDEN");
            ada.send(object("type", "voting", "clientOpId", "a1", "action", "reveal"));
            assertThat(ada.await("rejected").get("code").asString()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.post("/api/boards/" + board.id() + "/votes", "{\"element\":\"" + target + "\"}", board.observer()).status())
                .isEqualTo(403);
        assertThat(api.post("/api/boards/" + board.id() + "/votes", "{\"element\":\"" + target + "\"}", board.participant()).status())
                .isEqualTo(200);
        assertThat(api.delete("/api/boards/" + board.id() + "/votes/" + target, board.participant()).status()).isEqualTo(200);
        assertThat(api.delete("/api/boards/" + board.id() + "/votes/" + target, board.participant()).json().get("code").asString())
                .isEqualTo("NOT_VOTABLE");
    }

    @Test
    void aRoundLimitedToKindsRefusesOthersAndTheRevealedTallyIsInTheReport() {
        Api.TestBoard board = api.createBoard("Kinds", "free");
        String event = sticky(board, "Order Placed");
        String hotspot = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "h", object("op", "create", "element",
                object("id", hotspot, "kind", "hotspot", "text", "Who refunds?", "x", 300, "y", 0)));
        api.post("/api/boards/" + board.id() + "/voting", "{\"action\":\"open\",\"votesPerPerson\":3,\"kinds\":[\"hotspot\"]}",
                board.facilitator());
        assertThat(api.post("/api/boards/" + board.id() + "/votes", "{\"element\":\"" + event + "\"}", board.participant())
                .json().get("code").asString()).isEqualTo("NOT_VOTABLE");
        api.post("/api/boards/" + board.id() + "/votes", "{\"element\":\"" + hotspot + "\"}", board.participant());
        api.post("/api/boards/" + board.id() + "/voting", "{\"action\":\"reveal\"}", board.facilitator());
        api.post("/api/boards/" + board.id() + "/voting", "{\"action\":\"close\"}", board.facilitator());

        JsonNode read = api.get("/api/boards/" + board.id() + "/votes", board.participant()).json();
        assertThat(read.get("state").asString()).isEqualTo("closed");
        assertThat(read.get("tally")).isEqualTo(JsonMapper.shared().readTree("[" + count(hotspot, 1) + "]"));
        assertThat(api.get("/api/boards/" + board.id() + "/export.md", board.participant()).body())
                .contains("## 11. Dot voting").contains("Who refunds?");
    }

    private String sticky(Api.TestBoard board, String text) {
        String id = UUID.randomUUID().toString();
        api.ops(board.id(), board.facilitator(), "create-" + id, object("op", "create", "element",
                object("id", id, "kind", "event", "text", text, "x", 0, "y", 0)));
        return id;
    }

    private static String count(String element, int votes) {
        return "{\"element\":\"" + element + "\",\"votes\":" + votes + "}";
    }

    private static JsonNode applied(WsClient client, String clientOpId) {
        Predicate<JsonNode> wanted = m -> "applied".equals(m.path("type").asString()) && clientOpId.equals(m.path("clientOpId").asString());
        return client.received().stream().filter(wanted).findFirst().orElseGet(() -> client.await(wanted, "the applied " + clientOpId));
    }

    /** Nothing these clients were sent says where anyone's dots are: no vote op, no own dots, no tally. */
    private static void assertNoVotesIn(WsClient... clients) {
        for (WsClient client : clients) {
            List<JsonNode> all = client.received();
            for (JsonNode message : all) {
                for (JsonNode op : message.path("ops")) {
                    assertThat(op.path("op").asString()).as("an op sent to another person").isNotEqualTo("vote");
                    assertThat(op.path("voting").has("tally")).isFalse();
                }
                assertThat(message.path("votes").isEmpty()).as("own votes sent to another person").isTrue();
            }
        }
    }
}
