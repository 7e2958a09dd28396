package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.TestDatabase;
import io.stormwall.support.WsClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A join whose snapshot is slow to read (a large board, a busy database) holds up nobody else: the live edits of
 * other boards, and of its own board, are delivered meanwhile, and the joiner misses none of them.
 */
@StormwallTest
class JoinWhileBusyTest {

    private final Api api;
    private final int port;
    private final JdbcClient jdbc;

    @Autowired
    JoinWhileBusyTest(@LocalServerPort int port, JdbcClient jdbc) {
        this.port = port;
        this.api = new Api(port);
        this.jdbc = jdbc;
    }

    @Test
    void editsAreDeliveredWhileAJoinersSnapshotIsBeingRead() throws SQLException {
        Api.TestBoard busy = api.createBoard("Busy board", "free");
        Api.TestBoard joined = api.createBoard("Board being joined", "free");
        String sticky = UUID.randomUUID().toString();
        try (WsClient editor = WsClient.join(port, busy.id(), busy.participant(), "editor-" + UUID.randomUUID(), null);
                WsClient watcher = WsClient.join(port, busy.id(), busy.observer(), "watcher-" + UUID.randomUUID(), null);
                // joined with the board's seq, so it is sent no snapshot: the room keeps no copy of the wall, which a
                // join would build its snapshot from instead of reading the board
                WsClient present = WsClient.join(port, joined.id(), joined.participant(), "present-" + UUID.randomUUID(), 0L)) {
            // an edit after the present client's join, so the board is no longer at the seq it joined at
            present.send(object("type", "ops", "clientOpId", "before", "ops", List.of(object("op", "create", "element",
                    object("kind", "event", "text", "Order Drafted", "x", 0, "y", 200)))));
            assertThat(present.await("applied").get("clientOpId").asString()).isEqualTo("before");
            CompletableFuture<WsClient> joining;
            try (Connection holder = TestDatabase.get().connect()) {
                // the snapshot reads the board's phase history last: while that table is locked, the read waits
                holder.setAutoCommit(false);
                try (Statement lock = holder.createStatement()) {
                    lock.execute("lock table phase_transition in access exclusive mode");
                }
                joining = CompletableFuture.supplyAsync(() -> WsClient.join(port, joined.id(), joined.observer(),
                        "joiner-" + UUID.randomUUID(), null));
                await().atMost(WsClient.DEADLINE).until(() -> jdbc.sql("select count(*) from pg_locks where not granted"
                        + " and relation = 'phase_transition'::regclass").query(Long.class).single() > 0);

                // an edit of the board being joined, then one of another board: both reach their clients
                present.send(object("type", "ops", "clientOpId", "during", "ops", List.of(object("op", "create", "element",
                        object("id", sticky, "kind", "event", "text", "Order Placed", "x", 0, "y", 0)))));
                assertThat(present.await("applied").get("clientOpId").asString()).isEqualTo("during");
                editor.send(object("type", "ops", "clientOpId", "elsewhere", "ops", List.of(object("op", "create", "element",
                        object("kind", "event", "text", "Invoice Sent", "x", 0, "y", 0)))));
                assertThat(watcher.await("applied").get("clientOpId").asString()).isEqualTo("elsewhere");
                assertThat(joining).isNotDone();
                holder.commit();
            }
            try (WsClient joiner = joining.join()) {
                JsonNode snapshot = joiner.await("snapshot");
                // the edit made while it joined: in the snapshot, or sent right after it
                boolean inSnapshot = snapshot.get("seq").asLong() >= 2;
                if (!inSnapshot) {
                    assertThat(joiner.await("applied").get("clientOpId").asString()).isEqualTo("during");
                } else {
                    assertThat(snapshot.get("elements")).extracting(e -> e.get("id").asString()).contains(sticky);
                }
            }
        }
    }
}
