package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.PhaseTransition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The board's phase changes, kept apart from the op log so durations are one query away. */
@Repository
class PhaseHistory {

    private final JdbcClient jdbc;

    PhaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(BoardId board, PhaseTransition t) {
        jdbc.sql("insert into phase_transition (board_id, seq, from_index, to_index, actor, role, changed_at)"
                        + " values (:board, :seq, :from, :to, :actor, :role, :at)")
                .param("board", board.value())
                .param("seq", t.seq())
                .param("from", t.from())
                .param("to", t.to())
                .param("actor", t.by())
                .param("role", t.role())
                .param("at", OffsetDateTime.ofInstant(t.at(), ZoneOffset.UTC))
                .update();
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
