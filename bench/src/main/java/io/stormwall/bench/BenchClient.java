package io.stormwall.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated participant: a WebSocket that joins the board and records, for every benchmark batch it
 * receives, how long ago it was sent.
 *
 * <p>Benchmark batches carry their send time in their {@code clientOpId}: {@code <phase><sender>.<counter>.<nanoTime>},
 * where phase is {@code w} (warm-up, not recorded) or {@code m} (measured). All clients live in one JVM, so the
 * sender's {@link System#nanoTime()} is comparable with the receiver's. The receive callback stays cheap: it takes
 * the time, then finds {@code seq} and {@code clientOpId} by string search, relying on the server writing
 * {@code type} first and {@code seq}/{@code clientOpId} before the ops.
 */
final class BenchClient implements WebSocket.Listener {

    /** Called on the sender's own answer (its copy of {@code applied}, or {@code rejected}). */
    interface AnswerHook {
        void answered(BenchClient client, long nowNanos, long sentNanos, boolean accepted);
    }

    private static final String APPLIED = "{\"type\":\"applied\"";
    private static final String REJECTED = "{\"type\":\"rejected\"";
    private static final String WELCOME = "{\"type\":\"welcome\"";
    private static final String SNAPSHOT = "{\"type\":\"snapshot\"";
    private static final String ERROR = "{\"type\":\"error\"";
    private static final String ACK = "{\"type\":\"ack\"";
    private static final String SEQ = "\"seq\":";
    private static final String CLIENT_OP_ID = "\"clientOpId\":\"";
    /** The live protocol version this benchmark speaks (docs/protocol.md). */
    private static final int PROTOCOL = 2;
    private static final String CODE = "\"code\":\"";

    final int index;
    final String clientId;
    private final String join;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final Object sendLock = new Object();
    private final AtomicLong sendFailures = new AtomicLong();
    private CompletableFuture<WebSocket> sendChain; // guarded by sendLock
    private volatile WebSocket socket;
    private volatile AnswerHook hook;
    private volatile boolean closingByUs;
    private volatile Integer unexpectedCloseCode;
    private volatile String unexpectedCloseReason;
    private volatile Throwable failure;
    private volatile Throwable lastSendFailure;

    // Recorded by the receive callback (one at a time per socket), read by the main thread: guarded by this.
    private final Samples fanOut;
    private final Samples acks;
    private final BitSet seenFromOthers = new BitSet();
    private final BitSet ownAccepted = new BitSet();
    private final Map<String, Integer> rejectCodes = new TreeMap<>();
    private final Map<String, Integer> errorCodes = new TreeMap<>();
    private long lastSeq = -1;
    private long seqGaps;
    private long staleBatches;
    private long duplicateAcks;
    private long rejected; // measured batches only
    private boolean welcomed;

    BenchClient(int index, String clientId, String boardId, String token, int expectedBatches) {
        this.index = index;
        this.clientId = clientId;
        this.join = "{\"type\":\"join\",\"protocol\":" + PROTOCOL + ",\"boardId\":\"" + boardId + "\",\"token\":\"" + token + "\",\"clientId\":\""
                + clientId + "\",\"name\":\"Bench " + index + "\",\"colour\":\"#1971c2\"}";
        this.fanOut = new Samples(expectedBatches);
        this.acks = new Samples(16);
    }

    /** Opens the socket and joins; completes once the welcome and the snapshot have arrived. */
    CompletableFuture<Void> connect(HttpClient http, URI uri, Duration timeout) {
        http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, this).whenComplete((ws, e) -> {
            if (e != null) {
                failure = e;
                ready.completeExceptionally(e);
                closed.complete(null);
            }
        });
        return ready;
    }

    void hook(AnswerHook hook) {
        this.hook = hook;
    }

    boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    boolean isOpen() {
        WebSocket ws = socket;
        return ws != null && !ws.isOutputClosed() && !ws.isInputClosed() && unexpectedCloseCode == null && failure == null;
    }

    /** Queues a text frame behind any still in flight (the JDK WebSocket allows one outstanding send). */
    boolean send(String text) {
        WebSocket ws = socket;
        if (ws == null || !isOpen()) {
            return false;
        }
        synchronized (sendLock) {
            CompletableFuture<WebSocket> previous = sendChain == null ? CompletableFuture.completedFuture(ws) : sendChain;
            sendChain = previous.thenCompose(w -> ws.sendText(text, true)).exceptionally(e -> {
                sendFailures.incrementAndGet();
                lastSendFailure = e;
                return ws;
            });
        }
        return true;
    }

    /** Starts a normal close; the returned future completes when the server's close arrives or the socket fails. */
    CompletableFuture<Void> close() {
        closingByUs = true;
        WebSocket ws = socket;
        if (ws == null || ws.isOutputClosed()) {
            closed.complete(null);
        } else {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "benchmark done").whenComplete((w, e) -> {
                if (e != null) {
                    closed.complete(null);
                }
            });
        }
        return closed;
    }

    void abort() {
        closingByUs = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        closed.complete(null);
    }

    // ---- WebSocket.Listener ----

    @Override
    public void onOpen(WebSocket ws) {
        socket = ws;
        synchronized (sendLock) {
            sendChain = ws.sendText(join, true).exceptionally(e -> {
                sendFailures.incrementAndGet();
                lastSendFailure = e;
                return ws;
            });
        }
        ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        long now = System.nanoTime();
        if (!last) {
            partial.append(data);
        } else {
            String message;
            if (partial.length() > 0) {
                message = partial.append(data).toString();
                partial.setLength(0);
            } else {
                message = data.toString();
            }
            handle(message, now);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        if (!closingByUs) {
            unexpectedCloseCode = statusCode;
            unexpectedCloseReason = reason;
        }
        ready.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        closed.complete(null);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        if (!closingByUs) {
            failure = error;
        }
        ready.completeExceptionally(error);
        closed.complete(null);
    }

    // ---- receiving ----

    private void handle(String message, long now) {
        if (message.startsWith(APPLIED)) {
            applied(message, now);
        } else if (message.startsWith(REJECTED)) {
            rejected(message, now);
        } else if (message.startsWith(WELCOME)) {
            synchronized (this) {
                lastSeq = number(message, message.indexOf(SEQ) + SEQ.length());
                welcomed = true;
            }
            if (!message.contains("\"catchUp\":\"snapshot\"")) {
                ready.complete(null);
            }
        } else if (message.startsWith(SNAPSHOT)) {
            synchronized (this) {
                lastSeq = Math.max(lastSeq, number(message, message.indexOf(SEQ) + SEQ.length()));
                if (welcomed) {
                    ready.complete(null);
                }
            }
        } else if (message.startsWith(ERROR)) {
            synchronized (this) {
                errorCodes.merge(text(message, CODE), 1, Integer::sum);
            }
        } else if (message.startsWith(ACK)) {
            synchronized (this) {
                duplicateAcks++;
            }
        }
        // participantJoined, participantLeft, presence, pong: not measured
    }

    private void applied(String message, long now) {
        long seq = number(message, message.indexOf(SEQ) + SEQ.length());
        int idStart = message.indexOf(CLIENT_OP_ID) + CLIENT_OP_ID.length();
        int idEnd = message.indexOf('"', idStart);
        char phase = message.charAt(idStart);
        int firstDot = message.indexOf('.', idStart);
        boolean benchmark = (phase == 'm' || phase == 'w') && firstDot > idStart + 1 && firstDot < idEnd;
        int sender = -1;
        long sentAt = 0;
        if (benchmark) {
            int secondDot = message.indexOf('.', firstDot + 1);
            sender = Integer.parseInt(message, idStart + 1, firstDot, 10);
            sentAt = Long.parseLong(message, secondDot + 1, idEnd, 10);
        }
        boolean own = benchmark && sender == index;
        synchronized (this) {
            if (lastSeq >= 0 && seq <= lastSeq) {
                staleBatches++; // older than the snapshot: the protocol says to ignore it
                return;
            }
            if (lastSeq >= 0 && seq > lastSeq + 1) {
                seqGaps += seq - lastSeq - 1;
            }
            lastSeq = seq;
            if (phase == 'm' && benchmark) {
                if (own) {
                    acks.add(now - sentAt);
                    ownAccepted.set((int) seq);
                } else {
                    fanOut.add(now - sentAt);
                    seenFromOthers.set((int) seq);
                }
            }
        }
        AnswerHook h = hook;
        if (own && h != null) {
            h.answered(this, now, sentAt, true);
        }
    }

    private void rejected(String message, long now) {
        int idStart = message.indexOf(CLIENT_OP_ID) + CLIENT_OP_ID.length();
        int idEnd = message.indexOf('"', idStart);
        int secondDot = message.lastIndexOf('.', idEnd);
        long sentAt = secondDot > idStart ? Long.parseLong(message, secondDot + 1, idEnd, 10) : now;
        boolean measured = idStart < idEnd && message.charAt(idStart) == 'm';
        synchronized (this) {
            if (measured) {
                rejected++;
            }
            rejectCodes.merge(text(message, CODE), 1, Integer::sum);
        }
        AnswerHook h = hook;
        if (h != null) {
            h.answered(this, now, sentAt, false);
        }
    }

    private static long number(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return end == from ? -1 : Long.parseLong(text, from, end, 10);
    }

    private static String text(String message, String key) {
        int start = message.indexOf(key);
        if (start < 0) {
            return "?";
        }
        start += key.length();
        int end = message.indexOf('"', start);
        return end < 0 ? "?" : message.substring(start, end);
    }

    // ---- results, read by the main thread ----

    /** What this client has recorded so far (copies, taken under the lock). */
    synchronized Tally tally() {
        return new Tally(fanOut.copy(), acks.copy(), (BitSet) seenFromOthers.clone(), (BitSet) ownAccepted.clone(),
                rejected, new TreeMap<>(rejectCodes), new TreeMap<>(errorCodes), seqGaps, staleBatches, duplicateAcks);
    }

    /** Cheap progress figures for the drain loop: batches seen from others, own accepted, own rejected. */
    synchronized void progress(BitSet acceptedUnion, long[] counts) {
        acceptedUnion.or(seenFromOthers);
        acceptedUnion.or(ownAccepted);
        counts[0] += seenFromOthers.cardinality();
        counts[1] += ownAccepted.cardinality();
        counts[2] += rejected;
    }

    synchronized int seenFromOthersCount() {
        return seenFromOthers.cardinality();
    }

    synchronized int ownAcceptedCount() {
        return ownAccepted.cardinality();
    }

    long sendFailures() {
        return sendFailures.get();
    }

    Throwable lastSendFailure() {
        return lastSendFailure;
    }

    Integer unexpectedCloseCode() {
        return unexpectedCloseCode;
    }

    String unexpectedCloseReason() {
        return unexpectedCloseReason;
    }

    Throwable failure() {
        return failure;
    }

    record Tally(Samples fanOut, Samples acks, BitSet seenFromOthers, BitSet ownAccepted, long rejected,
                 Map<String, Integer> rejectCodes, Map<String, Integer> errorCodes, long seqGaps, long staleBatches,
                 long duplicateAcks) {}
}
