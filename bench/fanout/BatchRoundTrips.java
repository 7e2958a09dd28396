import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * The round trips of each live batch's transaction, read from a flight recording of the server taken with socket
 * reads and writes at a 0 ms threshold (docs/performance.md, "What one batch costs on the live path"). A transaction
 * runs on the edit thread ({@code ws-edit}) from the write that sends the board's lock to the read that answers the
 * commit; each write to PostgreSQL (port 5432) in between is one round trip. Prints, per recording, the median number
 * of round trips, the time from lock to commit (median and 90th percentile), the time spent waiting for answers, and
 * for the transactions of the commonest shape the median of each step: the server's work before a round trip, then
 * the wait for its answer, alternately.
 *
 * <p>Run with a JDK 17 or newer: {@code java bench/fanout/BatchRoundTrips.java recording.jfr …}
 */
public class BatchRoundTrips {

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            report(file, transactions(Path.of(file)));
        }
    }

    /** One transaction: its steps alternately work before a round trip and the wait for its answer, in ms. */
    record Transaction(double lockToCommit, int roundTrips, double waiting, List<Double> steps) {}

    static List<Transaction> transactions(Path file) throws Exception {
        List<RecordedEvent> events = new ArrayList<>();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                String type = e.getEventType().getName();
                RecordedThread thread = e.getThread();
                if ((type.equals("jdk.SocketRead") || type.equals("jdk.SocketWrite")) && e.getInt("port") == 5432
                        && thread != null && "ws-edit".equals(thread.getJavaName())) {
                    events.add(e);
                }
            }
        }
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        List<Transaction> transactions = new ArrayList<>();
        double start = 0;
        double last = 0;
        int writes = 0;
        double waiting = 0;
        List<Double> steps = null;
        for (RecordedEvent e : events) {
            String stack = stack(e);
            boolean write = e.getEventType().getName().equals("jdk.SocketWrite");
            // the lock is the first statement of a batch's transaction, before and after the change
            if (steps == null && write && (stack.contains("LiveStates.lock") || stack.contains("BoardOrder.lock"))) {
                start = ms(e.getStartTime());
                last = start;
                writes = 0;
                waiting = 0;
                steps = new ArrayList<>();
            }
            if (steps == null) {
                continue;
            }
            if (write) {
                writes++;
                steps.add(ms(e.getStartTime()) - last);
            } else {
                waiting += ms(e.getEndTime()) - ms(e.getStartTime());
                steps.add(ms(e.getEndTime()) - last);
            }
            last = ms(e.getEndTime());
            if (!write && stack.contains("doCommit")) {
                transactions.add(new Transaction(last - start, writes, waiting, steps));
                steps = null;
            }
        }
        return transactions;
    }

    static void report(String file, List<Transaction> transactions) {
        if (transactions.isEmpty()) {
            System.out.println(file + ": no batch transactions (was the recording taken with socket events at 0 ms?)");
            return;
        }
        int roundTrips = (int) median(transactions.stream().mapToDouble(Transaction::roundTrips).toArray());
        double[] times = transactions.stream().mapToDouble(Transaction::lockToCommit).sorted().toArray();
        System.out.printf("%s: %d transactions; round trips p50 %d; lock to commit p50 %.2f ms, p90 %.2f ms;"
                        + " waiting for answers p50 %.2f ms%n", file, transactions.size(), roundTrips, median(times),
                times[(int) (times.length * 0.9)], median(transactions.stream().mapToDouble(Transaction::waiting).toArray()));
        StringBuilder steps = new StringBuilder("  steps, p50 ms (work before round trip 1, its wait, work before 2, …):");
        List<Transaction> usual = transactions.stream().filter(t -> t.steps().size() == roundTrips * 2).toList();
        for (int i = 0; i < roundTrips * 2 && !usual.isEmpty(); i++) {
            int step = i;
            steps.append(String.format(" %.2f", median(usual.stream().mapToDouble(t -> t.steps().get(step)).toArray())));
        }
        System.out.println(steps);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double ms(Instant t) {
        return t.getEpochSecond() * 1000.0 + t.getNano() / 1e6;
    }

    static String stack(RecordedEvent e) {
        StringBuilder b = new StringBuilder();
        if (e.getStackTrace() != null) {
            for (RecordedFrame frame : e.getStackTrace().getFrames()) {
                b.append(frame.getMethod().getType().getName().replaceAll(".*\\.", "")).append('.')
                        .append(frame.getMethod().getName()).append(' ');
            }
        }
        return b.toString();
    }
}
