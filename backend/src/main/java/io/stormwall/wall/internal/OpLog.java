package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.board.BoardTimer;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Wall;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The board's order: its {@code seq} counter and the log of accepted batches. */
@Repository
class OpLog {

    private final JdbcClient jdbc;

    OpLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a batch is checked against, read under the lock that orders the board's batches. */
    record BoardHead(long seq, String format, int phaseIndex, boolean gatingLifted, boolean frozen) {}

    /** The board locked for one batch: its head, and the seq this client op got if it was applied before. */
    record Turn(BoardId board, BoardHead head, Optional<Long> earlier) {

        /** The batch that follows the head, with the given ops (a JSON array), by {@code actor} at {@code at}. */
        BatchApplied next(String clientId, String clientOpId, String actor, Instant at, String ops) {
            return new BatchApplied(board, head.seq() + 1, clientId, clientOpId, actor, at, ops);
        }
    }

    /**
     * Takes the board's turn for one batch: locks the board row for this transaction (batches of one board commit
     * one at a time, in seq order) and looks up whether this client op was applied before.
     */
    Turn take(BoardId board, String clientId, String clientOpId) {
        BoardHead head = lock(board).orElseThrow(BoardId::notFound);
        return new Turn(board, head, seqOf(board, clientId, clientOpId));
    }

    /** PostgreSQL keeps microseconds; stamping batches at that precision makes live and replayed copies agree. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Optional<BoardHead> lock(BoardId board) {
        return jdbc.sql("select seq, format, phase_index, gating_lifted, frozen from board where id = :board for update")
                .param("board", board.value())
                .query((rs, n) -> new BoardHead(rs.getLong("seq"), rs.getString("format"), rs.getInt("phase_index"),
                        rs.getBoolean("gating_lifted"), rs.getBoolean("frozen")))
                .optional();
    }

    /** The facilitator's on/off controls: the op that records a change and the board column that holds it. */
    enum Switch {
        GATING_LIFTED("gating", "lifted", "gating_lifted"),
        FROZEN("freeze", "frozen", "frozen");

        private final String op;
        private final String member;
        private final String column;

        Switch(String op, String member, String column) {
            this.op = op;
            this.member = member;
            this.column = column;
        }

        String op() {
            return op;
        }

        String member() {
            return member;
        }
    }

    void setPhase(BoardId board, int index) {
        jdbc.sql("update board set phase_index = :index where id = :board")
                .param("board", board.value())
                .param("index", index)
                .update();
    }

    void set(BoardId board, Switch which, boolean on) {
        // The column comes from the enum, never from input.
        jdbc.sql("update board set " + which.column + " = :on where id = :board")
                .param("board", board.value())
                .param("on", on)
                .update();
    }

    void setTimer(BoardId board, BoardTimer timer) {
        jdbc.sql("update board set timer_duration_ms = :duration, timer_ends_at = :endsAt, timer_remaining_ms = :remaining"
                        + " where id = :board")
                .param("board", board.value())
                .param("duration", timer.durationMs())
                .param("endsAt", timer.endsAt() == null ? null : OffsetDateTime.ofInstant(timer.endsAt(), ZoneOffset.UTC))
                .param("remaining", timer.remainingMs())
                .update();
    }

    private Optional<Long> seqOf(BoardId board, String clientId, String clientOpId) {
        return jdbc.sql("select seq from op_log where board_id = :board and client_id = :client and client_op_id = :op")
                .param("board", board.value())
                .param("client", clientId)
                .param("op", clientOpId)
                .query(Long.class)
                .optional();
    }

    void append(BatchApplied batch) {
        jdbc.sql("insert into op_log (board_id, seq, client_id, client_op_id, actor, ops, created_at)"
                        + " values (:board, :seq, :client, :op, :actor, cast(:ops as jsonb), :at)")
                .param("board", batch.board().value())
                .param("seq", batch.seq())
                .param("client", batch.clientId())
                .param("op", batch.clientOpId())
                .param("actor", batch.by())
                .param("ops", batch.ops())
                .param("at", OffsetDateTime.ofInstant(batch.at(), ZoneOffset.UTC))
                .update();
        jdbc.sql("update board set seq = :seq where id = :board")
                .param("board", batch.board().value())
                .param("seq", batch.seq())
                .update();
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", Wall.COMMIT_CHANNEL)
                .param("payload", batch.board() + ":" + batch.seq())
                .query(Object.class)
                .optional();
    }

    List<BatchApplied> after(BoardId board, long afterSeq, int limit) {
        return jdbc.sql("select seq, client_id, client_op_id, actor, ops::text as ops, created_at from op_log"
                        + " where board_id = :board and seq > :after order by seq limit :limit")
                .param("board", board.value())
                .param("after", afterSeq)
                .param("limit", limit)
                .query((rs, n) -> new BatchApplied(board, rs.getLong("seq"), rs.getString("client_id"),
                        rs.getString("client_op_id"), rs.getString("actor"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("ops")))
                .list();
    }
}
