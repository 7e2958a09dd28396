package io.stormwall.coach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.board.BoardId;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("rules")
class ReadingPaceTest {

    private static final long MS = 1_000_000;
    private final ReadingPace pace = new ReadingPace(100 * MS);
    private final BoardId board = new BoardId(UUID.randomUUID());

    @Test
    void aBoardNeverReadIsReadAtOnce() {
        assertThat(pace.delayNanos(board, 5 * MS)).isZero();
    }

    @Test
    void aChangeSoonAfterAReadingWaitsForTheIntervalToEnd() {
        pace.reading(board, 1_000 * MS);
        assertThat(pace.delayNanos(board, 1_030 * MS)).isEqualTo(70 * MS);
        assertThat(pace.delayNanos(board, 1_099 * MS)).isEqualTo(1 * MS);
    }

    @Test
    void aChangeAfterAQuietSpellIsReadAtOnce() {
        pace.reading(board, 1_000 * MS);
        assertThat(pace.delayNanos(board, 1_100 * MS)).isZero();
        assertThat(pace.delayNanos(board, 9_000 * MS)).isZero();
    }

    @Test
    void eachBoardKeepsItsOwnPace() {
        BoardId other = new BoardId(UUID.randomUUID());
        pace.reading(board, 1_000 * MS);
        assertThat(pace.delayNanos(other, 1_010 * MS)).isZero();
    }

    @Test
    void aForgottenBoardStartsAfresh() {
        pace.reading(board, 1_000 * MS);
        pace.forget(board);
        assertThat(pace.delayNanos(board, 1_010 * MS)).isZero();
    }
}
