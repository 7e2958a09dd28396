package io.stormwall.coach.internal;

import io.stormwall.board.BoardId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the coach reads a board's wall again: a change after a quiet spell at once, but a board changing faster than
 * {@code interval} is read once per interval, at its latest seq. On a busy board the rules would otherwise run back
 * to back on one thread, taking a core from the edits, for lists nobody can read that fast.
 */
final class ReadingPace {

    private final long intervalNanos;
    private final Map<BoardId, Long> lastReading = new ConcurrentHashMap<>();

    ReadingPace(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** How long, from {@code now}, a reading of the board asked for now waits. */
    long delayNanos(BoardId board, long now) {
        Long last = lastReading.get(board);
        return last == null ? 0 : Math.max(0, last + intervalNanos - now);
    }

    /** The rules started reading the board at {@code now}. */
    void reading(BoardId board, long now) {
        lastReading.put(board, now);
    }

    void forget(BoardId board) {
        lastReading.remove(board);
    }

    void clear() {
        lastReading.clear();
    }
}
