package io.stormwall.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How soon the notation coach's findings follow a change on a large board. Builds a board of {@code --stickies}
 * stickies (default 5,000) in bounded contexts and aggregates, joined by arrows; joins it over the WebSocket; then,
 * {@code --changes} times, renames one event between a past fact and a present tense, so that every change changes
 * the findings, and measures from sending the edit to receiving the {@code checksChanged} that reflects it (and
 * from receiving the edit's {@code applied} to that message: the coach's own share).
 */
public final class CoachBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int PER_AGGREGATE = 50;
    private static final int AGGREGATES_PER_CONTEXT = 5;
    private static final String[] NOUNS = {"Order", "Invoice", "Payment", "Shipment", "Subscription", "Refund",
        "Account", "Parcel", "Booking", "Claim", "Policy Holder", "Ticket", "Delivery Slot", "Cart", "Coupon",
        "Prescription", "Lease", "Quote", "Return", "Voucher"};
    private static final String[][] VERBS = {{"Place", "Placed"}, {"Approve", "Approved"}, {"Cancel", "Cancelled"},
        {"Ship", "Shipped"}, {"Confirm", "Confirmed"}, {"Reserve", "Reserved"}, {"Issue", "Issued"},
        {"Schedule", "Scheduled"}, {"Close", "Closed"}, {"Archive", "Archived"}};
    private static final String[] FAILURES = {"Rejected", "Declined", "Failed", "Expired", "Refused"};

    private final URI base;
    private final int stickies;
    private final int changes;
    private final HttpClient http = HttpClient.newHttpClient();

    private CoachBenchmark(URI base, int stickies, int changes) {
        this.base = base;
        this.stickies = stickies;
        this.changes = changes;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create("http://localhost:8080");
        int stickies = 5_000;
        int changes = 100;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> base = URI.create(args[i + 1]);
                case "--stickies" -> stickies = Integer.parseInt(args[i + 1]);
                case "--changes" -> changes = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("Unknown argument " + args[i] + "; use --url, --stickies, --changes");
                    System.exit(2);
                }
            }
        }
        String host = base.getHost();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host) && !"[::1]".equals(host)) {
            System.err.println("Only a server on this machine is benchmarked, not " + host);
            System.exit(2);
        }
        new CoachBenchmark(base, stickies, changes).run();
        System.exit(0);
    }

    private void run() throws Exception {
        JsonNode board = post("/api/boards", null, "{\"title\":\"Coach benchmark\",\"format\":\"free\"}");
        String id = board.get("id").asString();
        String token = board.get("tokens").get("facilitator").asString();
        List<ObjectNode> ops = new ArrayList<>();
        String probe = wall(ops);
        long started = System.nanoTime();
        for (int from = 0; from < ops.size(); from += 500) {
            ArrayNode batch = JSON.createArrayNode();
            ops.subList(from, Math.min(ops.size(), from + 500)).forEach(batch::add);
            ObjectNode body = JSON.createObjectNode().put("clientOpId", "setup-" + from);
            body.set("ops", batch);
            post("/api/boards/" + id + "/ops", token, body.toString());
        }
        System.err.printf(Locale.ROOT, "Board %s: %d elements (%d stickies) in %.1f s%n", id, ops.size(), stickies,
                (System.nanoTime() - started) / 1e9);

        LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(ws(), new Listener(inbox)).join();
        socket.sendText("{\"type\":\"join\",\"protocol\":" + Rest.PROTOCOL + ",\"boardId\":\"" + id + "\",\"token\":\""
                + token + "\",\"clientId\":\"coach-bench-" + UUID.randomUUID() + "\",\"name\":\"Bench\"}", true).join();
        started = System.nanoTime();
        JsonNode first = await(inbox, "checks", m -> true);
        Set<String> held = new HashSet<>();
        first.get("findings").forEach(f -> held.add(f.get("key").asString()));
        System.err.printf(Locale.ROOT, "First checks (every name read once): %d findings after %.1f s%n",
                held.size(), (System.nanoTime() - started) / 1e9);

        Samples total = new Samples(changes);
        Samples coachShare = new Samples(changes);
        String key = "event-not-past-tense:" + probe;
        for (int i = 1; i <= changes + 5; i++) {
            boolean wrong = i % 2 == 1;
            String opId = "probe-" + i;
            long sent = System.nanoTime();
            socket.sendText("{\"type\":\"ops\",\"clientOpId\":\"" + opId + "\",\"ops\":[{\"op\":\"update\",\"id\":\"" + probe
                    + "\",\"set\":{\"text\":\"" + (wrong ? "Invoice Sends" : "Invoice Sent") + "\"}}]}", true).join();
            JsonNode applied = await(inbox, "applied", m -> opId.equals(m.path("clientOpId").asString()));
            long appliedAt = System.nanoTime();
            long seq = applied.get("seq").asLong();
            // the whole list came first; from then on only what changed in it, as the browser applies it
            await(inbox, "checksChanged", m -> {
                m.get("removed").forEach(k -> held.remove(k.asString()));
                m.get("added").forEach(f -> held.add(f.get("key").asString()));
                return m.get("seq").asLong() >= seq && held.contains(key) == wrong;
            });
            long checkedAt = System.nanoTime();
            if (i > 5) { // the first few warm the server's code paths up
                total.add(checkedAt - sent);
                coachShare.add(checkedAt - appliedAt);
            }
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        report(total, coachShare, first.get("findings").size());
    }

    /** The board's ops, context by context; returns the id of the event the changes rename. */
    private String wall(List<ObjectNode> ops) {
        int aggregates = Math.max(1, stickies / PER_AGGREGATE);
        String probe = null;
        for (int a = 0; a < aggregates; a++) {
            int context = a / AGGREGATES_PER_CONTEXT;
            double cx = (context % 5) * 6_000.0;
            double cy = (context / 5) * 4_000.0;
            if (a % AGGREGATES_PER_CONTEXT == 0) {
                ops.add(create("boundary", "Context " + (context + 1), cx, cy, 5_900, 3_900));
            }
            double ax = cx + 50 + (a % AGGREGATES_PER_CONTEXT) * 1_160.0;
            double ay = cy + 50;
            String noun = NOUNS[a % NOUNS.length];
            ops.add(create("aggregate", noun + " " + (a + 1), ax, ay, 1_120, 3_800));
            List<String> commands = new ArrayList<>();
            List<String> events = new ArrayList<>();
            int slot = 0;
            for (int c = 0; c < 10; c++) {
                String[] verb = VERBS[(a + c) % VERBS.length];
                String command = id(ops, create("command", verb[0] + " " + noun, ax + 10, ay + 10 + slot++ * 74.0, 160, 70));
                String event = id(ops, create("event", noun + " " + verb[1], ax + 190, ay + 10 + slot * 74.0, 160, 70));
                ops.add(arrow(command, event));
                commands.add(command);
                events.add(event);
                if (c % 2 == 0) {
                    String failure = id(ops, create("event", noun + " " + FAILURES[c / 2], ax + 370, ay + 10 + slot * 74.0, 160, 70));
                    ops.add(arrow(command, failure));
                }
            }
            for (int e = 0; e < 5; e++) {
                events.add(id(ops, create("event", noun + " " + VERBS[(a + e + 3) % VERBS.length][1] + " Again",
                        ax + 550, ay + 10 + e * 140.0, 160, 120)));
            }
            for (int p = 0; p < 5; p++) {
                String policy = id(ops, create("policy", "When " + noun + " " + VERBS[p][1] + ", then " + VERBS[p + 1][0] + " " + noun,
                        ax + 730, ay + 10 + p * 140.0, 160, 120));
                ops.add(arrow(events.get(p), policy));
                ops.add(arrow(policy, commands.get(p + 1)));
                String actor = id(ops, create("actor", "Clerk " + p, ax + 910, ay + 10 + p * 140.0, 120, 60));
                ops.add(arrow(actor, commands.get(p)));
                ops.add(create("readModel", noun + " Overview " + p, ax + 730, ay + 800 + p * 140.0, 160, 120));
                ObjectNode hotspot = create("hotspot", "Who decides about " + noun + " " + p + "?", ax + 910, ay + 800 + p * 140.0, 160, 120);
                ((ObjectNode) hotspot.get("element")).set("props", JSON.createObjectNode().put("status", "open").put("owner", "Team " + p));
                ops.add(hotspot);
            }
            if (probe == null) {
                probe = events.get(0);
            }
        }
        return probe;
    }

    private static String id(List<ObjectNode> ops, ObjectNode op) {
        ops.add(op);
        return op.get("element").get("id").asString();
    }

    private static ObjectNode create(String kind, String text, double x, double y, double w, double h) {
        ObjectNode element = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("kind", kind)
                .put("text", text).put("x", x).put("y", y).put("w", w).put("h", h);
        ObjectNode op = JSON.createObjectNode().put("op", "create");
        op.set("element", element);
        return op;
    }

    private static ObjectNode arrow(String from, String to) {
        ObjectNode element = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("kind", "arrow")
                .put("from", from).put("to", to);
        ObjectNode op = JSON.createObjectNode().put("op", "create");
        op.set("element", element);
        return op;
    }

    private static JsonNode await(LinkedBlockingQueue<JsonNode> inbox, String type, java.util.function.Predicate<JsonNode> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode next = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new IllegalStateException("No '" + type + "' within " + WAIT.toSeconds() + " s");
            }
            if (type.equals(next.path("type").asString()) && wanted.test(next)) {
                return next;
            }
            if ("rejected".equals(next.path("type").asString()) || "error".equals(next.path("type").asString())) {
                throw new IllegalStateException("The server refused: " + next);
            }
        }
    }

    private void report(Samples total, Samples coachShare, int findings) {
        long[] t = total.sorted();
        long[] c = coachShare.sorted();
        System.out.println("| stickies | findings | changes | edit → checks p50 ms | p99 ms | max ms | applied → checks p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", stickies, findings,
                t.length, Samples.percentileMs(t, 0.5), Samples.percentileMs(t, 0.99), Samples.percentileMs(t, 1.0),
                Samples.percentileMs(c, 0.5), Samples.percentileMs(c, 0.99), Samples.percentileMs(c, 1.0));
    }

    private JsonNode post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(WAIT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private URI ws() {
        return URI.create(("https".equals(base.getScheme()) ? "wss" : "ws") + "://" + base.getRawAuthority() + "/ws");
    }

    /** Keeps every whole message; the benchmark reads them in order. */
    private static final class Listener implements WebSocket.Listener {
        private final LinkedBlockingQueue<JsonNode> inbox;
        private final StringBuilder partial = new StringBuilder();

        Listener(LinkedBlockingQueue<JsonNode> inbox) {
            this.inbox = inbox;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                inbox.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
