package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.ContinuedFrom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which board, at which seq, a board's wall was carried over from. */
@Component
class Provenances {

    private final JdbcClient jdbc;

    Provenances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(BoardId board, ContinuedFrom from) {
        jdbc.sql("insert into board_provenance (board_id, source_board_id, source_title, source_format, source_seq,"
                        + " continued_at, continued_by) values (:board, :source, :title, :format, :seq, :at, :by)")
                .param("board", board.value())
                .param("source", from.boardId())
                .param("title", from.title())
                .param("format", from.format())
                .param("seq", from.seq())
                .param("at", OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
                .param("by", from.by())
                .update();
    }

    Optional<ContinuedFrom> of(BoardId board) {
        return jdbc.sql("select * from board_provenance where board_id = :board")
                .param("board", board.value())
                .query((rs, n) -> new ContinuedFrom(rs.getObject("source_board_id", UUID.class), rs.getString("source_title"),
                        rs.getString("source_format"), rs.getLong("source_seq"),
                        rs.getObject("continued_at", OffsetDateTime.class).toInstant(), rs.getString("continued_by")))
                .optional();
    }
}
