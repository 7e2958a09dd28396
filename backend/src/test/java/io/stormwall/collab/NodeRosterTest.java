package io.stormwall.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.TestDatabase;
import io.stormwall.support.WsClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Participants of other nodes come from the rosters every node publishes; a node that stops publishing (it
 * crashed, or lost its database) has its participants removed from everyone's list. The other node here is
 * played by hand, straight through PostgreSQL.
 */
@StormwallTest
@TestPropertySource(properties = {"stormwall.collab.roster-interval=200ms", "stormwall.collab.node-silence-limit=1s"})
class NodeRosterTest {

    private final int port;
    private final Api api;

    NodeRosterTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void participantsOfASilentNodeDisappear() throws Exception {
        Api.TestBoard board = api.createBoard("Rosters", "free");
        try (WsClient here = WsClient.join(port, board.id(), board.participant(), "here", null)) {
            String roster = "{\"type\":\"roster\",\"participants\":[{\"sessionId\":\"s-elsewhere\","
                    + "\"name\":\"Remote Rita\",\"colour\":\"#2f9e44\",\"role\":\"participant\"}]}";
            // a node publishes its roster again and again; so does the other node played here, because this node's
            // relay may not be listening yet when the first one goes out
            JsonNode joined = await().atMost(WsClient.DEADLINE).until(() -> {
                announceFromAnotherNode(board.id(), roster);
                return here.received().stream().filter(m -> "participantJoined".equals(m.path("type").asString()))
                        .findFirst().orElse(null);
            }, java.util.Objects::nonNull);
            assertThat(joined.get("participant").get("name").asString()).isEqualTo("Remote Rita");
            try (WsClient late = WsClient.join(port, board.id(), board.observer(), "late", null)) {
                assertThat(late.welcome().get("participants").findValuesAsString("sessionId")).contains("s-elsewhere");
            }

            JsonNode left = here.await(m -> "participantLeft".equals(m.path("type").asString())
                    && "s-elsewhere".equals(m.path("sessionId").asString()), "Rita leaving once her node fell silent");
            assertThat(left.get("sessionId").asString()).isEqualTo("s-elsewhere");
        }
    }

    private static void announceFromAnotherNode(String boardId, String message) throws Exception {
        try (Connection c = TestDatabase.get().connect();
                PreparedStatement notify = c.prepareStatement("select pg_notify('stormwall_presence', ?)")) {
            notify.setString(1, "another-node|" + boardId + "|" + message);
            notify.execute();
        }
    }
}
