package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.WallTimer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one repository of the wall's live state: the board row's columns seq, phase_index, gating_lifted, frozen and
 * timer_* (V1–V4), voting_* (V11.1), silent (V12). Nothing else reads or writes them; the board module keeps the row's identity columns.
 */
@Component
class LiveStates {

    private static final String COLUMNS = "seq, phase_index, gating_lifted, frozen, timer_duration_ms, timer_ends_at,"
            + " timer_remaining_ms, voting_state, voting_per_person, voting_kinds, voting_revealed, silent";
    private static final String UPDATE = "update board set seq = :seq, phase_index = :phase, gating_lifted = :gating,"
            + " frozen = :frozen, timer_duration_ms = :duration, timer_ends_at = :endsAt, timer_remaining_ms = :remaining,"
            + " voting_state = :votingState, voting_per_person = :votesPerPerson,"
            + " voting_kinds = :votingKinds, voting_revealed = :votingRevealed, silent = :silent where id = :board";

    private final JdbcClient jdbc;

    LiveStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LiveState> read(BoardId board) {
        return jdbc.sql("select " + COLUMNS + " from board where id = :board")
                .param("board", board.value())
                .query(LiveStates::map)
                .optional();
    }

    /**
     * Reads the state into {@code locked} (nothing when there is no such board) and locks the board's row until the
     * transaction ends: batches of one board commit one at a time. The statements sent after it in the same round
     * trip ({@link RoundTrips}) run once the lock is granted.
     */
    Statement locking(BoardId board, Consumer<LiveState> locked) {
        return lockingAll(List.of(board), (id, state) -> locked.accept(state));
    }

    /**
     * {@link #locking} for several boards in one statement, whatever their number: the rows are locked in the order
     * of the boards' ids, which every transaction holding several boards keeps, so no two of them wait for each other
     * in a circle. The same text each time, so PostgreSQL plans it once per connection; {@code locked} gets the state
     * of each board that exists.
     */
    Statement lockingAll(Collection<BoardId> boards, BiConsumer<BoardId, LiveState> locked) {
        String[] ids = boards.stream().map(BoardId::toString).toArray(String[]::new);
        return new Statement(LOCKING_ALL, new Object[] {ids}, rs -> {
            while (rs.next()) {
                locked.accept(new BoardId(rs.getObject("id", UUID.class)), map(rs, 0));
            }
        }, null);
    }

    private static final String LOCKING_ALL =
            "select id, " + COLUMNS + " from board where id = any(cast(? as uuid[])) order by id for update";

    void save(BoardId board, LiveState state) {
        bind(jdbc.sql(UPDATE), board, state).update();
    }

    /**
     * Saves the state and sends {@code announcement} in one statement, to be sent with a batch's other writes
     * ({@link RoundTrips}): a live batch is written in few round trips to the database, and each of them delays
     * everyone's copy of it.
     */
    Statement savingAnnounced(BoardId board, LiveState state, OpLog.Announcement announcement) {
        Map<String, Object> params = params(board, state);
        params.put("channel", announcement.channel());
        params.put("payload", announcement.payload());
        return Statement.named("with saved as (" + UPDATE + " returning id) select pg_notify(:channel, :payload) from saved",
                params, null, null);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, BoardId board, LiveState state) {
        return sql.params(params(board, state));
    }

    private static Map<String, Object> params(BoardId board, LiveState state) {
        WallTimer timer = state.timer();
        Map<String, Object> p = new HashMap<>();
        p.put("board", board.value());
        p.put("seq", state.seq());
        p.put("phase", state.phaseIndex());
        p.put("gating", state.gatingLifted());
        p.put("frozen", state.frozen());
        p.put("duration", timer.durationMs());
        p.put("endsAt", timer.endsAt() == null ? null : OffsetDateTime.ofInstant(timer.endsAt(), ZoneOffset.UTC));
        p.put("remaining", timer.remainingMs());
        p.put("votingState", state.voting().state());
        p.put("votesPerPerson", state.voting().votesPerPerson());
        p.put("votingKinds", state.voting().kinds() == null ? null : state.voting().kinds().toArray(String[]::new));
        p.put("votingRevealed", state.voting().revealed());
        p.put("silent", state.silent());
        return p;
    }

    private static LiveState map(ResultSet rs, int row) throws SQLException {
        return new LiveState(rs.getLong("seq"), rs.getInt("phase_index"), rs.getBoolean("gating_lifted"),
                rs.getBoolean("frozen"), timer(rs), voting(rs), rs.getBoolean("silent"));
    }

    private static VotingState voting(ResultSet rs) throws SQLException {
        java.sql.Array kinds = rs.getArray("voting_kinds");
        return new VotingState(rs.getString("voting_state"), rs.getInt("voting_per_person"),
                kinds == null ? null : List.of((String[]) kinds.getArray()), rs.getBoolean("voting_revealed"));
    }

    /** The timer's columns as the record they stand for; see V4__timer.sql. */
    private static WallTimer timer(ResultSet rs) throws SQLException {
        long duration = rs.getLong("timer_duration_ms");
        OffsetDateTime endsAt = rs.getObject("timer_ends_at", OffsetDateTime.class);
        long remaining = rs.getLong("timer_remaining_ms");
        if (endsAt != null) {
            return WallTimer.running(Duration.ofMillis(duration), endsAt.toInstant());
        }
        return rs.wasNull() ? WallTimer.IDLE : WallTimer.paused(Duration.ofMillis(duration), Duration.ofMillis(remaining));
    }
}
