package io.stormwall.collab.internal;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A batch committed on this node reaches its clients from its own event: the relay's notice of the same commit, which
 * often comes first, does not make the room read it back from the log.
 */
@StormwallTest
class CommittedHereTest {

    private final int port;
    private final Api api;
    private final Rooms rooms;

    CommittedHereTest(@LocalServerPort int port, @Autowired Rooms rooms) {
        this.port = port;
        this.api = new Api(port);
        this.rooms = rooms;
    }

    @Test
    void theRelaysNoticeOfACommitHereIsNotReadFromTheLog() {
        Api.TestBoard board = api.createBoard("Committed here", "free");
        try (WsClient client = WsClient.join(port, board.id(), board.observer(), "watcher", null)) {
            long before = rooms.readForNotices();
            int batches = 40;
            for (int b = 1; b <= batches; b++) {
                api.ops(board.id(), board.participant(), "b" + b, object("op", "create", "element",
                        object("id", UUID.randomUUID().toString(), "kind", "event", "text", "Event " + b)));
            }
            client.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asInt() == batches, "batch " + batches);
            assertThat(client.received().stream().filter(m -> "applied".equals(m.path("type").asString()))
                    .map(m -> m.get("seq").asInt()).toList()).hasSize(batches).doesNotHaveDuplicates().isSorted();
            assertThat(rooms.readForNotices()).isEqualTo(before);
        }
    }
}
