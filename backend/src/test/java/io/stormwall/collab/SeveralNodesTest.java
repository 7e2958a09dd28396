package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.Node;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.TestDatabase;
import io.stormwall.support.WsClient;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Two server nodes on one PostgreSQL: this test's application (node A) and a second one started here (node B). */
@StormwallTest
class SeveralNodesTest {

    private static Node nodeB;
    private static int portB;

    private final Api nodeA;
    private final int portA;

    SeveralNodesTest(@LocalServerPort int port) {
        this.portA = port;
        this.nodeA = new Api(port);
    }

    @BeforeAll
    static void startSecondNode() {
        nodeB = Node.onTestDatabase();
        portB = nodeB.port();
    }

    @AfterAll
    static void stopSecondNode() {
        nodeB.close();
    }

    @Test
    void anEditOnOneNodeReachesClientsOfTheOtherInOrder() {
        Api.TestBoard board = nodeA.createBoard("Two nodes", "free");
        try (WsClient onB = WsClient.join(portB, board.id(), board.observer(), "on-b", null)) {
            for (int i = 1; i <= 5; i++) {
                nodeA.ops(board.id(), board.participant(), "a" + i, LiveWallTest.createEvent(UUID.randomUUID().toString(), "Event " + i));
            }
            for (int seq = 1; seq <= 5; seq++) {
                JsonNode applied = onB.await("applied");
                assertThat(applied.get("seq").asLong()).isEqualTo(seq);
                assertThat(applied.get("ops").get(0).get("element").get("text").asString()).isEqualTo("Event " + seq);
            }
        }
    }

    @Test
    void aVoteOnOneNodeReachesTheVotersTabOnTheOtherInFullAndOthersThereOnlyAsItsStandIn() {
        Api.TestBoard board = nodeA.createBoard("Votes across", "free");
        String sticky = UUID.randomUUID().toString();
        nodeA.ops(board.id(), board.facilitator(), "s", LiveWallTest.createEvent(sticky, "Order Placed"));
        nodeA.post("/api/boards/" + board.id() + "/voting", "{\"action\":\"open\",\"votesPerPerson\":2}", board.facilitator());
        try (WsClient adaOnA = WsClient.joinAsPerson(portA, board.id(), board.participant(), "ada-a", "ada");
                WsClient adaOnB = WsClient.joinAsPerson(portB, board.id(), board.participant(), "ada-b", "ada");
                WsClient bobOnB = WsClient.joinAsPerson(portB, board.id(), board.participant(), "bob-b", "bob")) {
            adaOnA.send(object("type", "vote", "clientOpId", "v1", "element", sticky));

            JsonNode own = adaOnB.await(m -> "v1".equals(m.path("clientOpId").asString()), "Ada's vote on her other tab");
            JsonNode theirs = bobOnB.await(m -> "v1".equals(m.path("clientOpId").asString()), "the vote's stand-in");

            assertThat(own.get("ops").get(0).get("element").asString()).isEqualTo(sticky);
            assertThat(theirs.get("seq")).isEqualTo(own.get("seq"));
            assertThat(theirs.get("ops").toString()).doesNotContain(sticky).contains("votesCast");
        }
    }

    @Test
    void presenceAndParticipantsCrossNodes() {
        Api.TestBoard board = nodeA.createBoard("Presence across", "free");
        try (WsClient onB = WsClient.join(portB, board.id(), board.participant(), "on-b", null);
                WsClient onA = WsClient.join(portA, board.id(), board.participant(), "on-a", null)) {
            String sessionOnA = onA.welcome().get("sessionId").asString();
            assertThat(onB.await("participantJoined").get("participant").get("sessionId").asString()).isEqualTo(sessionOnA);

            onA.send(object("type", "presence", "cursor", object("x", 10, "y", 20), "selection", List.of(), "editing", null));
            JsonNode presence = onB.await("presence");
            assertThat(presence.get("updates").get(0).get("sessionId").asString()).isEqualTo(sessionOnA);
            assertThat(presence.get("updates").get(0).get("cursor").get("y").asDouble()).isEqualTo(20);
        }
    }

    @Test
    void aNodeThatLostItsListenerCatchesUpFromTheLog() throws Exception {
        Api.TestBoard board = nodeA.createBoard("Lost listener", "free");
        try (WsClient onB = WsClient.join(portB, board.id(), board.observer(), "on-b", null)) {
            try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'stormwall-relay'"
                        + " and datname = current_database()");
            }
            for (int i = 1; i <= 3; i++) {
                nodeA.ops(board.id(), board.participant(), "lost" + i, LiveWallTest.createEvent(UUID.randomUUID().toString(), "While away " + i));
            }
            for (int seq = 1; seq <= 3; seq++) {
                assertThat(onB.await("applied").get("seq").asLong()).isEqualTo(seq);
            }
        }
    }
}
