package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Each board's waiting items in the order they came, taken by one thread at a time: what is added to a board with
 * nothing waiting starts that board's turn; a line found empty after a turn is retired and leaves, and its board's
 * next item starts a fresh one. Boards share threads this way without a board's items ever being handled by two
 * threads at once.
 */
final class BoardLines<T> {

    private final Map<BoardId, Line<T>> lines = new ConcurrentHashMap<>();
    private final Consumer<Line<T>> start;

    /** @param start called with a board's line when an item arrives with nothing waiting before it */
    BoardLines(Consumer<Line<T>> start) {
        this.start = start;
    }

    void add(BoardId board, T item) {
        while (true) {
            Line<T> line = lines.computeIfAbsent(board, Line::new);
            Line.Added added = line.add(item);
            if (added == Line.Added.RETIRED) {
                continue; // its last turn has just ended and left the map: a fresh line takes over
            }
            if (added == Line.Added.START) {
                start.accept(line);
            }
            return;
        }
    }

    /** Up to {@code max} of the line's items; none means its turn is over, and the line retires. */
    List<T> take(Line<T> line, int max) {
        List<T> taken = line.take(max);
        if (taken.isEmpty()) {
            lines.remove(line.board(), line);
        }
        return taken;
    }

    /** After a turn: whether more came meanwhile; if not, the line retires. */
    boolean goesOn(Line<T> line) {
        if (line.goesOn()) {
            return true;
        }
        lines.remove(line.board(), line);
        return false;
    }

    /** One board's waiting items. */
    static final class Line<T> {

        private enum Added { QUEUED, START, RETIRED }

        private final BoardId board;
        private final ArrayDeque<T> waiting = new ArrayDeque<>();
        private boolean turn;
        private boolean retired;

        private Line(BoardId board) {
            this.board = board;
        }

        BoardId board() {
            return board;
        }

        private synchronized Added add(T item) {
            if (retired) {
                return Added.RETIRED;
            }
            waiting.add(item);
            if (turn) {
                return Added.QUEUED;
            }
            turn = true;
            return Added.START;
        }

        private synchronized List<T> take(int max) {
            List<T> taken = new ArrayList<>(Math.min(max, waiting.size()));
            while (taken.size() < max && !waiting.isEmpty()) {
                taken.add(waiting.poll());
            }
            if (taken.isEmpty()) {
                retire();
            }
            return taken;
        }

        private synchronized boolean goesOn() {
            if (!waiting.isEmpty()) {
                return true;
            }
            retire();
            return false;
        }

        private void retire() {
            turn = false;
            retired = true;
        }
    }
}
