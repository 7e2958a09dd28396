package io.stormwall.board.internal;

import io.stormwall.board.Attendance;
import io.stormwall.board.Attendee;
import io.stormwall.board.BoardId;
import io.stormwall.board.Role;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAttendance implements Attendance {

    private final JdbcClient jdbc;

    JdbcAttendance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void joined(BoardId board, String name, Role role) {
        jdbc.sql("insert into board_attendee (board_id, name, role, first_joined) values (:board, :name, :role, now())"
                        + " on conflict do nothing")
                .param("board", board.value())
                .param("name", name)
                .param("role", role.id())
                .update();
    }

    @Override
    public List<Attendee> of(BoardId board) {
        return jdbc.sql("select name, role, first_joined from board_attendee where board_id = :board order by first_joined, name, role")
                .param("board", board.value())
                .query((rs, n) -> new Attendee(rs.getString("name"), Role.fromId(rs.getString("role")),
                        rs.getObject("first_joined", OffsetDateTime.class).toInstant()))
                .list();
    }
}
