package io.stormwall.coach.internal;

import io.stormwall.board.BoardId;
import io.stormwall.coach.Acceptance;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one repository of the coach's tables (V11): the switch per board, and the accepted findings. */
@Repository
class CoachSettings {

    private final JdbcClient jdbc;

    CoachSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** On unless the facilitator switched it off. */
    boolean enabled(BoardId board) {
        return jdbc.sql("select enabled from coach_board where board_id = :board")
                .param("board", board.value())
                .query(Boolean.class).optional().orElse(true);
    }

    void setEnabled(BoardId board, boolean enabled) {
        jdbc.sql("insert into coach_board (board_id, enabled) values (:board, :enabled)"
                        + " on conflict (board_id) do update set enabled = excluded.enabled")
                .param("board", board.value())
                .param("enabled", enabled)
                .update();
    }

    /** The accepted findings by key, oldest first. */
    Map<String, Acceptance> accepted(BoardId board) {
        Map<String, Acceptance> accepted = new LinkedHashMap<>();
        jdbc.sql("select finding_key, accepted_by, accepted_at from coach_accepted where board_id = :board"
                        + " order by accepted_at, finding_key")
                .param("board", board.value())
                .query((rs, row) -> accepted.put(rs.getString("finding_key"), new Acceptance(rs.getString("accepted_by"),
                        rs.getObject("accepted_at", OffsetDateTime.class).toInstant())))
                .list();
        return accepted;
    }

    int acceptedCount(BoardId board) {
        return jdbc.sql("select count(*) from coach_accepted where board_id = :board")
                .param("board", board.value()).query(Integer.class).single();
    }

    boolean isAccepted(BoardId board, String key) {
        return jdbc.sql("select count(*) from coach_accepted where board_id = :board and finding_key = :key")
                .param("board", board.value()).param("key", key).query(Integer.class).single() > 0;
    }

    /** Accepting again keeps who accepted first. */
    void accept(BoardId board, String key, Acceptance acceptance) {
        jdbc.sql("insert into coach_accepted (board_id, finding_key, accepted_by, accepted_at)"
                        + " values (:board, :key, :by, :at) on conflict (board_id, finding_key) do nothing")
                .param("board", board.value())
                .param("key", key)
                .param("by", acceptance.by())
                .param("at", at(acceptance.at()))
                .update();
    }

    void withdraw(BoardId board, String key) {
        jdbc.sql("delete from coach_accepted where board_id = :board and finding_key = :key")
                .param("board", board.value()).param("key", key).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
