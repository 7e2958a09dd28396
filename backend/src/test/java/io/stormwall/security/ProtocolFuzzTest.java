package io.stormwall.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WallReplica;
import io.stormwall.support.WsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of malformed and hostile messages over real WebSockets. Afterwards the server is up, every message
 * was answered (or its connection closed with a documented code) and none with {@code INTERNAL_ERROR}, and the board
 * is exactly what its accepted batches make it. Rates are raised so that the limits don't answer everything in place of the parser.
 */
@StormwallTest
@TestPropertySource(properties = {"stormwall.collab.messages-per-second=1000000", "stormwall.collab.message-burst=1000000",
    "stormwall.collab.edits-per-second=1000000", "stormwall.collab.edit-burst=1000000"})
class ProtocolFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20261123L;
    /** Each connection waits for every answer before its next message, so throughput comes from their number. */
    private static final int CONNECTIONS = 16;
    private static final int MESSAGES_EACH = 640;
    private static final Set<Integer> DOCUMENTED_CLOSES = Set.of(1003, 1009, 4400);
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final Api api;
    private final int port;
    /** Client ids forgers have taken, each by one connection only. */
    private final Set<String> takenIdentities = ConcurrentHashMap.newKeySet();

    ProtocolFuzzTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void hostileMessagesAreAllAnsweredAndTheWallStaysExactlyItsAcceptedBatches() throws Exception {
        Api.TestBoard board = api.createBoard("Fuzzed", "free");
        Api.TestBoard other = api.createBoard("Neighbour", "free");
        String foreignId = UUID.randomUUID().toString();
        api.ops(other.id(), other.participant(), "n", Map.of("op", "create", "element", Map.of("id", foreignId, "kind", "event", "text", "theirs")));

        List<JsonNode> observed = new CopyOnWriteArrayList<>();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Map<String, Long> acks = new ConcurrentHashMap<>();
        List<String[]> onTheWire = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> failures = new CopyOnWriteArrayList<>();
        int total;
        try (WsClient observer = WsClient.join(port, board.id(), board.observer(), "observer", null)) {
            ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                Fuzzer fuzzer = new Fuzzer(new Random(SEED + c), board, "fuzz-" + c, foreignId, accepted, acks, onTheWire, failures);
                runs.add(pool.submit(fuzzer::run));
            }
            total = 0;
            for (Future<Integer> run : runs) {
                total += run.get(300, TimeUnit.SECONDS);
            }
            pool.shutdown();

            long seq = api.get("/api/boards/" + board.id(), board.observer()).json().get("seq").asLong();
            WallReplica replica = new WallReplica();
            observer.await(m -> {
                replica.accept(m);
                observed.add(m);
                return replica.seq() >= seq;
            }, "every accepted batch at the observer (seq " + seq + ")");
            assertThat(failures).as("messages without a documented answer").isEmpty();
            assertThat(total).isGreaterThanOrEqualTo(10_000);
            assertThat(replica.state()).as("the wall equals the replay of its accepted batches").isEqualTo(databaseState(board));
        }
        Set<String> broadcast = ConcurrentHashMap.newKeySet();
        Map<Long, String> bySeq = new TreeMap<>();
        observed.stream().filter(m -> "applied".equals(m.path("type").asString())).forEach(m -> {
            String key = m.get("origin").asString() + "/" + m.get("clientOpId").asString();
            broadcast.add(key);
            bySeq.put(m.get("seq").asLong(), key);
        });
        assertThat(broadcast).as("batches acknowledged to their senders are exactly those broadcast").isEqualTo(accepted);
        assertThat(onTheWire).as("forgers had others' batches to replay").hasSizeGreaterThan(100);
        acks.forEach((key, seq) -> assertThat(bySeq.get(seq))
                .as("a duplicate answers the sender's own earlier batch, never another's (%s at seq %d)", key, seq).isEqualTo(key));
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        try (WsClient after = WsClient.join(port, board.id(), board.participant(), "after", null)) {
            after.send(Map.of("type", "ping", "t", 1));
            assertThat(after.await("pong").get("t").asInt()).isEqualTo(1);
        }
    }

    private Map<String, String> databaseState(Api.TestBoard board) {
        Map<String, String> state = new TreeMap<>();
        api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")
                .forEach(e -> state.put(e.get("id").asString(), WallReplica.essentials(e)));
        return state;
    }

    /** One connection's worth of hostile traffic, each message followed by a ping as a barrier for its answer. */
    private final class Fuzzer {

        private final Random random;
        private final Api.TestBoard board;
        private final String label;
        private final String foreignId;
        private final Set<String> accepted;
        private final Map<String, Long> acks;
        private final List<String[]> onTheWire;
        /** The secret this connection joins with: its own, or (as a forger) an origin or REST name seen on the wire. */
        private String clientId;
        private String origin;
        private int restBatches;
        private final List<String> failures;
        private final List<String> ids = new ArrayList<>();
        private final List<String> deleted = new ArrayList<>();
        private final List<String> usedOpIds = new ArrayList<>();
        private Connection connection;
        private int counter;

        Fuzzer(Random random, Api.TestBoard board, String label, String foreignId, Set<String> accepted, Map<String, Long> acks,
                List<String[]> onTheWire, List<String> failures) {
            this.random = random;
            this.board = board;
            this.label = label;
            this.clientId = WsClient.secret(label);
            this.foreignId = foreignId;
            this.accepted = accepted;
            this.acks = acks;
            this.onTheWire = onTheWire;
            this.failures = failures;
        }

        int run() {
            int sent = 0;
            connect();
            for (int i = 0; i < MESSAGES_EACH; i++) {
                Message m = next();
                sent++;
                String problem = exchange(m);
                if (problem != null && failures.size() < 20) {
                    failures.add(label + " #" + i + " " + problem + ": " + abbreviated(m.text));
                }
                if (connection.closed()) {
                    connect();
                }
            }
            connection.socket.abort();
            return sent;
        }

        private void connect() {
            connection = new Connection(port);
            connection.text(JSON.writeValueAsString(Map.of("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(),
                    "token", board.participant(), "clientId", clientId)));
            Event welcome = connection.next(m -> "welcome".equals(m.path("type").asString()), "welcome");
            origin = welcome == null ? null : welcome.message.get("origin").asString();
        }

        /**
         * Every message but valid presence has exactly one answer (error, rejected, ack, pong, or the sender's own
         * applied) or a close; valid presence has none, so a ping behind it marks where its answer would have been.
         *
         * @return what went wrong, or null when the message got a documented answer
         */
        private String exchange(Message m) {
            if (m.rest) {
                return overRest(m);
            }
            if (m.binary) {
                try {
                    connection.socket.sendBinary(ByteBuffer.wrap(m.text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true).join();
                } catch (RuntimeException e) {
                    // closed meanwhile; the close event tells
                }
            } else {
                connection.text(m.text);
            }
            int barrier = ++counter;
            if (m.maySilence) {
                connection.text("{\"type\":\"ping\",\"t\":" + (-barrier) + "}");
            }
            while (true) {
                Event e = connection.poll();
                if (e == null) {
                    String problem = m.closes && connection.deaf() ? null : "no answer within " + DEADLINE.toSeconds() + " s";
                    // A fresh connection keeps one silent socket from stalling the rest of the run.
                    connection.abandon();
                    return problem;
                }
                if (e.close != null) {
                    // A frame the server refuses by closing (binary, oversized) may still be on its way when the server
                    // drops the connection, and the client's stack then reports an abort (1006) instead of the close.
                    // A connection busy pushing an oversized frame may also be given up as lagging (4408, documented)
                    // before the refusal goes out, when the others' broadcasts to it back up or fail meanwhile.
                    boolean expected = DOCUMENTED_CLOSES.contains(e.close) || m.closes && (e.close == 1006 || e.close == 4408);
                    return expected ? null : "closed with " + e.close;
                }
                JsonNode msg = e.message;
                if (m.maySilence && "pong".equals(msg.path("type").asString()) && msg.path("t").asLong() == -barrier) {
                    return null;
                }
                if (answers(msg)) {
                    if (m.closes) {
                        return "answered instead of closing: " + msg;
                    }
                    if ("INTERNAL_ERROR".equals(msg.path("code").asString())) {
                        return "failed inside the server: " + msg;
                    }
                    if (m.refused && "applied".equals(msg.path("type").asString())) {
                        return "applied what should have been refused: " + msg;
                    }
                    return m.maySilence ? "valid presence was answered: " + msg : null;
                }
            }
        }

        /**
         * Records answers: an own applied batch counts as accepted, an ack with the seq it names; others' batches
         * are what forgers replay.
         */
        private boolean answers(JsonNode msg) {
            String type = msg.path("type").asString();
            if ("applied".equals(type)) {
                String from = msg.path("origin").asString();
                if (from.equals(origin)) {
                    accepted.add(origin + "/" + msg.get("clientOpId").asString());
                    return true;
                }
                onTheWire.add(new String[] {from, msg.get("clientOpId").asString()});
                return false;
            }
            if ("ack".equals(type)) {
                acks.put(origin + "/" + msg.get("clientOpId").asString(), msg.get("seq").asLong());
            }
            return Set.of("error", "rejected", "ack", "welcome").contains(type) || ("pong".equals(type) && msg.path("t").asLong() >= 0);
        }

        private Message next() {
            int pick = random.nextInt(100);
            if (pick < 25) {
                return batch(validOps());
            } else if (pick < 33) {
                return batch(hostileOps());
            } else if (pick < 39) {
                return Message.of(truncated());
            } else if (pick < 44) {
                return Message.of(randomText());
            } else if (pick < 47) {
                return Message.of(deepNesting());
            } else if (pick < 55) {
                return numbers();
            } else if (pick < 61) {
                return Message.of(wrongTypes());
            } else if (pick < 64) {
                return Message.of("{\"type\":\"" + pickOf("unknown", "JOIN", "op", "admin", "", "ops ", "__proto__") + "\"}");
            } else if (pick < 66) {
                return replay();
            } else if (pick < 68) {
                return forge();
            } else if (pick < 70) {
                return Message.of(write(Map.of("type", "join", "boardId", UUID.randomUUID().toString(), "token", "x", "clientId", "y")));
            } else if (pick < 71) {
                return Message.of(write(Map.of("type", pickOf("phase", "gating", "freeze", "checkpoint", "summon", "silent"), "clientOpId", opId(), "lifted", true)));
            } else if (pick < 73) {
                return votes();
            } else if (pick < 75) {
                return script();
            } else if (pick < 81) {
                return presence();
            } else if (pick < 89) {
                return unreadable();
            } else if (pick < 97) {
                return Message.of("{\"type\":\"ping\",\"t\":" + pickOf("1", "\"x\"", "null", "1e999", "[]", "NaN") + "}");
            } else if (pick < 99) {
                return Message.binary(randomText());
            } else {
                return Message.closing("{\"type\":\"ops\",\"clientOpId\":\"big\",\"ops\":[{\"op\":\"create\",\"element\":{\"kind\":\"event\",\"text\":\""
                        + "x".repeat(300_000) + "\"}}]}");
            }
        }

        private Message batch(List<Map<String, Object>> ops) {
            String id = opId();
            usedOpIds.add(id);
            return Message.batch(write(Map.of("type", "ops", "clientOpId", id, "ops", ops)), id);
        }

        private List<Map<String, Object>> validOps() {
            List<Map<String, Object>> ops = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(4);
                if (kind == 0 || ids.size() < 3) {
                    String id = UUID.randomUUID().toString();
                    ids.add(id);
                    ops.add(Map.of("op", "create", "element", Map.of("id", id, "kind", pickOf("event", "command", "hotspot", "policy"),
                            "text", pickOf("Order placed", "<b>x</b>", "'; drop table element; --", "\u00e9\u65e5"), "x", random.nextInt(5000), "y", random.nextInt(3000))));
                } else if (kind == 1) {
                    ops.add(Map.of("op", "update", "id", known(), "set", Map.of("x", random.nextDouble() * 1000, "text", "moved " + random.nextInt(99))));
                } else if (kind == 2) {
                    String from = known();
                    String to = known();
                    ops.add(Map.of("op", "create", "element", Map.of("id", UUID.randomUUID().toString(), "kind", "arrow", "from", from, "to", to)));
                } else {
                    String gone = known();
                    deleted.add(gone);
                    ops.add(Map.of("op", "delete", "id", gone));
                }
            }
            return ops;
        }

        private List<Map<String, Object>> hostileOps() {
            String dead = deleted.isEmpty() ? UUID.randomUUID().toString() : deleted.get(random.nextInt(deleted.size()));
            return switch (random.nextInt(8)) {
                case 0 -> List.of(Map.of("op", "update", "id", foreignId, "set", Map.of("text", "mine now")));
                case 1 -> List.of(Map.of("op", "delete", "id", foreignId));
                case 2 -> List.of(Map.of("op", "create", "element", Map.of("kind", "arrow", "from", dead, "to", known())));
                case 3 -> List.of(Map.of("op", "update", "id", dead, "set", Map.of("x", 1)));
                case 4 -> List.of(Map.of("op", pickOf("move", "drop", "CREATE", "truncate"), "id", known()));
                case 5 -> List.of(Map.of("op", "create", "element", Map.of("kind", "event", "text", "y".repeat(1001))));
                case 6 -> List.of(Map.of("op", "create", "element", Map.of("id", known(), "kind", "event")));
                default -> List.of(Map.of("op", "update", "id", known(), "set", Map.of("x", 1)),
                        Map.of("op", "create", "element", Map.of("kind", "event", "x", 2e6)));
            };
        }

        private Message replay() {
            if (usedOpIds.isEmpty()) {
                return batch(validOps());
            }
            String id = usedOpIds.get(random.nextInt(usedOpIds.size()));
            return Message.batch(write(Map.of("type", "ops", "clientOpId", id, "ops", validOps())), id);
        }

        /**
         * Someone else's batch id sent first, as a forger would: sometimes after reconnecting with the victim's
         * origin, or a REST role's name, as the client id. It must be applied as the forger's own (or refused), never
         * answered as the victim's duplicate.
         */
        private Message forge() {
            String[] victim = seenBatch();
            if (victim == null) {
                return batch(validOps());
            }
            String identity = random.nextBoolean() ? victim[0] : pickOf("rest:participant", "rest:facilitator");
            // each identity is taken once: two connections of one client id are one client, whose batches are
            // rightly each other's resends, and the run could no longer tell whose answer is whose
            if (random.nextInt(3) == 0 && takenIdentities.add(identity)) {
                clientId = identity;
                connection.abandon();
                connect();
            }
            return Message.batch(write(Map.of("type", "ops", "clientOpId", victim[1], "ops", validOps())), victim[1]);
        }

        /** A script's batch over REST: a fresh id, or one a live client used (which must not count as a resend). */
        private Message script() {
            String[] victim = random.nextBoolean() ? seenBatch() : null;
            String id = victim != null ? victim[1] : "script-" + label + "-" + (++restBatches);
            return Message.rest(write(Map.of("clientOpId", id, "ops", validOps())), id);
        }

        private String overRest(Message m) {
            Api.Response response = api.post("/api/boards/" + board.id() + "/ops", m.text, board.participant());
            if (response.status() == 400 || response.status() == 409) {
                return null;
            }
            if (response.status() != 200) {
                return "REST answered " + response.status() + " " + response.body();
            }
            JsonNode answer = response.json();
            String key = "rest:participant/" + m.clientOpId;
            if (answer.get("duplicate").asBoolean()) {
                acks.put(key, answer.get("seq").asLong());
            } else {
                accepted.add(key);
            }
            return null;
        }

        private String[] seenBatch() {
            synchronized (onTheWire) {
                return onTheWire.isEmpty() ? null : onTheWire.get(random.nextInt(onTheWire.size()));
            }
        }

        private Message presence() {
            return switch (random.nextInt(5)) {
                case 0 -> Message.silent(write(Map.of("type", "presence", "cursor", Map.of("x", 1, "y", 2),
                        "viewport", Map.of("x", -10, "y", 5, "w", 1280, "h", 720))));
                case 1 -> Message.of("{\"type\":\"presence\",\"cursor\":{\"x\":1e309,\"y\":0}}");
                case 2 -> Message.of(write(Map.of("type", "presence", "selection", List.of("not-a-uuid"))));
                case 3 -> Message.of(write(Map.of("type", "presence", "drag", "everything")));
                default -> Message.of(write(Map.of("type", "presence", "selection", java.util.Collections.nCopies(1001, UUID.randomUUID().toString()))));
            };
        }

        /**
         * Dot voting by participants on a board without a round: steering it is forbidden, and no vote can land
         * (no round, a sticky that isn't one, a budget out of range), whatever the message says.
         */
        private Message votes() {
            String id = opId();
            String element = random.nextBoolean() ? known() : pickOf("not-a-uuid", foreignId, "", "00000000-0000-0000-0000-000000000000");
            return switch (random.nextInt(6)) {
                case 0 -> Message.refused(write(Map.of("type", "voting", "clientOpId", id, "action", "open",
                        "votesPerPerson", pickOf("3", "0", "51", "-1"))), id);
                case 1 -> Message.refused("{\"type\":\"voting\",\"clientOpId\":\"" + id + "\",\"action\":\"open\",\"votesPerPerson\":"
                        + pickOf("3", "0", "51", "1e400", "\"three\"") + ",\"kinds\":" + pickOf("[\"arrow\"]", "[]", "[\"event\"]", "\"event\"") + "}", id);
                case 2 -> Message.refused(write(Map.of("type", pickOf("vote", "unvote"), "clientOpId", id, "element", element)), id);
                case 3 -> Message.refused(write(Map.of("type", "voting", "clientOpId", id, "action", pickOf("reveal", "close", "tally", ""))), id);
                case 4 -> Message.of(write(Map.of("type", pickOf("vote", "unvote"), "clientOpId", id, "element", known(), "dots", 5)));
                default -> Message.of(write(Map.of("type", "vote", "clientOpId", id)));
            };
        }

        private String truncated() {
            String full = write(Map.of("type", "ops", "clientOpId", opId(), "ops", validOps()));
            return full.substring(0, 1 + random.nextInt(full.length() - 1));
        }

        private String randomText() {
            StringBuilder s = new StringBuilder();
            int n = 1 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                s.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : 0x20 + random.nextInt(0xd000)));
            }
            return s.toString();
        }

        private String deepNesting() {
            int depth = 500 + random.nextInt(5000);
            boolean array = random.nextBoolean();
            return "{\"type\":\"ops\",\"clientOpId\":\"deep\",\"ops\":" + (array ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)) + "}";
        }

        /** Numbers JSON can spell but no field takes, or that only look odd, in every place a number goes. */
        private Message numbers() {
            String n = random.nextBoolean() ? hugeNumber() : pickOf("NaN", "Infinity", "-Infinity", "0x10", "01", "1.7976931348623157e308", "4.9e-325");
            String id = opId();
            return switch (random.nextInt(6)) {
                case 0 -> Message.batch("{\"type\":\"ops\",\"clientOpId\":\"" + id + "\",\"ops\":[{\"op\":\"update\",\"id\":\"" + known()
                        + "\",\"set\":{\"" + pickOf("x", "y", "w", "h", "z") + "\":" + n + "}}]}", id);
                case 1 -> Message.batch("{\"type\":\"ops\",\"clientOpId\":\"" + id + "\",\"ops\":[{\"op\":\"create\",\"element\":"
                        + "{\"kind\":\"event\",\"text\":\"n\",\"" + pickOf("x", "y", "w", "h", "z") + "\":" + n + "}}]}", id);
                case 2 -> Message.of("{\"type\":\"ping\",\"t\":" + n + "}");
                case 3 -> {
                    // what reads as 0 is a cursor like any other, and a valid presence is not answered
                    String presence = "{\"type\":\"presence\",\"cursor\":{\"x\":" + n + ",\"y\":0}}";
                    yield Set.of("-0", "-0.0", "1e-400", "4.9e-325").contains(n) ? Message.silent(presence) : Message.of(presence);
                }
                case 4 -> Message.of("{\"type\":\"phase\",\"clientOpId\":\"" + id + "\",\"index\":" + n + "}");
                default -> Message.of("{\"type\":\"timer\",\"clientOpId\":\"" + id + "\",\"action\":\"start\",\"seconds\":" + n + "}");
            };
        }

        /** Beyond a long, beyond a double, or a zero that is not quite one. */
        private String hugeNumber() {
            return pickOf("1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
                    "1e19", "-0", "-0.0", "1e-400");
        }

        /** Text no UTF-8 or PostgreSQL can hold — a lone surrogate or a NUL — in values and in field names. */
        private Message unreadable() {
            String bad = pickOf("\\ud800", "\\udfff", "\\u0000", "a\\ud83d", "\\ude00b", "x\\u0000y", "\\udc00\\ud800");
            String id = opId();
            String create = "{\"type\":\"ops\",\"clientOpId\":\"" + id + "\",\"ops\":[{\"op\":\"create\",\"element\":";
            return switch (random.nextInt(8)) {
                case 0 -> Message.refused(create + "{\"kind\":\"event\",\"text\":\"Order " + bad + "\"}}]}", id);
                case 1 -> Message.refused(create + "{\"kind\":\"event\",\"text\":\"Order\",\"te" + bad + "xt\":\"x\"}}]}", id);
                case 2 -> Message.refused(create + "{\"kind\":\"hotspot\",\"text\":\"Who?\",\"props\":{\"owner\":\"" + bad + "\"}}}]}", id);
                case 3 -> Message.refused("{\"type\":\"ops\",\"clientOpId\":\"" + id + bad + "\",\"ops\":[]}", id);
                case 4 -> Message.refused("{\"type\":\"ops\",\"clientOpId\":\"" + id + "\",\"ops\":[{\"op\":\"update\",\"id\":\"" + known()
                        + "\",\"set\":{\"" + pickOf("text", "label") + "\":\"" + bad + "\"}}]}", id);
                case 5 -> Message.of("{\"type\":\"presence\",\"editing\":\"" + bad + "\"}");
                case 6 -> Message.of("{\"type\":\"ping\",\"t\":1,\"" + bad + "\":2}");
                default -> Message.of("{\"type\":\"" + bad + "\"}");
            };
        }

        private String wrongTypes() {
            return pickOf("{\"type\":5}", "[]", "\"ops\"", "null", "42", "{\"type\":[\"ops\"]}",
                    "{\"type\":\"ops\",\"clientOpId\":{},\"ops\":[]}", "{\"type\":\"ops\",\"clientOpId\":\"a\",\"ops\":\"all\"}",
                    "{\"type\":\"ops\",\"clientOpId\":\"b\",\"ops\":[1,2]}", "{\"type\":\"ops\",\"clientOpId\":\"\",\"ops\":[]}",
                    "{\"type\":\"ops\",\"clientOpId\":\"c\",\"ops\":[{\"op\":\"create\",\"element\":{\"kind\":7,\"text\":[]}}]}",
                    "{\"type\":\"ops\",\"clientOpId\":\"d\",\"ops\":[{\"op\":\"update\",\"id\":\"" + known() + "\",\"set\":{\"props\":\"x\"}}]}",
                    "{\"type\":\"ops\",\"clientOpId\":\"e\",\"ops\":[{\"op\":\"update\",\"id\":\"" + known() + "\",\"set\":{\"kind\":\"arrow\"}}]}",
                    "{\"type\":\"ops\",\"clientOpId\":\"" + "f".repeat(101) + "\",\"ops\":[]}",
                    "{\"type\":\"freeze\",\"clientOpId\":\"g\",\"frozen\":\"yes\"}",
                    "{\"type\":\"checkpoint\",\"clientOpId\":\"h\",\"label\":[\"x\"]}",
                    "{\"type\":\"summon\",\"clientOpId\":\"i\",\"viewport\":{\"x\":\"left\",\"y\":0,\"w\":-1,\"h\":1}}",
                    "{\"type\":\"silent\",\"clientOpId\":\"j\",\"on\":\"yes\"}",
                    "{\"type\":\"presence\",\"viewport\":[0,0,800,600]}");
        }

        private String known() {
            return ids.isEmpty() ? UUID.randomUUID().toString() : ids.get(random.nextInt(ids.size()));
        }

        private String opId() {
            return label + ":" + (++counter) + ":" + random.nextInt(1000);
        }

        private String pickOf(String... options) {
            return options[random.nextInt(options.length)];
        }
    }

    private static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /**
     * A generated message. {@code closes}: the server answers it by closing the connection. {@code maySilence}: valid
     * presence gets no answer by design. {@code clientOpId}: the batch's, for reading failures. {@code rest}: sent
     * over REST, as a script would.
     */
    private record Message(String text, boolean binary, boolean closes, boolean maySilence, String clientOpId, boolean rest,
            boolean refused) {
        static Message of(String text) {
            return new Message(text, false, false, false, null, false, false);
        }

        static Message silent(String text) {
            return new Message(text, false, false, true, null, false, false);
        }

        static Message binary(String text) {
            return new Message(text, true, true, false, null, false, false);
        }

        /** A frame over the size limit. */
        static Message closing(String text) {
            return new Message(text, false, true, false, null, false, false);
        }

        static Message batch(String text, String clientOpId) {
            return new Message(text, false, false, false, clientOpId, false, false);
        }

        /** A batch sent over REST instead of the socket. */
        static Message rest(String body, String clientOpId) {
            return new Message(body, false, false, false, clientOpId, true, false);
        }

        /** A batch that must not be applied, whatever else it gets. */
        static Message refused(String text, String clientOpId) {
            return new Message(text, false, false, false, clientOpId, false, true);
        }
    }

    private record Event(JsonNode message, Integer close) {}

    /** A bare WebSocket client: sends text or binary frames, queues what comes back and how it closed. */
    private static final class Connection implements WebSocket.Listener {

        private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;
        private volatile boolean closed;

        Connection(int port) {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws"), this).join();
        }

        void text(String text) {
            try {
                socket.sendText(text, true).join();
            } catch (RuntimeException e) {
                // the server closed first; the close event tells
            }
        }

        boolean closed() {
            return closed;
        }

        /**
         * Whether the server has stopped serving this connection: a frame it refuses by closing can cut the
         * connection while the client is still writing, and the JDK client then reports neither the close nor an
         * abort. A ping that gets no pong tells such a connection from one the server wrongly kept open.
         */
        boolean deaf() {
            text("{\"type\":\"ping\",\"t\":0}");
            Event e = poll();
            return e == null || e.close != null;
        }

        void abandon() {
            closed = true;
            socket.abort();
        }

        Event poll() {
            try {
                return events.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        Event next(java.util.function.Predicate<JsonNode> wanted, String what) {
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (System.nanoTime() < deadline) {
                Event e = poll();
                if (e == null || e.close != null) {
                    return null;
                }
                if (wanted.test(e.message)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                events.add(new Event(JSON.readTree(partial.toString()), null));
                partial.setLength(0);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed = true;
            events.add(new Event(null, statusCode));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed = true;
            events.add(new Event(null, 1006));
        }
    }
}
