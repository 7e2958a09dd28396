package io.stormwall.collab;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.TestDatabase;
import io.stormwall.support.WsClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Boards whose batches are ready at the same time share a transaction, and each board keeps its own order, seqs and
 * answers, and each batch its atomicity. With one thread writing, the boards queued behind a busy one are written
 * together once it lets go.
 */
@StormwallTest
@TestPropertySource(properties = "stormwall.collab.edit-threads=1")
class GroupCommitAcrossBoardsTest {

    private final Api api;
    private final int port;
    private final JdbcClient jdbc;

    @Autowired
    GroupCommitAcrossBoardsTest(@LocalServerPort int port, JdbcClient jdbc) {
        this.port = port;
        this.api = new Api(port);
        this.jdbc = jdbc;
    }

    @Test
    void twoBoardsInOneTransactionOneBatchRefusedTheOthersLandInTheirBoardsOrder() throws SQLException {
        Api.TestBoard busy = api.createBoard("Busy", "free");
        Api.TestBoard other = api.createBoard("Other", "free");
        UUID busyId = UUID.fromString(busy.id());
        UUID otherId = UUID.fromString(other.id());
        // an element no batch can read (unseen by everyone): a batch creating one with its id fails in its own writes
        String taken = UUID.randomUUID().toString();
        jdbc.sql("insert into element (board_id, id, kind, x, y, w, h, z, version, updated_by, updated_at, hidden_for)"
                        + " values (:board, :id, 'event', 0, 0, 160, 100, 0, 1, 'someone', now(), 'nobody')")
                .param("board", otherId).param("id", UUID.fromString(taken)).update();
        // which transaction wrote each batch of the two boards (txid_current is the top-level one, also within a savepoint)
        jdbc.sql("create table across_boards_probe (board uuid, seq bigint, tx bigint)").update();
        jdbc.sql("create function across_boards_probe() returns trigger language plpgsql as"
                + " $$ begin insert into across_boards_probe values (new.board_id, new.seq, txid_current()); return new; end $$").update();
        jdbc.sql("create trigger across_boards_probe after insert on op_log for each row when (new.board_id in ('"
                + busyId + "', '" + otherId + "')) execute function across_boards_probe()").update();
        String first = UUID.randomUUID().toString();
        try (WsClient onBusy = WsClient.join(port, busy.id(), busy.participant(), "busy-" + UUID.randomUUID(), null);
                WsClient onOther = WsClient.join(port, other.id(), other.participant(), "other-" + UUID.randomUUID(), null)) {
            try (Connection holder = TestDatabase.get().connect()) {
                // the busy board's first batch holds the one writing thread; the rest of both boards queue behind it
                holder.setAutoCommit(false);
                try (PreparedStatement lock = holder.prepareStatement("select id from board where id = ? for update")) {
                    lock.setObject(1, busyId);
                    lock.executeQuery().close();
                }
                onBusy.send(ops("a0", create(UUID.randomUUID().toString(), "A0")));
                pong(onBusy);
                onOther.send(ops("b0", create(first, "First")));
                onOther.send(ops("refused", object("op", "update", "id", first, "set", object("text", "Renamed")),
                        create(UUID.randomUUID().toString(), "Second"), create(taken, "Clash")));
                onOther.send(ops("b1", object("op", "update", "id", first, "set", object("x", 5))));
                onBusy.send(ops("a1", create(UUID.randomUUID().toString(), "A1")));
                onBusy.send(ops("a2", create(UUID.randomUUID().toString(), "A2")));
                pong(onOther);
                pong(onBusy);
                holder.commit();
            }
            onBusy.await(m -> applied(m) && m.get("seq").asLong() == 3, "applied 3");
            onOther.await(m -> applied(m) && m.get("seq").asLong() == 2, "applied 2");
            assertThat(onBusy.received().stream().filter(GroupCommitAcrossBoardsTest::applied).toList())
                    .extracting(m -> m.get("clientOpId").asString() + "@" + m.get("seq").asLong())
                    .containsExactly("a0@1", "a1@2", "a2@3");
            assertThat(onOther.received().stream().filter(GroupCommitAcrossBoardsTest::applied).toList())
                    .extracting(m -> m.get("clientOpId").asString() + "@" + m.get("seq").asLong())
                    .containsExactly("b0@1", "b1@2");
            JsonNode refused = await().atMost(WsClient.DEADLINE).until(() -> onOther.received().stream()
                    .filter(m -> "rejected".equals(m.path("type").asString()) && "refused".equals(m.path("clientOpId").asString()))
                    .findFirst(), Optional::isPresent).get();
            assertThat(refused.get("code").asString()).isEqualTo("ELEMENT_EXISTS");
        } finally {
            jdbc.sql("drop trigger across_boards_probe on op_log").update();
            jdbc.sql("drop function across_boards_probe()").update();
        }
        long shared = jdbc.sql("select count(*) from (select tx from across_boards_probe group by tx"
                + " having count(distinct board) = 2) both_boards").query(Long.class).single();
        jdbc.sql("drop table across_boards_probe").update();
        assertThat(shared).as("transactions that wrote batches of both boards").isPositive();

        await().atMost(WsClient.DEADLINE).until(() -> seq(busyId) == 3L && seq(otherId) == 2L);
        assertThat(jdbc.sql("select client_op_id from op_log where board_id = :id order by seq").param("id", otherId)
                .query(String.class).list()).containsExactly("b0", "b1");
        assertThat(jdbc.sql("select text from element where board_id = :board and id = :id").param("board", otherId)
                .param("id", UUID.fromString(first)).query(String.class).single()).isEqualTo("First");
        assertThat(jdbc.sql("select count(*) from element where board_id = :id").param("id", otherId)
                .query(Long.class).single()).as("nothing the refused batch created is there").isEqualTo(2L);
        assertThat(jdbc.sql("select count(*) from element where board_id = :id").param("id", busyId)
                .query(Long.class).single()).isEqualTo(3L);
    }

    private long seq(UUID board) {
        return jdbc.sql("select seq from board where id = :id").param("id", board).query(Long.class).single();
    }

    private static boolean applied(JsonNode message) {
        return "applied".equals(message.path("type").asString());
    }

    /** The connection's messages are handled in order: its pong means every batch it sent before is queued. */
    private static void pong(WsClient client) {
        client.send(object("type", "ping", "t", 1));
        client.await("pong");
    }

    private static Map<String, Object> ops(String clientOpId, Map<String, Object>... ops) {
        return object("type", "ops", "clientOpId", clientOpId, "ops", List.of(ops));
    }

    private static Map<String, Object> create(String id, String text) {
        return object("op", "create", "element", object("id", id, "kind", "event", "text", text, "x", 0, "y", 0));
    }
}
