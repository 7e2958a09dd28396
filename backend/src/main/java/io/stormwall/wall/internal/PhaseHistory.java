package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.PhaseTransition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The board's phase changes, kept apart from the op log so durations are one query away. */
@Component
class PhaseHistory {

    private static final String INSERT = "insert into phase_transition (board_id, seq, from_index, to_index, actor, role,"
            + " changed_at) values (:board, :seq, :from, :to, :actor, :role, :at)";

    private final JdbcClient jdbc;

    PhaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(BoardId board, PhaseTransition t) {
        jdbc.sql(INSERT).params(params(board, t)).update();
    }

    /** A phase change, to be sent with the writes of the batch that made it ({@link RoundTrips}). */
    Statement recording(BoardId board, PhaseTransition t) {
        return Statement.write(INSERT, params(board, t));
    }

    private static Map<String, Object> params(BoardId board, PhaseTransition t) {
        Map<String, Object> p = new HashMap<>();
        p.put("board", board.value());
        p.put("seq", t.seq());
        p.put("from", t.from());
        p.put("to", t.to());
        p.put("actor", t.by());
        p.put("role", t.role());
        p.put("at", OffsetDateTime.ofInstant(t.at(), ZoneOffset.UTC));
        return p;
    }

    List<PhaseTransition> of(BoardId board) {
        return jdbc.sql("select seq, from_index, to_index, actor, role, changed_at from phase_transition"
                        + " where board_id = :board order by seq")
                .param("board", board.value())
                .query((rs, n) -> new PhaseTransition(rs.getLong("seq"), rs.getInt("from_index"), rs.getInt("to_index"),
                        rs.getString("actor"), rs.getString("role"), rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
