package io.stormwall.board.internal;

import io.stormwall.board.BoardId;
import io.stormwall.board.BoardSummary;
import io.stormwall.board.BoardTimer;
import io.stormwall.board.Boards;
import io.stormwall.phase.FormatCatalog;
import io.stormwall.phase.PhaseRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBoards implements Boards {

    private static final String COLUMNS = "id, title, format, phase_index, seq, created_at, gating_lifted, frozen,"
            + " timer_duration_ms, timer_ends_at, timer_remaining_ms";

    private final JdbcClient jdbc;
    private final FormatCatalog formats;

    JdbcBoards(JdbcClient jdbc, FormatCatalog formats) {
        this.jdbc = jdbc;
        this.formats = formats;
    }

    BoardSummary insert(BoardId id, String title, String format) {
        return jdbc.sql("insert into board (id, title, format) values (:id, :title, :format) returning " + COLUMNS)
                .param("id", id.value())
                .param("title", title)
                .param("format", format)
                .query(this::map)
                .single();
    }

    @Override
    public Optional<BoardSummary> find(BoardId id) {
        return jdbc.sql("select " + COLUMNS + " from board where id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    private BoardSummary map(ResultSet rs, int row) throws SQLException {
        String format = rs.getString("format");
        return new BoardSummary(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                format,
                PhaseRef.of(formats.find(format).orElseThrow(), rs.getInt("phase_index")),
                rs.getLong("seq"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("gating_lifted"),
                rs.getBoolean("frozen"),
                timer(rs));
    }

    /** The timer's columns as the record they stand for; see V4__timer.sql. */
    private static BoardTimer timer(ResultSet rs) throws SQLException {
        long duration = rs.getLong("timer_duration_ms");
        OffsetDateTime endsAt = rs.getObject("timer_ends_at", OffsetDateTime.class);
        long remaining = rs.getLong("timer_remaining_ms");
        if (endsAt != null) {
            return BoardTimer.running(Duration.ofMillis(duration), endsAt.toInstant());
        }
        return rs.wasNull() ? BoardTimer.IDLE : BoardTimer.paused(Duration.ofMillis(duration), Duration.ofMillis(remaining));
    }
}
