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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Batches that queue for a board while it is busy are written together, in one transaction, and each still keeps its
 * own seq, answer and atomicity.
 */
@StormwallTest
class GroupCommitTest {

    private final Api api;
    private final int port;
    private final JdbcClient jdbc;

    @Autowired
    GroupCommitTest(@LocalServerPort int port, JdbcClient jdbc) {
        this.port = port;
        this.api = new Api(port);
        this.jdbc = jdbc;
    }

    @Test
    void batchesQueuedTogetherCommitTogetherEachWithItsOwnSeqAnswerAndAtomicity() throws SQLException {
        Api.TestBoard board = api.createBoard("Group commit", "free");
        // which transaction wrote each batch (txid_current is the top-level one, also within a savepoint)
        jdbc.sql("create table group_commit_probe (seq bigint, tx bigint)").update();
        jdbc.sql("create function group_commit_probe() returns trigger language plpgsql as"
                + " $$ begin insert into group_commit_probe values (new.seq, txid_current()); return new; end $$").update();
        jdbc.sql("create trigger group_commit_probe after insert on op_log for each row when (new.board_id = '"
                + UUID.fromString(board.id()) + "') execute function group_commit_probe()").update();
        try {
            batchesQueuedWhileTheBoardIsBusy(board);
        } finally {
            jdbc.sql("drop trigger group_commit_probe on op_log").update();
            jdbc.sql("drop function group_commit_probe()").update();
        }
        long transactions = jdbc.sql("select count(distinct tx) from group_commit_probe").query(Long.class).single();
        jdbc.sql("drop table group_commit_probe").update();
        // the first batch waited for the board alone; the ten behind it were written together
        assertThat(transactions).isLessThan(11L);
    }

    private void batchesQueuedWhileTheBoardIsBusy(Api.TestBoard board) throws SQLException {
        try (WsClient client = WsClient.join(port, board.id(), board.participant(), "grouped-" + UUID.randomUUID(), null)) {
            List<String> ids = new ArrayList<>();
            // the board is busy: batches queue behind the one waiting for its row
            whileTheBoardIsBusy(UUID.fromString(board.id()), client, () -> {
                for (int i = 0; i < 10; i++) {
                    String id = UUID.randomUUID().toString();
                    ids.add(id);
                    client.send(object("type", "ops", "clientOpId", "b" + i, "ops", List.of(object("op", "create", "element",
                            object("id", id, "kind", "event", "text", "Sticky " + i, "x", i * 200, "y", 0)))));
                }
                // refused: the element does not exist; nothing of it may stay, the batches around it land
                client.send(object("type", "ops", "clientOpId", "refused", "ops", List.of(
                        object("op", "update", "id", ids.get(0), "set", object("text", "Renamed")),
                        object("op", "delete", "id", UUID.randomUUID().toString()))));
                client.send(object("type", "ops", "clientOpId", "b3", "ops", List.of()));
                client.send(object("type", "ops", "clientOpId", "last", "ops", List.of(
                        object("op", "update", "id", ids.get(9), "set", object("x", 5)))));
            });

            client.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asLong() == 11, "applied 11");
            List<JsonNode> received = client.received();
            List<JsonNode> applied = received.stream().filter(m -> "applied".equals(m.path("type").asString())).toList();
            assertThat(applied).extracting(m -> m.get("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
            assertThat(applied).extracting(m -> m.get("clientOpId").asString())
                    .containsExactly("b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "last");
            // a refusal and an acknowledgement go to their sender alone, and may come after later batches' broadcasts
            JsonNode rejected = answer(client, "rejected");
            assertThat(rejected.get("clientOpId").asString()).isEqualTo("refused");
            assertThat(rejected.get("code").asString()).isEqualTo("ELEMENT_NOT_FOUND");
            JsonNode ack = answer(client, "ack");
            assertThat(ack.get("clientOpId").asString()).isEqualTo("b3");
            assertThat(ack.get("seq").asLong()).isEqualTo(4);
        }

        await().atMost(WsClient.DEADLINE).until(() -> jdbc.sql("select seq from board where id = :id")
                .param("id", UUID.fromString(board.id())).query(Long.class).single() == 11L);
        assertThat(jdbc.sql("select text from element where board_id = :id and id = (select (ops->0->'element'->>'id')::uuid"
                        + " from op_log where board_id = :id and seq = 1)")
                .param("id", UUID.fromString(board.id())).query(String.class).single()).isEqualTo("Sticky 0");
        assertThat(jdbc.sql("select count(*) from op_log where board_id = :id").param("id", UUID.fromString(board.id()))
                .query(Long.class).single()).isEqualTo(11L);
    }

    @Test
    void eachBatchOfAGroupSeesTheElementsAndArrowsTheOnesBeforeItWrote() throws SQLException {
        Api.TestBoard board = api.createBoard("Read once for the group", "free");
        UUID boardId = UUID.fromString(board.id());
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String d = UUID.randomUUID().toString();
        String ab = UUID.randomUUID().toString();
        String bc = UUID.randomUUID().toString();
        String ad = UUID.randomUUID().toString();
        try (WsClient client = WsClient.join(port, board.id(), board.participant(), "known-" + UUID.randomUUID(), null)) {
            client.send(object("type", "ops", "clientOpId", "setup", "ops", List.of(create(a, "A"), create(b, "B"), create(c, "C"),
                    arrow(ab, a, b))));
            client.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asLong() == 1, "applied 1");
            whileTheBoardIsBusy(boardId, client, () -> {
                client.send(batch("renamed", object("op", "update", "id", a, "set", object("text", "A1"))));
                client.send(batch("joined", arrow(bc, b, c)));
                // takes both arrows with it: the one read with the lock and the one the batch before wrote
                client.send(batch("removed", object("op", "delete", "id", b)));
                client.send(batch("gone", object("op", "update", "id", bc, "set", object("label", "late"))));
                client.send(batch("added", object("op", "create", "element", object("id", d, "kind", "event", "text", "D"))));
                client.send(batch("renamed again", object("op", "update", "id", a, "set", object("text", "A2"))));
                client.send(batch("pointed", arrow(ad, a, d)));
            });
            client.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asLong() == 7, "applied 7");
            JsonNode removed = client.received().stream().filter(m -> "removed".equals(m.path("clientOpId").asString())).findFirst().orElseThrow();
            assertThat(removed.get("ops").findValuesAsString("id")).containsExactlyInAnyOrder(b, ab, bc);
            JsonNode gone = answer(client, "rejected");
            assertThat(gone.get("clientOpId").asString()).isEqualTo("gone");
            assertThat(gone.get("code").asString()).isEqualTo("ELEMENT_NOT_FOUND");
        }
        assertThat(jdbc.sql("select count(distinct xmin::text) from op_log where board_id = :id and seq > 1").param("id", boardId)
                .query(Long.class).single()).as("the batches queued behind the first were written together").isLessThanOrEqualTo(2L);
        assertThat(jdbc.sql("select id::text from element where board_id = :id").param("id", boardId).query(String.class).list())
                .containsExactlyInAnyOrder(a, c, d, ad);
        assertThat(jdbc.sql("select text || ' v' || version from element where board_id = :board and id = :id")
                .param("board", boardId).param("id", UUID.fromString(a)).query(String.class).single()).isEqualTo("A2 v3");
        // stacked on top of what was there when it was made, after the top one went: the same as when read
        assertThat(jdbc.sql("select id::text from element where board_id = :id order by z").param("id", boardId)
                .query(String.class).list()).containsExactly(a, c, d, ad);
    }

    private static java.util.Map<String, Object> batch(String clientOpId, Object op) {
        return object("type", "ops", "clientOpId", clientOpId, "ops", List.of(op));
    }

    private static java.util.Map<String, Object> arrow(String id, String from, String to) {
        return object("op", "create", "element", object("id", id, "kind", "arrow", "from", from, "to", to));
    }

    @Test
    void aBatchRefusedByItsOwnWritesLeavesNothingOfThemWhileTheBatchesAroundItLand() throws SQLException {
        Api.TestBoard board = api.createBoard("Refused by its writes", "free");
        UUID boardId = UUID.fromString(board.id());
        // an element no batch can read (unseen by everyone): only the insert of a new one with its id finds it, in the
        // round trip that also carries the batch's other writes, its log entry and, alone in its group, its live state
        String taken = unseenElement(boardId);
        String first = UUID.randomUUID().toString();
        try (WsClient client = WsClient.join(port, board.id(), board.participant(), "clash-" + UUID.randomUUID(), null)) {
            client.send(object("type", "ops", "clientOpId", "alone", "ops", List.of(create(first, "First"), create(taken, "Clash"))));
            JsonNode alone = client.await("rejected");
            assertThat(alone.get("clientOpId").asString()).isEqualTo("alone");
            assertThat(alone.get("code").asString()).isEqualTo("ELEMENT_EXISTS");
            assertThat(alone.get("field").asString()).isEqualTo("ops[1].element.id");
            assertThat(boardSeq(boardId)).isZero();

            whileTheBoardIsBusy(boardId, client, () -> {
                client.send(object("type", "ops", "clientOpId", "before", "ops", List.of(create(first, "First"))));
                client.send(object("type", "ops", "clientOpId", "grouped", "ops", List.of(
                        object("op", "update", "id", first, "set", object("text", "Renamed")),
                        create(UUID.randomUUID().toString(), "Second"), create(taken, "Clash"))));
                client.send(object("type", "ops", "clientOpId", "after", "ops", List.of(
                        object("op", "update", "id", first, "set", object("x", 5)))));
            });
            client.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asLong() == 2, "applied 2");
            List<JsonNode> applied = client.received().stream().filter(m -> "applied".equals(m.path("type").asString())).toList();
            assertThat(applied).extracting(m -> m.get("clientOpId").asString()).containsExactly("before", "after");
            assertThat(applied).extracting(m -> m.get("seq").asLong()).containsExactly(1L, 2L);
            // the refusal goes to its sender alone, and may come before or after the broadcasts
            JsonNode grouped = await().atMost(WsClient.DEADLINE).until(() -> client.received().stream()
                    .filter(m -> "rejected".equals(m.path("type").asString()) && "grouped".equals(m.path("clientOpId").asString()))
                    .findFirst(), java.util.Optional::isPresent).get();
            assertThat(grouped.get("code").asString()).isEqualTo("ELEMENT_EXISTS");
            assertThat(grouped.get("field").asString()).isEqualTo("ops[2].element.id");
        }
        await().atMost(WsClient.DEADLINE).until(() -> boardSeq(boardId) == 2L);
        assertThat(jdbc.sql("select client_op_id from op_log where board_id = :id order by seq").param("id", boardId)
                .query(String.class).list()).containsExactly("before", "after");
        assertThat(jdbc.sql("select text from element where board_id = :board and id = :id").param("board", boardId)
                .param("id", UUID.fromString(first)).query(String.class).single()).isEqualTo("First");
        assertThat(jdbc.sql("select count(*) from element where board_id = :id").param("id", boardId)
                .query(Long.class).single()).as("the sticky the refused batch created is not there").isEqualTo(2L);
    }

    @Test
    void aBatchWhoseWritesFailWithTheCommitIsAnsweredAloneAndTheConnectionGoesOn() {
        Api.TestBoard board = api.createBoard("Failing with the commit", "free");
        UUID boardId = UUID.fromString(board.id());
        String sticky = UUID.randomUUID().toString();
        // a fault a resend would meet again, in a write nothing reads the answer of: it is sent with the commit, which it stops
        jdbc.sql("create function refuse_boom() returns trigger language plpgsql as $$ begin raise exception 'no boom'; end $$").update();
        jdbc.sql("create trigger refuse_boom before update on element for each row when (new.board_id = '" + boardId
                + "' and new.text = 'Boom') execute function refuse_boom()").update();
        try (WsClient client = WsClient.join(port, board.id(), board.participant(), "boom-" + UUID.randomUUID(), null)) {
            client.send(object("type", "ops", "clientOpId", "created", "ops", List.of(create(sticky, "Calm"))));
            client.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asLong() == 1, "applied 1");

            client.send(object("type", "ops", "clientOpId", "boom", "ops", List.of(
                    object("op", "update", "id", sticky, "set", object("text", "Boom")))));
            JsonNode error = client.await("error");
            assertThat(error.get("clientOpId").asString()).isEqualTo("boom");
            assertThat(error.get("code").asString()).as("answered like a refusal, not as an outage to resend").isEqualTo("INTERNAL_ERROR");

            client.send(object("type", "ops", "clientOpId", "after", "ops", List.of(
                    object("op", "update", "id", sticky, "set", object("x", 5)))));
            JsonNode after = client.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asLong() == 2, "applied 2");
            assertThat(after.get("clientOpId").asString()).isEqualTo("after");
        } finally {
            jdbc.sql("drop trigger refuse_boom on element").update();
            jdbc.sql("drop function refuse_boom()").update();
        }
        assertThat(jdbc.sql("select client_op_id from op_log where board_id = :id order by seq").param("id", boardId)
                .query(String.class).list()).containsExactly("created", "after");
        assertThat(jdbc.sql("select text from element where board_id = :board and id = :id").param("board", boardId)
                .param("id", UUID.fromString(sticky)).query(String.class).single()).isEqualTo("Calm");
    }

    @Test
    void aRestBatchWhoseInsertFindsItsIdTakenIsRefusedBeforeAnythingCommits() {
        Api.TestBoard board = api.createBoard("Refused over REST", "free");
        UUID boardId = UUID.fromString(board.id());
        // an element no batch can read: only the insert finds it, and its answer must be read before the commit is sent
        String taken = unseenElement(boardId);

        Api.Response refused = api.ops(board.id(), board.participant(), "clash", create(UUID.randomUUID().toString(), "First"),
                create(taken, "Clash"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("ELEMENT_EXISTS");
        assertThat(refused.json().get("field").asString()).isEqualTo("ops[1].element.id");
        assertThat(boardSeq(boardId)).isZero();
        assertThat(jdbc.sql("select count(*) from element where board_id = :id").param("id", boardId)
                .query(Long.class).single()).as("only the unseen element").isEqualTo(1L);
    }

    /**
     * Queues {@code batches} while another connection holds the board's row, so they wait together, then lets the board
     * go: the connection's messages are handled in order, so its pong means every batch before it is queued.
     */
    private static void whileTheBoardIsBusy(UUID board, WsClient client, Runnable batches) throws SQLException {
        try (Connection holder = TestDatabase.get().connect()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from board where id = ? for update")) {
                lock.setObject(1, board);
                lock.executeQuery().close();
            }
            batches.run();
            client.send(object("type", "ping", "t", 1));
            client.await("pong");
            holder.commit();
        }
    }

    /** The id of an element nobody can see, so no batch reads it: only an insert with its id finds it. */
    private String unseenElement(UUID board) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into element (board_id, id, kind, x, y, w, h, z, version, updated_by, updated_at, hidden_for)"
                        + " values (:board, :id, 'event', 0, 0, 160, 100, 0, 1, 'someone', now(), 'nobody')")
                .param("board", board).param("id", UUID.fromString(id)).update();
        return id;
    }

    private long boardSeq(UUID board) {
        return jdbc.sql("select seq from board where id = :id").param("id", board).query(Long.class).single();
    }

    private static java.util.Map<String, Object> create(String id, String text) {
        return object("op", "create", "element", object("id", id, "kind", "event", "text", text, "x", 0, "y", 0));
    }

    /** The first message of this type the client has received, or the next one to come. */
    private static JsonNode answer(WsClient client, String type) {
        return client.received().stream().filter(m -> type.equals(m.path("type").asString())).findFirst()
                .orElseGet(() -> client.await(m -> type.equals(m.path("type").asString()), "the " + type));
    }
}
