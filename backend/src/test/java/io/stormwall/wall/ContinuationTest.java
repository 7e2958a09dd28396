package io.stormwall.wall;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** "Continue as architecture session": a new board in the architecture format that starts with the source's wall. */
@StormwallTest
class ContinuationTest {

    private final Api api;

    ContinuationTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    @Test
    void theFacilitatorContinuesTheWallOnANewArchitectureBoardThatRecordsWhereItCameFrom() {
        Api.TestBoard source = api.createBoard("Subscription billing", "free");
        String event = UUID.randomUUID().toString();
        String command = UUID.randomUUID().toString();
        String arrow = UUID.randomUUID().toString();
        api.ops(source.id(), source.participant(), "map",
                object("op", "create", "element", object("id", event, "kind", "event", "text", "Subscription Started", "x", 200, "y", 40)),
                object("op", "create", "element", object("id", command, "kind", "command", "text", "Start Subscription", "x", 0, "y", 40)),
                object("op", "create", "element", object("id", arrow, "kind", "arrow", "from", command, "to", event, "label", "results in")));
        JsonNode before = api.get("/api/boards/" + source.id(), source.observer()).json();

        Api.Response answer = api.post("/api/boards/" + source.id() + "/continue", "{}", source.facilitator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode continued = answer.json();
        assertThat(continued.get("format").asString()).isEqualTo("architecture");
        assertThat(continued.get("title").asString()).isEqualTo("Subscription billing · Architecture");
        assertThat(continued.get("phase").get("id").asString()).isEqualTo("review-the-map");
        assertThat(continued.get("links").get("participant").asString()).contains("/b/" + continued.get("id").asString() + "#k=");
        assertThat(continued.get("continuedFrom").get("boardId").asString()).isEqualTo(source.id());
        assertThat(continued.get("continuedFrom").get("seq").asLong()).isEqualTo(1);

        String id = continued.get("id").asString();
        JsonNode board = api.get("/api/boards/" + id, continued.get("tokens").get("observer").asString()).json();
        assertThat(board.get("continuedFrom").get("title").asString()).isEqualTo("Subscription billing");
        assertThat(board.get("continuedFrom").get("format").asString()).isEqualTo("free");
        assertThat(board.get("continuedFrom").get("by").asString()).isEqualTo("facilitator");
        assertThat(texts(board)).containsExactlyInAnyOrderElementsOf(texts(before));
        JsonNode carriedArrow = element(board, arrow);
        assertThat(carriedArrow.get("from").asString()).isEqualTo(command);
        assertThat(carriedArrow.get("to").asString()).isEqualTo(event);
        assertThat(carriedArrow.get("label").asString()).isEqualTo("results in");
        assertThat(element(board, event).get("x").asDouble()).isEqualTo(200);

        assertThat(api.get("/api/boards/" + id, source.facilitator()).status()).as("the source's links don't open the new board").isEqualTo(404);
        assertThat(api.get("/api/boards/" + source.id(), source.observer()).json().get("seq").asLong()).isEqualTo(before.get("seq").asLong());
        assertThat(api.get("/api/boards/" + source.id(), source.observer()).json().has("continuedFrom")).isFalse();

        String participant = continued.get("tokens").get("participant").asString();
        assertThat(api.ops(id, participant, "fix", object("op", "update", "id", event, "set", object("text", "Subscription Activated")))
                .status()).as("the map can still be corrected while it is reviewed").isEqualTo(200);
    }

    @Test
    void onlyTheFacilitatorContinuesAndABadRequestCreatesNothing() throws SQLException {
        Api.TestBoard source = api.createBoard("Not yours", "process-level");
        long boards = boardCount();
        for (String token : List.of(source.participant(), source.observer())) {
            Api.Response refused = api.post("/api/boards/" + source.id() + "/continue", "{}", token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("code").asString()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.post("/api/boards/" + source.id() + "/continue", "{}").status()).isEqualTo(401);
        Api.Response unknown = api.post("/api/boards/" + source.id() + "/continue", "{\"format\":\"waterfall\"}", source.facilitator());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_FORMAT");
        Api.Response extra = api.post("/api/boards/" + source.id() + "/continue", "{\"colour\":\"red\"}", source.facilitator());
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().get("field").asString()).isEqualTo("colour");
        Api.Response blank = api.post("/api/boards/" + source.id() + "/continue", "{\"title\":\" \"}", source.facilitator());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("field").asString()).isEqualTo("title");
        assertThat(boardCount()).isEqualTo(boards);

        Api.Response named = api.post("/api/boards/" + source.id() + "/continue",
                "{\"title\":\"Billing architecture\",\"format\":\"event-modeling\"}", source.facilitator());
        assertThat(named.status()).isEqualTo(201);
        assertThat(named.json().get("title").asString()).isEqualTo("Billing architecture");
        assertThat(named.json().get("format").asString()).isEqualTo("event-modeling");
    }

    private static long boardCount() throws SQLException {
        try (var connection = TestDatabase.get().connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from board")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> texts(JsonNode board) {
        return board.get("elements").valueStream().map(e -> e.get("kind").asString() + ":" + e.path("text").asString("")).toList();
    }

    private static JsonNode element(JsonNode board, String id) {
        return board.get("elements").valueStream().filter(e -> e.get("id").asString().equals(id)).findFirst().orElseThrow();
    }
}
