package io.stormwall.board.internal;

import io.stormwall.board.Board;
import io.stormwall.board.BoardId;
import io.stormwall.board.Boards;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board row's identity columns. The row's live columns (seq, phase, switches, timer) belong to the wall
 * module, which alone reads and writes them.
 */
@Repository
class JdbcBoards implements Boards {

    private static final String COLUMNS = "id, title, format, created_at";

    private final JdbcClient jdbc;

    JdbcBoards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Board insert(BoardId id, String title, String format) {
        return jdbc.sql("insert into board (id, title, format) values (:id, :title, :format) returning " + COLUMNS)
                .param("id", id.value())
                .param("title", title)
                .param("format", format)
                .query(JdbcBoards::map)
                .single();
    }

    @Override
    public Optional<Board> find(BoardId id) {
        return jdbc.sql("select " + COLUMNS + " from board where id = :id")
                .param("id", id.value())
                .query(JdbcBoards::map)
                .optional();
    }

    private static Board map(ResultSet rs, int row) throws SQLException {
        return new Board(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("format"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
