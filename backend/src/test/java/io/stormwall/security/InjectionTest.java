package io.stormwall.security;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Texts from a corpus of script and SQL injection payloads are stored and returned byte for byte, over REST and
 * live; quote-laden ids are refused by name; and the database holds exactly what was sent (SQL is parameterised).
 */
@StormwallTest
class InjectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final int port;

    InjectionTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    static List<String> corpus() throws Exception {
        return Files.readAllLines(Path.of("src/test/resources/security/xss-corpus.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty()).toList();
    }

    @Test
    void payloadsComeBackByteIdenticalOverRestAndLive() throws Exception {
        List<String> corpus = corpus();
        String title = corpus.get(1);
        Api.Response created = api.post("/api/boards", JSON.writeValueAsString(object("title", title, "format", "free")));
        JsonNode board = created.json();
        String id = board.get("id").asString();
        String participant = board.get("tokens").get("participant").asString();
        assertThat(board.get("title").asString()).isEqualTo(title);

        Map<String, String> sent = new HashMap<>();
        List<Object> ops = new ArrayList<>();
        for (String text : corpus) {
            String elementId = UUID.randomUUID().toString();
            sent.put(elementId, text);
            ops.add(object("op", "create", "element", object("id", elementId, "kind", "hotspot", "text", text,
                    "props", object("owner", text.length() > 100 ? text.substring(0, 100) : text))));
        }
        try (WsClient live = WsClient.join(port, id, participant, "Robert'); DROP TABLE board;--", null)) {
            assertThat(api.ops(id, participant, "corpus", ops.toArray()).status()).isEqualTo(200);
            JsonNode applied = live.await("applied");
            applied.get("ops").forEach(op -> assertThat(op.get("element").get("text").asString())
                    .isEqualTo(sent.get(op.get("element").get("id").asString())));

            String update = corpus.get(corpus.size() - 1);
            String target = sent.keySet().iterator().next();
            live.send(object("type", "ops", "clientOpId", "'; DELETE FROM op_log; --", "ops",
                    List.of(object("op", "update", "id", target, "set", object("text", update)))));
            JsonNode own = live.await(m -> "applied".equals(m.path("type").asString())
                    && "'; DELETE FROM op_log; --".equals(m.path("clientOpId").asString()), "the quote-laden batch");
            assertThat(own.get("seq").asLong()).isEqualTo(2);
            assertThat(own.get("by").asString()).isEqualTo("Robert'); DROP TABLE board;--");
            assertThat(own.get("ops").get(0).get("version").asInt()).isEqualTo(2);
            sent.put(target, update);
        }

        JsonNode stored = api.get("/api/boards/" + id, participant).json();
        assertThat(stored.get("title").asString()).isEqualTo(title);
        assertThat(stored.get("elements")).hasSize(corpus.size());
        stored.get("elements").forEach(e -> assertThat(e.get("text").asString()).isEqualTo(sent.get(e.get("id").asString())));
        assertThat(stored.get("seq").asLong()).isEqualTo(2);
    }

    @Test
    void quoteLadenIdsAreRefusedByName() {
        Api.TestBoard board = api.createBoard("Ids", "free");
        Api.Response badElement = api.ops(board.id(), board.participant(), "bad-id",
                object("op", "update", "id", "' OR '1'='1", "set", object("x", 1)));
        assertThat(badElement.status()).isEqualTo(400);
        assertThat(badElement.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(badElement.json().get("field").asString()).isEqualTo("ops[0].id");

        Api.Response badCreate = api.ops(board.id(), board.participant(), "bad-create",
                object("op", "create", "element", object("id", "1; DROP TABLE element", "kind", "event")));
        assertThat(badCreate.json().get("field").asString()).isEqualTo("ops[0].element.id");

        // a board id that is no UUID names no board: the same answer as an unknown one, by design
        Api.Response badBoard = api.get("/api/boards/' OR '1'='1".replace(" ", "%20").replace("'", "%27"), board.participant());
        assertThat(badBoard.status()).isEqualTo(404);
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")).isEmpty();
    }
}
