package io.stormwall.security;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.collab.internal.ClientMessageType;
import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Who may do what, for every REST endpoint and every live message type: one row each, exercised over real HTTP and
 * real WebSockets for each principal. The endpoints come from Spring's own mapping and the message types from
 * {@link ClientMessageType}, so a new endpoint or type without a row fails here.
 *
 * <p>To add a row: one line in {@link #REST} ({@code "METHOD /path/{id}"}, a body, then the status each principal
 * gets) or in {@link #LIVE} (the type, the message, then each principal's outcome).
 */
@StormwallTest
class RoleMatrixTest {

    /** The principals, in the order of every row's columns. */
    enum Who { OBSERVER, PARTICIPANT, FACILITATOR, NO_TOKEN, ROTATED_TOKEN, OTHER_BOARDS_TOKEN }

    record Rest(String endpoint, String body, int... statuses) {}

    record Live(ClientMessageType type, Map<String, Object> message, String... outcomes) {}

    /** A status for every principal alike: the endpoint needs no board token. */
    private static int[] everyone(int status) {
        int[] all = new int[Who.values().length];
        Arrays.fill(all, status);
        return all;
    }

    /** Marks the page's status: the same for everyone, whatever it is. */
    private static final int PAGE = -1;

    private static final String OPS = "{\"clientOpId\":\"matrix\",\"ops\":[{\"op\":\"create\",\"element\":{\"kind\":\"event\",\"text\":\"Row\"}}]}";

    private static final String BOARD_FILE = "{\"schemaVersion\":1,\"meta\":{\"title\":\"Imported\",\"format\":\"free\","
            + "\"createdAt\":\"2026-11-23T09:00:00Z\",\"exportedAt\":\"2026-11-23T10:00:00Z\"},"
            + "\"phase\":{\"index\":1,\"id\":\"free\",\"name\":\"Free modelling\"},\"gatingLifted\":false,\"frozen\":false,"
            + "\"seq\":0,\"elements\":[],\"phaseHistory\":[]}";

    private static final String FINDING_KEY = "event-not-past-tense:2b0e8f7a-5c4d-4e3f-8a1b-9c0d1e2f3a4b";

    private static final String STICKY = "2b0e8f7a-5c4d-4e3f-8a1b-9c0d1e2f3a4b";

    private static final List<Rest> REST = List.of(
            //                                                           observer participant facilitator none rotated other
            new Rest("POST /api/boards", "{\"title\":\"Matrix\"}", everyone(201)),
            new Rest("GET /api/boards/{id}", null, 200, 200, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/ops", OPS, 403, 200, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/phase", "{\"action\":\"next\"}", 403, 403, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/gating", "{\"lifted\":true}", 403, 403, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/freeze", "{\"frozen\":true}", 403, 403, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/timer", "{\"action\":\"start\",\"seconds\":60}", 403, 403, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/checks", null, 200, 200, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/coach", "{\"enabled\":false}", 403, 403, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/checks/accepted", "{\"key\":\"" + FINDING_KEY + "\",\"accepted\":true}",
                    403, 403, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/voting", "{\"action\":\"open\",\"votesPerPerson\":3}", 403, 403, 200, 401, 404, 404),
            // no round is open on a fresh board: who may vote gets as far as being told so
            new Rest("POST /api/boards/{id}/votes", "{\"element\":\"" + STICKY + "\"}", 403, 409, 409, 401, 404, 404),
            new Rest("DELETE /api/boards/{id}/votes/{element}", null, 403, 409, 409, 401, 404, 404),
            new Rest("GET /api/boards/{id}/votes", null, 200, 200, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/summon", "{\"viewport\":{\"x\":0,\"y\":0,\"w\":800,\"h\":600}}", 403, 403, 200, 401, 404, 404),
            // off is always allowed (it reveals what there is); on only in a phase that offers it
            new Rest("POST /api/boards/{id}/silent", "{\"on\":false}", 403, 403, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/links/{role}/rotate", "", 403, 403, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/continue", "{}", 403, 403, 201, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.json", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.csv", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.svg", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.png", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.md", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.mmd", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.cml", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.zip", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.asyncapi.yaml", null, 200, 200, 200, 401, 404, 404),
            // every board here has a checkpoint at seq 1 (see principal)
            new Rest("GET /api/boards/{id}/checkpoints", null, 200, 200, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/checkpoints", "{\"label\":\"Row\"}", 403, 403, 201, 401, 404, 404),
            new Rest("GET /api/boards/{id}/checkpoints/{seq}", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/checkpoints/{seq}/diff", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/checkpoints/{seq}/export.json", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/checkpoints/{seq}/export.svg", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/checkpoints/{seq}/export.png", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/checkpoints/{seq}/export.md", null, 200, 200, 200, 401, 404, 404),
            new Rest("POST /api/boards/{id}/checkpoints/{seq}/board", "{}", 403, 403, 201, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.owners.md", null, 200, 200, 200, 401, 404, 404),
            new Rest("GET /api/boards/{id}/export.owners.csv", null, 200, 200, 200, 401, 404, 404),
            // like creating a board: no board token needed (an instance may require its admin token instead)
            new Rest("POST /api/boards/import", BOARD_FILE, everyone(201)),
            new Rest("GET /api/formats", null, everyone(200)),
            // the page is public (the token stays in the fragment); 404 where the test run has no built front end
            new Rest("GET /b/{boardId}", null, everyone(PAGE)),
            new Rest("GET /b/{boardId}/", null, everyone(PAGE)),
            new Rest("GET /error", null, everyone(500)));

    private static final String APPLIED = "applied", FORBIDDEN = "rejected FORBIDDEN", PONG = "pong",
            PRESENCE = "presence reaches the board", AGAIN = "error ALREADY_JOINED", BAD_JOIN = "close 4400",
            NO_ACCESS = "close 4401", NOT_OPEN = "rejected VOTING_NOT_OPEN";

    private static final List<Live> LIVE = List.of(
            //                                                                     observer participant facilitator none rotated other
            new Live(ClientMessageType.JOIN, object(), AGAIN, AGAIN, AGAIN, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.OPS, object("clientOpId", "m1", "ops", List.of(object("op", "create",
                    "element", object("kind", "event", "text", "Live row")))), FORBIDDEN, APPLIED, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.PHASE, object("clientOpId", "m2", "action", "next"), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.GATING, object("clientOpId", "m3", "lifted", true), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.FREEZE, object("clientOpId", "m4", "frozen", true), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.TIMER, object("clientOpId", "m5", "action", "start", "seconds", 60), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.COACH, object("clientOpId", "m6", "enabled", false), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.ACCEPT, object("clientOpId", "m7", "key", FINDING_KEY, "accepted", true), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.CHECKPOINT, object("clientOpId", "m8", "label", "Row"), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.VOTING, object("clientOpId", "m9", "action", "open", "votesPerPerson", 3), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.VOTE, object("clientOpId", "m10", "element", STICKY), FORBIDDEN, NOT_OPEN, NOT_OPEN, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.UNVOTE, object("clientOpId", "m11", "element", STICKY), FORBIDDEN, NOT_OPEN, NOT_OPEN, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.SUMMON, object("clientOpId", "m12", "viewport", object("x", 0, "y", 0, "w", 800, "h", 600)), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.SILENT, object("clientOpId", "m13", "on", false), FORBIDDEN, FORBIDDEN, APPLIED, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.PRESENCE, object("cursor", object("x", 1, "y", 2)), PRESENCE, PRESENCE, PRESENCE, BAD_JOIN, NO_ACCESS, NO_ACCESS),
            new Live(ClientMessageType.PING, object("t", 5), PONG, PONG, PONG, BAD_JOIN, NO_ACCESS, NO_ACCESS));

    private final HttpClient http = HttpClient.newHttpClient();
    private final Api api;
    private final int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    RoleMatrixTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void everyEndpointAndMessageTypeHasARow() {
        TreeSet<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().flatMap(path -> {
                    var methods = info.getMethodsCondition().getMethods();
                    return methods.isEmpty() ? java.util.stream.Stream.of("GET " + path)
                            : methods.stream().map(m -> m.name() + " " + path);
                }))
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> rows = REST.stream().map(Rest::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertThat((Iterable<String>) rows)
                .as("a row for every endpoint Spring maps (add one line to REST)")
                .containsExactlyElementsOf(mapped);
        assertThat(LIVE.stream().map(Live::type).toList())
                .as("a row for every client message type (add one line to LIVE)")
                .containsExactlyInAnyOrder(ClientMessageType.values());
        REST.forEach(row -> assertThat(row.statuses()).as(row.endpoint()).hasSize(Who.values().length));
        LIVE.forEach(row -> assertThat(row.outcomes()).as(row.type().wire()).hasSize(Who.values().length));
    }

    @Test
    void everyEndpointAnswersEachPrincipalAsItsRowSays() {
        Map<String, Integer> mismatches = new LinkedHashMap<>();
        for (Rest row : REST) {
            Integer page = null;
            for (Who who : Who.values()) {
                Principal principal = principal(who);
                int status = call(row, principal);
                int expected = row.statuses()[who.ordinal()];
                if (expected == PAGE) {
                    assertThat(status).as(row.endpoint() + " for " + who).isNotIn(401, 403).isLessThan(500);
                    page = page == null ? status : page;
                    expected = page;
                }
                if (status != expected) {
                    mismatches.put(row.endpoint() + " as " + who + " (expected " + expected + ")", status);
                }
            }
        }
        assertThat(mismatches).as("endpoint answers that differ from the matrix").isEmpty();
    }

    @Test
    void everyMessageTypeAnswersEachPrincipalAsItsRowSays() {
        Map<String, String> mismatches = new LinkedHashMap<>();
        for (Live row : LIVE) {
            for (Who who : Who.values()) {
                String outcome = send(row, principal(who));
                String expected = row.outcomes()[who.ordinal()];
                if (!outcome.equals(expected)) {
                    mismatches.put(row.type().wire() + " as " + who + " (expected " + expected + ")", outcome);
                }
            }
        }
        assertThat(mismatches).as("live answers that differ from the matrix").isEmpty();
    }

    /** A fresh board per call, so no call's effect (a rotation, a phase change) shapes the next. */
    private record Principal(Api.TestBoard board, String token) {}

    private Principal principal(Who who) {
        Api.TestBoard board = api.createBoard("Matrix " + who, "process-level");
        api.post("/api/boards/" + board.id() + "/checkpoints", "{\"label\":\"Matrix\"}", board.facilitator());
        return switch (who) {
            case OBSERVER -> new Principal(board, board.observer());
            case PARTICIPANT -> new Principal(board, board.participant());
            case FACILITATOR -> new Principal(board, board.facilitator());
            case NO_TOKEN -> new Principal(board, null);
            case ROTATED_TOKEN -> {
                api.post("/api/boards/" + board.id() + "/links/participant/rotate", "", board.facilitator());
                yield new Principal(board, board.participant());
            }
            case OTHER_BOARDS_TOKEN -> new Principal(board, api.createBoard("Elsewhere", "free").facilitator());
        };
    }

    private int call(Rest row, Principal principal) {
        String[] parts = row.endpoint().split(" ", 2);
        String path = parts[1].replace("{id}", principal.board().id()).replace("{boardId}", principal.board().id())
                .replace("{role}", "observer").replace("{seq}", "1").replace("{element}", STICKY);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (principal.token() != null) {
            request.header("Authorization", "Bearer " + principal.token());
        }
        if (row.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(parts[0], row.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(row.body()));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(row.endpoint(), e);
        }
    }

    /** Joins with the principal's token, sends the row's message, and names what came of it. */
    private String send(Live row, Principal principal) {
        Map<String, Object> message = new LinkedHashMap<>(row.message());
        message.put("type", row.type().wire());
        if (row.type() == ClientMessageType.JOIN) {
            message.putAll(object("protocol", WsClient.PROTOCOL, "boardId", principal.board().id(), "token", "x", "clientId", WsClient.secret("again")));
        }
        try (WsClient watcher = WsClient.join(port, principal.board().id(), principal.board().observer(), "watcher", null);
                WsClient client = WsClient.connect(port)) {
            Map<String, Object> join = object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", principal.board().id(),
                    "clientId", "matrix-" + UUID.randomUUID());
            if (principal.token() != null) {
                join.put("token", principal.token());
            }
            client.send(join);
            JsonNode welcome = welcomeOrClose(client);
            if (welcome == null) {
                return "close " + client.awaitClose();
            }
            String sessionId = welcome.get("sessionId").asString();
            client.send(message);
            return switch (row.type()) {
                case PRESENCE -> watcher.await(m -> "presence".equals(m.path("type").asString())
                        && sessionId.equals(m.get("updates").get(0).get("sessionId").asString()), "the presence") != null ? PRESENCE : "none";
                default -> describe(client.await(answerTo(row), "the answer to " + row.type().wire()));
            };
        }
    }

    /** The welcome, or null when the server answered the join otherwise (an error, a close, or both). */
    private static JsonNode welcomeOrClose(WsClient client) {
        return await("an answer to join").atMost(WsClient.DEADLINE).pollInterval(Duration.ofMillis(5))
                .until(() -> joinAnswer(client), Optional::isPresent)
                .filter(answer -> !answer.isMissingNode()).orElse(null);
    }

    /** Empty while the join is unanswered; the welcome, or an empty node once the connection closed without one. */
    private static Optional<JsonNode> joinAnswer(WsClient client) {
        for (JsonNode m : client.received()) {
            if ("welcome".equals(m.path("type").asString())) {
                return Optional.of(m);
            }
        }
        return client.isClosed() ? Optional.of(MissingNode.getInstance()) : Optional.empty();
    }

    private static java.util.function.Predicate<JsonNode> answerTo(Live row) {
        Function<JsonNode, String> type = m -> m.path("type").asString();
        return m -> List.of("applied", "rejected", "pong", "error", "ack").contains(type.apply(m));
    }

    private static String describe(JsonNode answer) {
        String type = answer.get("type").asString();
        return switch (type) {
            case "rejected", "error" -> type + " " + answer.get("code").asString();
            default -> type;
        };
    }
}
