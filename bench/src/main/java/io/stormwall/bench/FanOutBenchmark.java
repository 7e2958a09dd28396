package io.stormwall.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the live wall of a Stormwall server running on this machine.
 *
 * <p>Fan-out runs: for each client count N, a fresh board with K stickies, N WebSocket participants on it, and a
 * steady stream of sticky moves (one update per batch, {@code --rate} batches per second in total, sent round-robin by
 * the clients). Every client measures how long each batch took from its sender's send to its own receipt.
 *
 * <p>Saturation run ({@code --saturate}): a few connections keep a fixed number of batches in flight each, sending
 * the next one as soon as one is acknowledged; the acknowledgements per second are the persisted edits per second.
 *
 * <p>Every phase has a deadline and a watchdog ends the process if anything hangs, so the tool always exits.
 */
public final class FanOutBenchmark {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final long JOIN_DEADLINE_SECONDS = 60;
    private static final long DRAIN_SECONDS = 10;
    private static final long CLOSE_SECONDS = 5;
    private static final int CONCURRENT_HANDSHAKES = 16;
    private static final long NANOS = 1_000_000_000L;

    private final Options options;
    private final ExecutorService io;
    private final HttpClient restHttp;
    private final Rest rest;

    private FanOutBenchmark(Options options) {
        this.options = options;
        this.io = Executors.newFixedThreadPool(4, daemon("bench-io"));
        this.restHttp = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).executor(io).build();
        this.rest = new Rest(restHttp, options);
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.print(Options.USAGE);
            System.exit(0);
        }
        startWatchdog(budgetSeconds(options));
        int status;
        try {
            status = new FanOutBenchmark(options).run();
        } catch (Exception e) {
            System.err.println("Benchmark failed: " + e);
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    private int run() throws Exception {
        rest.checkHealth();
        log("Target %s (%d processors available to the benchmark JVM)", options.base, Runtime.getRuntime().availableProcessors());
        if (options.saturate) {
            SaturationResult result = saturate();
            System.out.println();
            System.out.println(saturationTable(result));
            return 0;
        }
        List<FanOutResult> results = new ArrayList<>();
        for (int n : options.clients) {
            try {
                results.add(fanOut(n));
            } catch (Exception e) {
                log("Run with %d clients failed: %s", n, e);
                results.add(FanOutResult.failed(n, options.rate, e.toString()));
            }
            Thread.sleep(1_000); // let the server settle between runs
        }
        System.out.println();
        System.out.println(fanOutTable(results));
        return 0;
    }

    // ---------------------------------------------------------------- fan-out

    private FanOutResult fanOut(int n) throws Exception {
        log("Fan-out: %d clients, %d moves/s, %d s warm-up + %d s measured, %d stickies",
                n, options.rate, options.warmup, options.seconds, options.stickies);
        Rest.Board board = rest.createBoard("Benchmark: fan-out to " + n + " clients");
        List<String> stickies = rest.createStickies(board, options.stickies);
        int expectedBatches = options.rate * (options.seconds + 1) + 16;
        List<BenchClient> clients = connectAll(board, n, "f", expectedBatches);
        try {
            int joined = (int) clients.stream().filter(BenchClient::isReady).count();
            log("  %d/%d clients joined", joined, n);
            List<BenchClient> live = clients.stream().filter(BenchClient::isReady).toList();
            if (live.isEmpty()) {
                return FanOutResult.failed(n, options.rate, "no client could join");
            }

            long period = Math.max(1, NANOS / options.rate);
            long start = System.nanoTime() + 100_000_000L;
            long measureStart = start + options.warmup * NANOS;
            long measureEnd = measureStart + options.seconds * NANOS;
            AtomicLong sent = new AtomicLong();
            AtomicLong notSent = new AtomicLong();
            AtomicLong counter = new AtomicLong();
            AtomicInteger next = new AtomicInteger();
            CountDownLatch finished = new CountDownLatch(1);
            ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(daemon("bench-sender"));
            ScheduledFuture<?> ticks = sender.scheduleAtFixedRate(() -> {
                try {
                    long now = System.nanoTime();
                    if (now >= measureEnd) {
                        finished.countDown();
                        return;
                    }
                    char phase = now >= measureStart ? 'm' : 'w';
                    BenchClient from = nextOpen(live, next);
                    if (from == null || !from.send(move(phase, from.index, counter.incrementAndGet(), stickies))) {
                        if (phase == 'm') {
                            notSent.incrementAndGet();
                        }
                    } else if (phase == 'm') {
                        sent.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    notSent.incrementAndGet();
                }
            }, start - System.nanoTime(), period, TimeUnit.NANOSECONDS);
            boolean inTime = finished.await(options.warmup + options.seconds + 10L, TimeUnit.SECONDS);
            ticks.cancel(false);
            sender.shutdownNow();
            if (!inTime) {
                log("  the sender did not finish in time");
            }

            long drainStart = System.nanoTime();
            long drainDeadline = drainStart + DRAIN_SECONDS * NANOS;
            boolean complete = false;
            boolean nobodyLeft = false;
            while (System.nanoTime() < drainDeadline) {
                if (allDelivered(live, sent.get())) {
                    complete = true;
                    break;
                }
                if (live.stream().noneMatch(BenchClient::isOpen)) {
                    nobodyLeft = true; // no open client to deliver to: waiting won't help
                    break;
                }
                Thread.sleep(50);
            }
            double drainMs = (System.nanoTime() - drainStart) / 1e6;
            String outcome = complete ? "all delivered" : nobodyLeft ? "NOT all delivered: every client is closed"
                    : "NOT all delivered by the deadline";
            log("  sent %d measured batches; %s after %.0f ms", sent.get(), outcome, drainMs);
            return summarise(n, joined, clients, sent.get(), notSent.get(), complete ? null : outcome, drainMs);
        } finally {
            closeAll(clients);
        }
    }

    private static BenchClient nextOpen(List<BenchClient> clients, AtomicInteger next) {
        for (int tries = 0; tries < clients.size(); tries++) {
            BenchClient c = clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
            if (c.isOpen()) {
                return c;
            }
        }
        return null;
    }

    /** True when every sent batch is answered and every open client has every accepted batch of the others. */
    private static boolean allDelivered(List<BenchClient> clients, long sent) {
        BitSet accepted = new BitSet();
        long[] counts = new long[3];
        for (BenchClient c : clients) {
            c.progress(accepted, counts);
        }
        if (counts[1] + counts[2] < sent) {
            return false;
        }
        int total = accepted.cardinality();
        for (BenchClient c : clients) {
            if (c.isOpen() && c.seenFromOthersCount() + c.ownAcceptedCount() < total) {
                return false;
            }
        }
        return true;
    }

    private FanOutResult summarise(int n, int joined, List<BenchClient> clients, long sent, long notSent,
                                   String incomplete, double drainMs) {
        List<BenchClient> live = clients.stream().filter(BenchClient::isReady).toList();
        List<BenchClient.Tally> tallies = live.stream().map(BenchClient::tally).toList();
        BitSet accepted = new BitSet();
        Samples fanOut = new Samples(1024);
        Samples acks = new Samples(1024);
        long ackCount = 0;
        long delivered = 0;
        long rejected = 0;
        long gaps = 0;
        long duplicates = 0;
        int clientsMissing = 0;
        Map<String, Integer> rejectCodes = new TreeMap<>();
        Map<String, Integer> errorCodes = new TreeMap<>();
        for (BenchClient.Tally t : tallies) {
            accepted.or(t.seenFromOthers());
            accepted.or(t.ownAccepted());
            fanOut.addAll(t.fanOut());
            acks.addAll(t.acks());
            ackCount += t.ownAccepted().cardinality();
            delivered += t.seenFromOthers().cardinality();
            rejected += t.rejected();
            gaps += t.seqGaps();
            duplicates += t.duplicateAcks();
            t.rejectCodes().forEach((k, v) -> rejectCodes.merge(k, v, Integer::sum));
            t.errorCodes().forEach((k, v) -> errorCodes.merge(k, v, Integer::sum));
        }
        long acceptedCount = accepted.cardinality();
        for (BenchClient.Tally t : tallies) {
            BitSet missing = (BitSet) accepted.clone();
            missing.andNot(t.ownAccepted());
            missing.andNot(t.seenFromOthers());
            if (!missing.isEmpty()) {
                clientsMissing++;
            }
        }
        long expected = (long) (n - 1) * acceptedCount;
        Problems problems = problems(clients);
        FanOutResult r = new FanOutResult();
        r.clients = n;
        r.joined = joined;
        r.rate = options.rate;
        r.sent = sent;
        r.notSent = notSent;
        r.accepted = acceptedCount;
        r.acks = ackCount;
        r.rejected = rejected;
        r.expected = expected;
        r.delivered = delivered;
        r.fanOut = fanOut.sorted();
        r.acks_ = acks.sorted();
        r.errors = errorCodes.values().stream().mapToLong(Integer::longValue).sum() + problems.sendFailures + problems.transportErrors;
        r.closes = problems.closes;
        StringBuilder notes = new StringBuilder();
        if (joined < n) {
            notes.append(joined).append('/').append(n).append(" clients joined; ");
        }
        if (notSent > 0) {
            notes.append(notSent).append(" scheduled sends had no open client; ");
        }
        long unanswered = sent - ackCount - rejected;
        if (unanswered > 0) {
            notes.append(unanswered).append(" sent batches got neither their applied copy nor rejected; ");
        }
        if (!rejectCodes.isEmpty()) {
            notes.append("rejected ").append(rejectCodes).append("; ");
        }
        if (!errorCodes.isEmpty()) {
            notes.append("error messages ").append(errorCodes).append("; ");
        }
        if (problems.sendFailures > 0) {
            notes.append(problems.sendFailures).append(" sends failed (").append(problems.lastSendFailure).append("); ");
        }
        if (problems.transportErrors > 0) {
            notes.append(problems.transportErrors).append(" transport errors (").append(problems.lastTransportError).append("); ");
        }
        if (!problems.closeReasons.isEmpty()) {
            notes.append("closes ").append(problems.closeReasons).append("; ");
        }
        if (gaps > 0) {
            notes.append(gaps).append(" seq gaps seen; ");
        }
        if (duplicates > 0) {
            notes.append(duplicates).append(" duplicate acks; ");
        }
        if (clientsMissing > 0) {
            notes.append(clientsMissing).append(" clients missed batches; ");
        }
        if (incomplete != null) {
            notes.append(incomplete).append("; ");
        }
        notes.append(String.format(Locale.ROOT, "drained in %.0f ms", drainMs));
        r.notes = notes.toString();
        return r;
    }

    // ---------------------------------------------------------------- saturation

    private SaturationResult saturate() throws Exception {
        int c = options.connections;
        log("Saturation: %d connections, %d batches in flight each, %d s warm-up + %d s measured, %d stickies",
                c, options.window, options.warmup, options.seconds, options.stickies);
        Rest.Board board = rest.createBoard("Benchmark: saturation with " + c + " connections");
        List<String> stickies = rest.createStickies(board, options.stickies);
        List<BenchClient> clients = connectAll(board, c, "s", 4096);
        try {
            List<BenchClient> live = clients.stream().filter(BenchClient::isReady).toList();
            log("  %d/%d connections joined", live.size(), c);
            if (live.isEmpty()) {
                throw new IllegalStateException("no connection could join");
            }
            long start = System.nanoTime();
            long measureStart = start + options.warmup * NANOS;
            long measureEnd = measureStart + options.seconds * NANOS;
            AtomicLong counter = new AtomicLong();
            AtomicLong inFlight = new AtomicLong();
            AtomicLong acceptedInWindow = new AtomicLong();
            AtomicLong rejectedInWindow = new AtomicLong();
            AtomicLong sentTotal = new AtomicLong();
            BenchClient.AnswerHook hook = (client, now, sentAt, accepted) -> {
                inFlight.decrementAndGet();
                if (now >= measureStart && now < measureEnd) {
                    (accepted ? acceptedInWindow : rejectedInWindow).incrementAndGet();
                }
                if (now < measureEnd) {
                    char phase = now >= measureStart ? 'm' : 'w';
                    if (client.send(move(phase, client.index, counter.incrementAndGet(), stickies))) {
                        inFlight.incrementAndGet();
                        sentTotal.incrementAndGet();
                    }
                }
            };
            for (BenchClient client : live) {
                client.hook(hook);
                for (int i = 0; i < options.window; i++) {
                    if (client.send(move('w', client.index, counter.incrementAndGet(), stickies))) {
                        inFlight.incrementAndGet();
                        sentTotal.incrementAndGet();
                    }
                }
            }
            long reportEvery = 5 * NANOS;
            long nextReport = start + reportEvery;
            while (System.nanoTime() < measureEnd) {
                TimeUnit.MILLISECONDS.sleep(Math.max(1, Math.min(200, (measureEnd - System.nanoTime()) / 1_000_000)));
                if (System.nanoTime() >= nextReport) {
                    log("  %d batches sent so far", sentTotal.get());
                    nextReport += reportEvery;
                }
            }
            long drainDeadline = System.nanoTime() + DRAIN_SECONDS * NANOS;
            while (inFlight.get() > 0 && System.nanoTime() < drainDeadline) {
                Thread.sleep(50);
            }
            while (!allDelivered(live, 0) && System.nanoTime() < drainDeadline) {
                Thread.sleep(50); // the other connections' copies of the last batches
            }
            SaturationResult r = new SaturationResult();
            r.connections = c;
            r.joined = live.size();
            r.window = options.window;
            r.seconds = options.seconds;
            r.accepted = acceptedInWindow.get();
            r.rejected = rejectedInWindow.get();
            r.unanswered = inFlight.get();
            Samples acks = new Samples(1024);
            Samples fanOut = new Samples(1024);
            Map<String, Integer> errorCodes = new TreeMap<>();
            BitSet measured = new BitSet();
            long delivered = 0;
            for (BenchClient client : live) {
                BenchClient.Tally t = client.tally();
                measured.or(t.ownAccepted());
                measured.or(t.seenFromOthers());
                delivered += t.seenFromOthers().cardinality();
                acks.addAll(t.acks());
                fanOut.addAll(t.fanOut());
                t.errorCodes().forEach((k, v) -> errorCodes.merge(k, v, Integer::sum));
                t.rejectCodes().forEach((k, v) -> errorCodes.merge("rejected " + k, v, Integer::sum));
            }
            r.acks = acks.sorted();
            r.fanOut = fanOut.sorted();
            r.expected = (long) (live.size() - 1) * measured.cardinality();
            r.delivered = delivered;
            Problems problems = problems(clients);
            r.errors = errorCodes.values().stream().mapToLong(Integer::longValue).sum() + problems.sendFailures + problems.transportErrors;
            r.closes = problems.closes;
            r.notes = (errorCodes.isEmpty() ? "" : "errors " + errorCodes + "; ")
                    + (problems.closeReasons.isEmpty() ? "" : "closes " + problems.closeReasons + "; ")
                    + (problems.sendFailures > 0 ? problems.sendFailures + " sends failed (" + problems.lastSendFailure + "); " : "")
                    + (problems.transportErrors > 0 ? problems.transportErrors + " transport errors (" + problems.lastTransportError + "); " : "")
                    + (r.unanswered > 0 ? r.unanswered + " batches unanswered at the end; " : "");
            return r;
        } finally {
            closeAll(clients);
        }
    }

    // ---------------------------------------------------------------- connections

    /** Opens {@code n} clients, a few handshakes at a time, and waits (bounded) until they have joined. */
    private List<BenchClient> connectAll(Rest.Board board, int n, String tag, int expectedBatches) throws InterruptedException {
        int httpClients = Math.max(1, Math.min(4, (n + 49) / 50));
        List<HttpClient> https = new ArrayList<>();
        for (int i = 0; i < httpClients; i++) {
            https.add(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).executor(io).build());
        }
        String run = tag + Long.toString(System.currentTimeMillis(), 36);
        List<BenchClient> clients = new ArrayList<>(n);
        List<CompletableFuture<Void>> joins = new ArrayList<>(n);
        Semaphore handshakes = new Semaphore(CONCURRENT_HANDSHAKES);
        long deadline = System.nanoTime() + JOIN_DEADLINE_SECONDS * NANOS;
        for (int i = 0; i < n; i++) {
            if (!handshakes.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                break;
            }
            BenchClient client = new BenchClient(i, "bench-" + run + "-" + i + "-" + java.util.UUID.randomUUID(), board.id(), board.participantToken(), expectedBatches);
            clients.add(client);
            CompletableFuture<Void> joined = client.connect(https.get(i % httpClients), options.webSocket(), CONNECT_TIMEOUT);
            joined.whenComplete((v, e) -> handshakes.release());
            joins.add(joined);
        }
        for (CompletableFuture<Void> joined : joins) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                joined.get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // counted below: a client that isn't ready takes no part
            }
        }
        for (BenchClient client : clients) {
            if (!client.isReady() && client.failure() != null) {
                log("  client %d could not join: %s", client.index, client.failure());
            }
        }
        return clients;
    }

    private static void closeAll(List<BenchClient> clients) {
        List<CompletableFuture<Void>> closes = clients.stream().map(BenchClient::close).toList();
        try {
            CompletableFuture.allOf(closes.toArray(CompletableFuture[]::new)).get(CLOSE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            // whatever hasn't closed by now is cut off
        }
        clients.forEach(BenchClient::abort);
    }

    private static final class Problems {
        long sendFailures;
        long transportErrors;
        String lastSendFailure;
        String lastTransportError;
        String closes = "0";
        Map<String, Integer> closeReasons = new TreeMap<>();
    }

    /** Sockets that closed or failed while the benchmark still used them. */
    private static Problems problems(List<BenchClient> clients) {
        Problems p = new Problems();
        Map<Integer, Integer> codes = new TreeMap<>();
        for (BenchClient c : clients) {
            p.sendFailures += c.sendFailures();
            if (c.lastSendFailure() != null) {
                p.lastSendFailure = c.lastSendFailure().toString();
            }
            if (c.unexpectedCloseCode() != null) {
                codes.merge(c.unexpectedCloseCode(), 1, Integer::sum);
                String reason = c.unexpectedCloseReason() == null || c.unexpectedCloseReason().isEmpty() ? "" : " " + c.unexpectedCloseReason();
                p.closeReasons.merge(c.unexpectedCloseCode() + reason, 1, Integer::sum);
            }
            if (c.failure() != null) {
                p.transportErrors++;
                p.lastTransportError = c.failure().toString();
            }
        }
        if (!codes.isEmpty()) {
            StringBuilder s = new StringBuilder();
            codes.forEach((code, count) -> s.append(s.length() == 0 ? "" : ", ").append(code).append(" ×").append(count));
            p.closes = s.toString();
        }
        return p;
    }

    // ---------------------------------------------------------------- messages and output

    /** One batch moving one random sticky; the clientOpId carries the phase, the sender and the send time. */
    private static String move(char phase, int sender, long counter, List<String> stickies) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String sticky = stickies.get(random.nextInt(stickies.size()));
        int x = random.nextInt(-5_000, 5_000);
        int y = random.nextInt(-5_000, 5_000);
        long sentAt = System.nanoTime();
        return "{\"type\":\"ops\",\"clientOpId\":\"" + phase + sender + "." + counter + "." + sentAt
                + "\",\"ops\":[{\"op\":\"update\",\"id\":\"" + sticky + "\",\"set\":{\"x\":" + x + ",\"y\":" + y + "}}]}";
    }

    static final class FanOutResult {
        int clients;
        int joined;
        int rate;
        long sent;
        long notSent;
        long accepted;
        long acks;
        long rejected;
        long expected;
        long delivered;
        long[] fanOut = new long[0];
        long[] acks_ = new long[0];
        long errors;
        String closes = "0";
        String notes = "";
        boolean failed;

        static FanOutResult failed(int clients, int rate, String why) {
            FanOutResult r = new FanOutResult();
            r.clients = clients;
            r.rate = rate;
            r.failed = true;
            r.notes = "failed: " + why;
            return r;
        }
    }

    static final class SaturationResult {
        int connections;
        int joined;
        int window;
        int seconds;
        long accepted;
        long rejected;
        long unanswered;
        long expected;
        long delivered;
        long[] acks;
        long[] fanOut;
        long errors;
        String closes;
        String notes;
    }

    private String fanOutTable(List<FanOutResult> results) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Fan-out: %d s measured after %d s warm-up, %d stickies, one sticky move per batch%n%n",
                options.seconds, options.warmup, options.stickies));
        t.append("| clients | rate/s | sent | accepted | acks | rejected | expected | delivered | lost "
                + "| fan-out p50 ms | p99 ms | max ms | ack p50 ms | ack p99 ms | errors | closes |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (FanOutResult r : results) {
            if (r.failed) {
                t.append(String.format(Locale.ROOT, "| %d | %d | – | – | – | – | – | – | – | – | – | – | – | – | – | – |%n", r.clients, r.rate));
                continue;
            }
            t.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %s | %s | %s | %d | %s |%n",
                    r.clients, r.rate, r.sent, r.accepted, r.acks, r.rejected, r.expected, r.delivered,
                    r.expected - r.delivered,
                    ms(Samples.percentileMs(r.fanOut, 0.50)), ms(Samples.percentileMs(r.fanOut, 0.99)), ms(Samples.maxMs(r.fanOut)),
                    ms(Samples.percentileMs(r.acks_, 0.50)), ms(Samples.percentileMs(r.acks_, 0.99)),
                    r.errors, r.closes));
        }
        t.append('\n');
        for (FanOutResult r : results) {
            t.append("- ").append(r.clients).append(" clients: ").append(r.notes).append('\n');
        }
        return t.toString();
    }

    private static String saturationTable(SaturationResult r) {
        StringBuilder t = new StringBuilder();
        t.append("Saturation: persisted edits (one sticky move per batch) acknowledged per second\n\n");
        t.append("| connections | in flight each | seconds | acknowledged | edits/s | ack p50 ms | ack p99 ms "
                + "| fan-out p99 ms | fan-out lost | rejected | errors | closes |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        t.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.0f | %s | %s | %s | %d of %d | %d | %d | %s |%n",
                r.joined, r.window, r.seconds, r.accepted, r.accepted / (double) r.seconds,
                ms(Samples.percentileMs(r.acks, 0.50)), ms(Samples.percentileMs(r.acks, 0.99)),
                ms(Samples.percentileMs(r.fanOut, 0.99)), r.expected - r.delivered, r.expected,
                r.rejected, r.errors, r.closes));
        if (!r.notes.isEmpty()) {
            t.append('\n').append("- ").append(r.notes).append('\n');
        }
        return t.toString();
    }

    private static String ms(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value);
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }

    // ---------------------------------------------------------------- bounds

    /** The longest the whole invocation may take before the watchdog ends it. */
    private static long budgetSeconds(Options o) {
        long perRun = 30 + JOIN_DEADLINE_SECONDS + o.warmup + o.seconds + 10 + DRAIN_SECONDS + CLOSE_SECONDS + 5;
        long runs = o.saturate ? 1 : o.clients.size();
        return 15 + perRun * runs;
    }

    private static void startWatchdog(long seconds) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("Benchmark watchdog: still running after " + seconds + " s, giving up.");
            System.err.flush();
            Runtime.getRuntime().halt(3);
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
