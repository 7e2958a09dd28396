package io.stormwall.collab.internal;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * One connection's batches waiting for the board's order, handled one at a time and in the order they arrived, on
 * the shared edit threads: the thread reading the connection hands a batch over and reads on, so a client that sends
 * faster than batches commit is told so ({@link #offer} refuses past the limit) instead of being read ever slower.
 */
final class BatchLine {

    private final Executor editThreads;
    private final int maxInFlight;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int inFlight;
    private boolean running;
    private boolean stopped;

    BatchLine(Executor editThreads, int maxInFlight) {
        this.editThreads = editThreads;
        this.maxInFlight = maxInFlight;
    }

    /** Queues a batch; false when {@code maxInFlight} batches of this connection are already unanswered. */
    boolean offer(Runnable batch) {
        synchronized (this) {
            if (stopped) {
                // the connection is being closed for a resend: the client sends this batch again after reconnecting
                return true;
            }
            if (inFlight >= maxInFlight) {
                return false;
            }
            inFlight++;
            waiting.add(batch);
            if (running) {
                return true;
            }
            running = true;
        }
        editThreads.execute(this::drain);
        return true;
    }

    /**
     * Drops every batch still waiting and takes no more: after a batch failed for a server reason, later batches
     * must not overtake it; the client resends them all, in order, on a new connection.
     */
    synchronized void stop() {
        stopped = true;
        inFlight -= waiting.size();
        waiting.clear();
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } finally {
                synchronized (this) {
                    inFlight--;
                }
            }
        }
    }
}
