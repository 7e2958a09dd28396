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
        assertThat(pace.delayNanos(board, 5 * MS, 11)).isZero();
    }

    @Test
    void aChangeAfterACalmReadingIsReadAtOnce() {
        pace.began(board, 1_000 * MS, 10);
        pace.ended(board);
        assertThat(pace.delayNanos(board, 1_001 * MS, 11)).as("a team fixing a sticky, one change at a time").isZero();
    }

    @Test
    void aChangeWhileTheBoardIsReadWaitsForTheIntervalFromThatReadingsStart() {
        pace.began(board, 1_000 * MS, 10);
        assertThat(pace.delayNanos(board, 1_030 * MS, 11)).isEqualTo(70 * MS);
        pace.ended(board);
        assertThat(pace.delayNanos(board, 1_099 * MS, 11)).as("busy: after the reading too").isEqualTo(1 * MS);
    }

    @Test
    void theChangeBeingReadAnnouncedAgainLeavesTheBoardCalm() {
        pace.began(board, 1_000 * MS, 10);
        assertThat(pace.delayNanos(board, 1_002 * MS, 10)).isZero();
        pace.ended(board);
        assertThat(pace.delayNanos(board, 1_010 * MS, 11)).isZero();
    }

    @Test
    void aBusyBoardStaysPacedWhileItKeepsChanging() {
        pace.began(board, 1_000 * MS, 10);
        pace.delayNanos(board, 1_002 * MS, 11);
        pace.ended(board);
        pace.began(board, 1_100 * MS, 11);
        pace.ended(board);
        assertThat(pace.delayNanos(board, 1_105 * MS, 12)).isEqualTo(95 * MS);
    }

    @Test
    void aBusyBoardIsCalmAgainOnceAnIntervalPassesWithoutAChange() {
        pace.began(board, 1_000 * MS, 10);
        pace.delayNanos(board, 1_002 * MS, 11);
        pace.ended(board);
        assertThat(pace.delayNanos(board, 1_150 * MS, 11)).isZero();
        pace.began(board, 1_150 * MS, 10);
        pace.ended(board);
        assertThat(pace.delayNanos(board, 1_160 * MS, 11)).as("calm: read at once").isZero();
    }

    @Test
    void eachBoardKeepsItsOwnPace() {
        BoardId other = new BoardId(UUID.randomUUID());
        pace.began(board, 1_000 * MS, 10);
        pace.delayNanos(board, 1_002 * MS, 11);
        assertThat(pace.delayNanos(other, 1_010 * MS, 11)).isZero();
    }
}
