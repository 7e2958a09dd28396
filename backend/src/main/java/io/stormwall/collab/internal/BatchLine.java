package io.stormwall.collab.internal;

/**
 * One connection's batches that were received and not yet answered: at most {@code maxInFlight} of them, so a client
 * that sends faster than batches commit is told so at once instead of being read ever slower. The batches themselves
 * wait in their board's {@link GroupCommit} queue, in the order they arrived.
 */
final class BatchLine {

    enum Admission { ADMITTED, FULL, STOPPED }

    private final int maxInFlight;
    private int inFlight;
    private boolean stopped;

    BatchLine(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    /** Counts a batch in, unless {@code maxInFlight} are already unanswered or the line was stopped. */
    synchronized Admission admit() {
        if (stopped) {
            // the connection is being closed for a resend: the client sends this batch again after reconnecting
            return Admission.STOPPED;
        }
        if (inFlight >= maxInFlight) {
            return Admission.FULL;
        }
        inFlight++;
        return Admission.ADMITTED;
    }

    /** A batch was answered, or dropped. */
    synchronized void done() {
        inFlight--;
    }

    /**
     * Takes no more, and every batch still waiting is dropped unanswered: after a batch failed for a server reason,
     * later batches must not overtake it; the client resends them all, in order, on a new connection.
     */
    synchronized void stop() {
        stopped = true;
    }

    synchronized boolean stopped() {
        return stopped;
    }
}
