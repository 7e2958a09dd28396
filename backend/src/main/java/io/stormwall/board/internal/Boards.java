package io.stormwall.board.internal;

import io.stormwall.board.BoardId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Boards {

    private final JdbcClient jdbc;

    Boards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Board insert(BoardId id, String title, String format) {
        return jdbc.sql("""
                        insert into board (id, title, format) values (:id, :title, :format)
                        returning id, title, format, phase_index, seq, created_at""")
                .param("id", id.value())
                .param("title", title)
                .param("format", format)
                .query(Boards::map)
                .single();
    }

    Optional<Board> find(BoardId id) {
        return jdbc.sql("select id, title, format, phase_index, seq, created_at from board where id = :id")
                .param("id", id.value())
                .query(Boards::map)
                .optional();
    }

    private static Board map(ResultSet rs, int row) throws SQLException {
        return new Board(
                new BoardId(rs.getObject("id", UUID.class)),
                rs.getString("title"),
                rs.getString("format"),
                rs.getInt("phase_index"),
                rs.getLong("seq"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
