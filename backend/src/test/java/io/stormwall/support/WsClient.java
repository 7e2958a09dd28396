package io.stormwall.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client of the live protocol that records everything it receives, for tests to wait on. */
public final class WsClient implements WebSocket.Listener, AutoCloseable {

    /** How long a test waits for a condition: a deadline that holds on a busy machine, not a latency claim. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);
    /** The protocol version the server speaks, which every join sends. */
    public static final int PROTOCOL = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private JsonNode welcome;

    private final boolean reading;
    private final ByteArrayOutputStream partialBinary = new ByteArrayOutputStream();
    private final AtomicInteger binaryMessages = new AtomicInteger();

    private WsClient(int port, boolean reading) {
        this(port, "", reading);
    }

    private WsClient(int port, String query, boolean reading) {
        this.reading = reading;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws" + query), this)
                .join();
    }

    public static WsClient connect(int port) {
        return new WsClient(port, true);
    }

    /** Connects to {@code /ws} with a query, e.g. {@code "?snapshot=gzip"}; binary frames are read as gzip of a message. */
    public static WsClient connect(int port, String query) {
        return new WsClient(port, query, true);
    }

    /** How many of the messages received came as binary frames (compressed). */
    public int binaryMessages() {
        return binaryMessages.get();
    }

    /** A client that stops reading once it has joined, like a browser tab on a hopeless connection. */
    public static WsClient stalled(int port, String boardId, String token) {
        WsClient client = new WsClient(port, false);
        client.socket.request(1);
        client.send(Json.object("type", "join", "protocol", PROTOCOL, "boardId", boardId, "token", token, "clientId", secret("stalled")));
        return client;
    }

    /** Starts reading again: what the server queued arrives, then its close frame if it gave up on this client. */
    public void resume() {
        socket.request(Long.MAX_VALUE);
    }

    /**
     * Joins as the person {@code label} (their name) with the secret client id {@link #secret(String)} makes of it,
     * so joining again with the same label is the same client resending; waits for the welcome.
     */
    public static WsClient join(int port, String boardId, String token, String label, Long lastSeq) {
        return joinWithClientId(port, boardId, token, secret(label), label, lastSeq);
    }

    /** Joins with exactly this client id, as a forger would; waits for the welcome. */
    public static WsClient joinWithClientId(int port, String boardId, String token, String clientId, String name, Long lastSeq) {
        return joinAs(port, boardId, token, clientId, null, name, lastSeq);
    }

    /**
     * Joins as one tab of a person: {@code label} names this tab's client (see {@link #join}), {@code person} the device
     * whose secret person key {@link #secret(String)} makes of it, so tabs and reconnects of one person share it.
     */
    public static WsClient joinAsPerson(int port, String boardId, String token, String label, String person) {
        return joinAsPerson(port, boardId, token, label, person, null);
    }

    /** Like {@link #joinAsPerson(int, String, String, String, String)}, reconnecting after {@code lastSeq}. */
    public static WsClient joinAsPerson(int port, String boardId, String token, String label, String person, Long lastSeq) {
        return joinAs(port, boardId, token, secret(label), secret("person:" + person), label, lastSeq);
    }

    private static WsClient joinAs(int port, String boardId, String token, String clientId, String personKey, String name,
            Long lastSeq) {
        WsClient client = connect(port);
        client.send(Json.object("type", "join", "protocol", PROTOCOL, "boardId", boardId, "token", token, "clientId", clientId,
                "personKey", personKey, "lastSeq", lastSeq, "name", name, "colour", "#1971c2"));
        return client.awaitWelcome();
    }

    /** A valid secret client id (16-100 safe characters) made from a readable label; the same label gives the same id. */
    public static String secret(String label) {
        String id = "secret:" + label.replaceAll("[^A-Za-z0-9._~:-]", "-") + ":0123456789";
        return id.length() <= 100 ? id : id.substring(0, 100);
    }

    /** The person the server told this client it is in its welcome: the same for every tab of one person key. */
    public String personId() {
        return welcome.get("personId").asString();
    }

    /** The origin the server told this client in its welcome: how its own batches appear in {@code applied}. */
    public String origin() {
        return welcome.get("origin").asString();
    }

    /** Waits for the answer to a join sent by hand; {@link #welcome()} returns it afterwards. */
    public WsClient awaitWelcome() {
        welcome = await("welcome");
        return this;
    }

    /** The welcome this client got when it joined. */
    public JsonNode welcome() {
        return welcome;
    }

    public void send(Object message) {
        sendText(message instanceof String s ? s : JSON.writeValueAsString(message));
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message of this type, skipping others (which stay recorded in {@link #seen}). */
    public JsonNode await(String type) {
        return await(m -> type.equals(m.path("type").asString()), "a '" + type + "' message");
    }

    public JsonNode await(Predicate<JsonNode> wanted, String what) {
        return await(wanted, what, DEADLINE);
    }

    /** Like {@link #await(Predicate, String)} with a deadline of the test's own. */
    public JsonNode await(Predicate<JsonNode> wanted, String what, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode next = left > 0 ? inbox.poll(left, TimeUnit.NANOSECONDS) : null;
                if (next == null) {
                    fail("No " + what + " within " + within.toSeconds() + " s; received: " + seen);
                }
                synchronized (seen) {
                    seen.add(next);
                }
                if (wanted.test(next)) {
                    return next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The close code the server closed this connection with, waiting for it up to the deadline. */
    public int awaitClose() {
        try {
            return closed.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return fail("The server did not close the connection within " + DEADLINE.toSeconds() + " s");
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** Everything received so far, draining what has not been awaited yet. */
    public List<JsonNode> received() {
        synchronized (seen) {
            inbox.drainTo(seen);
            return List.copyOf(seen);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        if (reading) {
            webSocket.request(Long.MAX_VALUE);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            inbox.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] piece = new byte[data.remaining()];
        data.get(piece);
        partialBinary.writeBytes(piece);
        if (last) {
            try (InputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(partialBinary.toByteArray()))) {
                JsonNode message = JSON.readTree(new String(gunzip.readAllBytes(), StandardCharsets.UTF_8));
                // counted before it can be awaited, so whoever has the message also sees the count
                binaryMessages.incrementAndGet();
                inbox.add(message);
            } catch (IOException e) {
                throw new UncheckedIOException("A binary frame that is not gzip of a message", e);
            }
            partialBinary.reset();
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    /** A connection that broke without a close frame counts as closed abnormally, as browsers report it. */
    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(1006);
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            socket.abort();
        }
    }

    public void abort() {
        socket.abort();
    }
}
