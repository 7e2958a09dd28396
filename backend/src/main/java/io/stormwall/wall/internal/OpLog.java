package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Origin;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.SentBatch;
import io.stormwall.wall.Wall;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The log of a board's accepted batches, in seq order; the seq counter itself is live state ({@link LiveStates}). */
@Component
class OpLog {

    /** The origin of a board's seed: no live client's hash (22 characters) nor a REST origin ("rest:…") equals it. */
    static final Origin SEED = new Origin("seed");

    /** What a batch is read from, whichever batches are read. */
    private static final String COLUMNS =
            "seq, origin, client_op_id, actor, ops::text as ops, created_at, visible_to, others_ops::text as others_ops";

    private final JdbcClient jdbc;

    OpLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** PostgreSQL keeps microseconds; stamping batches at that precision makes live and replayed copies agree. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Reads the seqs that those of these batches which were applied before got into {@code seqs}, in one statement
     * sent with the board's lock ({@link LiveStates#locking}): it runs once the lock is granted, so it sees every
     * batch committed before.
     */
    Statement seqsOf(BoardId board, Collection<SentBatch> sent, Map<SentBatch, Long> seqs) {
        return seqsOfAll(Map.of(board, sent), (id, batch, seq) -> seqs.put(batch, seq));
    }

    /** A batch of a board applied before, with the seq it got. */
    @FunctionalInterface
    interface AppliedBefore {
        void found(BoardId board, SentBatch batch, long seq);
    }

    /**
     * {@link #seqsOf} for the batches of several boards in one statement, whatever their number (the same text each
     * time, planned once per connection): each one found goes to {@code seqs}.
     */
    Statement seqsOfAll(Map<BoardId, ? extends Collection<SentBatch>> sent, AppliedBefore seqs) {
        int n = sent.values().stream().mapToInt(Collection::size).sum();
        String[] boards = new String[n];
        String[] origins = new String[n];
        String[] ops = new String[n];
        int i = 0;
        for (Map.Entry<BoardId, ? extends Collection<SentBatch>> board : sent.entrySet()) {
            for (SentBatch batch : board.getValue()) {
                boards[i] = board.getKey().toString();
                origins[i] = batch.origin().value();
                ops[i++] = batch.clientOpId();
            }
        }
        return new Statement(SEQS_OF_ALL, new Object[] {boards, origins, ops}, rs -> {
            while (rs.next()) {
                seqs.found(new BoardId(rs.getObject("board_id", UUID.class)),
                        new SentBatch(new Origin(rs.getString("origin")), rs.getString("client_op_id")), rs.getLong("seq"));
            }
        }, null);
    }

    private static final String SEQS_OF_ALL = "select board_id, origin, client_op_id, seq from op_log"
            + " where (board_id, origin, client_op_id) in"
            + " (select * from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[])))";

    /** The batch's append, to be sent with the writes of its act ({@link RoundTrips}). */
    Statement append(BatchApplied batch) {
        Map<String, Object> params = new HashMap<>();
        params.put("board", batch.board().value());
        params.put("seq", batch.seq());
        params.put("origin", batch.origin().value());
        params.put("op", batch.clientOpId());
        params.put("actor", batch.by());
        params.put("ops", batch.ops());
        params.put("at", OffsetDateTime.ofInstant(batch.at(), ZoneOffset.UTC));
        params.put("visibleTo", batch.visibleTo() == null ? null : batch.visibleTo().value());
        params.put("othersOps", batch.othersOps());
        return Statement.write("insert into op_log (board_id, seq, origin, client_op_id, actor, ops, created_at, visible_to,"
                + " others_ops) values (:board, :seq, :origin, :op, :actor, cast(:ops as jsonb), :at, cast(:visibleTo as text),"
                + " cast(:othersOps as jsonb))", params);
    }

    /** What tells every node, once the transaction commits, that the board's log holds batches up to {@code seq}. */
    Announcement announcement(BoardId board, long seq) {
        return new Announcement(Wall.COMMIT_CHANNEL, board + ":" + seq);
    }

    /** A NOTIFY, sent by the statement that saves the state it announces ({@link LiveStates#savingAnnounced}). */
    record Announcement(String channel, String payload) {}

    List<BatchApplied> after(BoardId board, long afterSeq, int limit) {
        return between(board, afterSeq, Long.MAX_VALUE, limit);
    }

    /** The batches after {@code afterSeq} up to {@code upTo}, in order, at most {@code limit}; never the seed. */
    List<BatchApplied> between(BoardId board, long afterSeq, long upTo, int limit) {
        return jdbc.sql("select " + COLUMNS + " from op_log"
                        + " where board_id = :board and seq > :after and seq <= :upTo and origin <> :seed order by seq limit :limit")
                .param("board", board.value())
                .param("after", afterSeq)
                .param("upTo", upTo)
                .param("seed", SEED.value())
                .param("limit", limit)
                .query((rs, n) -> batch(board, rs))
                .list();
    }

    /**
     * Keeps the wall a board was created with (an import's, a continuation's) as the first entry of its log, at the
     * seq the board starts from, so that replaying the log from there gives every later wall. It is nobody's batch:
     * not announced, never handed to clients as one ({@link #between} leaves it out).
     */
    void appendSeed(BoardId board, long seq, Instant at, String ops) {
        jdbc.sql("insert into op_log (board_id, seq, origin, client_op_id, actor, ops, created_at)"
                        + " values (:board, :seq, :origin, 'seed', 'seed', cast(:ops as jsonb), :at)")
                .param("board", board.value())
                .param("seq", seq)
                .param("origin", SEED.value())
                .param("ops", ops)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    Optional<BatchApplied> seed(BoardId board) {
        return jdbc.sql("select " + COLUMNS + " from op_log where board_id = :board and origin = :seed")
                .param("board", board.value())
                .param("seed", SEED.value())
                .query((rs, n) -> batch(board, rs))
                .optional();
    }

    /** The first batch's seq, if there is one: a board that was never seeded starts its order at 1. */
    Optional<Long> firstSeq(BoardId board) {
        return jdbc.sql("select min(seq) from op_log where board_id = :board and origin <> :seed")
                .param("board", board.value())
                .param("seed", SEED.value())
                .query(Long.class)
                .optional()
                .filter(java.util.Objects::nonNull);
    }

    /** The batches that are checkpoints (a phase change or a checkpoint taken by hand), oldest first. */
    List<BatchApplied> marks(BoardId board) {
        return jdbc.sql("select " + COLUMNS + " from op_log"
                        + " where board_id = :board and ops->0->>'op' in ('phase', 'checkpoint') order by seq")
                .param("board", board.value())
                .query((rs, n) -> batch(board, rs))
                .list();
    }

    private static BatchApplied batch(BoardId board, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new BatchApplied(board, rs.getLong("seq"), new Origin(rs.getString("origin")),
                rs.getString("client_op_id"), rs.getString("actor"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("ops"),
                rs.getString("visible_to") == null ? null : new PersonId(rs.getString("visible_to")), rs.getString("others_ops"));
    }
}
