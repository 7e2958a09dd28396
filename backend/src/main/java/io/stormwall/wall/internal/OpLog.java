package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Origin;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.Wall;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of a board's accepted batches, in seq order; the seq counter itself is live state ({@link LiveStates}). */
@Repository
class OpLog {

    private final JdbcClient jdbc;

    OpLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** PostgreSQL keeps microseconds; stamping batches at that precision makes live and replayed copies agree. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The seq a client op got when it was applied before, if it was: a resend is answered with it. */
    Optional<Long> seqOf(BoardId board, Origin origin, String clientOpId) {
        return jdbc.sql("select seq from op_log where board_id = :board and origin = :origin and client_op_id = :op")
                .param("board", board.value())
                .param("origin", origin.value())
                .param("op", clientOpId)
                .query(Long.class)
                .optional();
    }

    void append(BatchApplied batch) {
        jdbc.sql("insert into op_log (board_id, seq, origin, client_op_id, actor, ops, created_at, visible_to, others_ops)"
                        + " values (:board, :seq, :origin, :op, :actor, cast(:ops as jsonb), :at, cast(:visibleTo as text),"
                        + " cast(:othersOps as jsonb))")
                .param("board", batch.board().value())
                .param("seq", batch.seq())
                .param("origin", batch.origin().value())
                .param("op", batch.clientOpId())
                .param("actor", batch.by())
                .param("ops", batch.ops())
                .param("at", OffsetDateTime.ofInstant(batch.at(), ZoneOffset.UTC))
                .param("visibleTo", batch.visibleTo() == null ? null : batch.visibleTo().value())
                .param("othersOps", batch.othersOps())
                .update();
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", Wall.COMMIT_CHANNEL)
                .param("payload", batch.board() + ":" + batch.seq())
                .query(Object.class)
                .optional();
    }

    List<BatchApplied> after(BoardId board, long afterSeq, int limit) {
        return jdbc.sql("select seq, origin, client_op_id, actor, ops::text as ops, created_at, visible_to,"
                        + " others_ops::text as others_ops from op_log"
                        + " where board_id = :board and seq > :after order by seq limit :limit")
                .param("board", board.value())
                .param("after", afterSeq)
                .param("limit", limit)
                .query((rs, n) -> new BatchApplied(board, rs.getLong("seq"), new Origin(rs.getString("origin")),
                        rs.getString("client_op_id"), rs.getString("actor"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("ops"),
                        rs.getString("visible_to") == null ? null : new PersonId(rs.getString("visible_to")),
                        rs.getString("others_ops")))
                .list();
    }
}
