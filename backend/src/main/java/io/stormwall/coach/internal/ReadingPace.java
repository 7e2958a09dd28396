package io.stormwall.coach.internal;

import io.stormwall.board.BoardId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the coach reads a board's wall again. A change to a calm board is read at once: a team fixing a sticky sees
 * its marker go as soon as the rules have run. A change past the seq the rules are still reading the board at says
 * it changes faster than they read it (the same change announced again, by the relay, says nothing): the board is busy from then on, and each change waits until {@code interval}
 * has passed since the last reading began, to be read with every change made meanwhile, at the latest seq. A change
 * later than that finds the board calm again. Without the pace, a busy board kept the coach's thread reading back to
 * back, taking a core from the edits for lists nobody can read that fast.
 */
final class ReadingPace {

    private record Board(long began, long seq, boolean reading, boolean busy) {}

    private final long intervalNanos;
    private final Map<BoardId, Board> boards = new ConcurrentHashMap<>();

    ReadingPace(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** How long, from {@code now}, a reading of the board asked for now, for a change up to {@code seq}, waits. */
    long delayNanos(BoardId id, long now, long seq) {
        Board board = boards.computeIfPresent(id, (key, b) -> b.reading && seq > b.seq ? new Board(b.began, b.seq, true, true) : b);
        if (board == null || !board.busy || now - board.began >= intervalNanos) {
            boards.computeIfPresent(id, (key, b) -> b.reading ? b : null); // calm again
            return 0;
        }
        return board.began + intervalNanos - now;
    }

    /** The rules began reading the board, as it was at {@code seq}, at {@code now}. */
    void began(BoardId id, long now, long seq) {
        boards.compute(id, (key, b) -> new Board(now, seq, true, b != null && b.busy));
    }

    /** The reading is over, its list published. */
    void ended(BoardId id) {
        boards.computeIfPresent(id, (key, b) -> new Board(b.began, b.seq, false, b.busy));
    }

    void clear() {
        boards.clear();
    }
}
