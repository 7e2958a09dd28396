package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each board's deliveries in the order they were handed over, one at a time per board, on threads all boards share:
 * a board waits only behind its own deliveries, never behind another board's (one thread for all of them left every
 * board's batches queued behind the busiest boards', and behind any board reading its log). The committed batches
 * that queued for a board meanwhile are handed to it together, so its room takes its lock, and its clients are
 * written to, once for all of them.
 */
final class DeliveryLines {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLines.class);

    /** Batches handed to a board at once, at most: a board that keeps receiving still lets the others go first. */
    static final int MOST_AT_ONCE = 64;

    private final BoardLines<Object> lines = new BoardLines<>(this::schedule);
    private final ExecutorService threads;
    private final BiConsumer<BoardId, List<BatchApplied>> deliver;

    /** @param deliver given a board's committed batches in the order they were offered, on the board's turn */
    DeliveryLines(int threads, BiConsumer<BoardId, List<BatchApplied>> deliver) {
        this.threads = Executors.newFixedThreadPool(threads, Threads.daemon("batch-delivery"));
        this.deliver = deliver;
    }

    /** A batch committed: delivered after whatever its board was handed before. */
    void offer(BatchApplied batch) {
        lines.add(batch.board(), batch);
    }

    /** Runs {@code task} on the board's turn, after whatever the board was handed before. */
    void run(BoardId board, Runnable task) {
        lines.add(board, task);
    }

    void stop() {
        threads.shutdown();
    }

    private void schedule(BoardLines.Line<Object> line) {
        try {
            threads.execute(() -> turn(line));
        } catch (RejectedExecutionException stopped) {
            log.debug("Not delivering: the live wall is stopping");
        }
    }

    /** One turn of a board: what it was handed so far, then it goes behind the boards waiting meanwhile. */
    private void turn(BoardLines.Line<Object> line) {
        try {
            List<BatchApplied> batches = new ArrayList<>();
            for (Object item : lines.take(line, MOST_AT_ONCE)) {
                if (item instanceof BatchApplied batch) {
                    batches.add(batch);
                    continue;
                }
                deliverSafely(line.board(), batches);
                runSafely((Runnable) item);
            }
            deliverSafely(line.board(), batches);
        } finally {
            if (lines.goesOn(line)) {
                schedule(line);
            }
        }
    }

    private void deliverSafely(BoardId board, List<BatchApplied> batches) {
        if (batches.isEmpty()) {
            return;
        }
        try {
            deliver.accept(board, List.copyOf(batches));
        } catch (RuntimeException e) {
            log.error("Delivering {} batches of board {} failed", batches.size(), board, e);
        }
        batches.clear();
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("A delivery task failed", e);
        }
    }
}
