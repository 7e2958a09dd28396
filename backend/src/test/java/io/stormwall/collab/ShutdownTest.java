package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.Node;
import io.stormwall.support.WsClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A node that shuts down tells its clients to come back (1001), and what it acknowledged stays stored. */
class ShutdownTest {

    @Test
    void clientsAreToldTheServerIsGoingAwayAndAcknowledgedEditsStay() {
        Node node = Node.onTestDatabase();
        Api.TestBoard board = node.api().createBoard("Going away", "free");
        try (WsClient client = WsClient.join(node.port(), board.id(), board.participant(), "stayer", null)) {
            client.send(object("type", "ops", "clientOpId", "last-words", "ops",
                    List.of(LiveWallTest.createEvent(UUID.randomUUID().toString(), "Acknowledged"))));
            client.await("applied");

            node.close();

            assertThat(client.awaitClose()).isEqualTo(1001);
        }
        try (Node again = Node.onTestDatabase()) {
            assertThat(again.api().get("/api/boards/" + board.id(), board.observer()).json().get("elements")).hasSize(1);
        }
    }
}
