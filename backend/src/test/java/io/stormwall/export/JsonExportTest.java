package io.stormwall.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@StormwallTest
class JsonExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final Downloads downloads;

    @Autowired
    JsonExportTest(@LocalServerPort int port) {
        this.api = new Api(port);
        this.downloads = new Downloads(port);
    }

    @Test
    void exportsTheWholeBoardWithoutItsTokens() {
        WorkshopWall wall = new WorkshopWall(api, "Subscription billing: Q3 <draft>");

        Downloads.Download download = downloads.get(exportPath(wall.board.id()), wall.board.participant());

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/json");
        assertThat(download.disposition()).isEqualTo("attachment; filename=\"subscription-billing-q3-draft.json\"");
        String text = download.text();
        assertThat(text).doesNotContain(wall.board.facilitator(), wall.board.participant(), wall.board.observer(), "token");
        assertThat(text).contains("\"text\":\"<script>alert(1)</script>\"");
        JsonNode file = JSON.readTree(text);
        assertThat(file.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(file.get("meta").get("title").asString()).isEqualTo("Subscription billing: Q3 <draft>");
        assertThat(file.get("meta").get("format").asString()).isEqualTo("process-level");
        assertThat(file.get("meta").get("createdAt").asString()).isNotEmpty();
        assertThat(file.get("phase").get("index").asInt()).isEqualTo(3);
        assertThat(file.get("phase").get("id").asString()).isEqualTo("commands-and-actors");
        assertThat(file.get("gatingLifted").asBoolean()).isTrue();
        assertThat(file.get("frozen").asBoolean()).isTrue();
        JsonNode board = api.get("/api/boards/" + wall.board.id(), wall.board.observer()).json();
        assertThat(file.get("seq").asLong()).isEqualTo(board.get("seq").asLong()).isEqualTo(5);
        assertThat(file.get("elements")).isEqualTo(board.get("elements")).hasSize(7);
        JsonNode arrow = element(file, wall.arrow);
        assertThat(arrow.get("from").asString()).isEqualTo(wall.command);
        assertThat(arrow.get("to").asString()).isEqualTo(wall.event);
        assertThat(arrow.get("label").asString()).isEqualTo("results in");
        JsonNode hotspotProps = element(file, wall.hotspot).get("props");
        assertThat(hotspotProps.get("status").asString()).isEqualTo("open");
        assertThat(hotspotProps.get("owner").asString()).isEqualTo("-Grace");
        assertThat(element(file, wall.policy).get("props").get("mode").asString()).isEqualTo("long-running");
        JsonNode history = file.get("phaseHistory");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("from").asInt()).isEqualTo(1);
        assertThat(history.get(0).get("to").asInt()).isEqualTo(2);
        assertThat(history.get(1).get("to").asInt()).isEqualTo(3);
        assertThat(history.get(1).get("role").asString()).isEqualTo("facilitator");
    }

    @Test
    void realExportsMatchTheDocumentedSchema() {
        JsonContract schema = JsonContract.get();
        WorkshopWall full = new WorkshopWall(api, "Full wall");
        Api.TestBoard empty = api.createBoard("Empty wall", "free");

        for (Downloads.Download export : new Downloads.Download[] {
                downloads.get(exportPath(full.board.id()), full.board.observer()),
                downloads.get(exportPath(empty.id()), empty.observer())}) {
            List<InputProblem> problems = schema.problems(JsonContract.Document.EXPORT, null, JSON.readTree(export.bytes()), "");
            assertThat(problems).as(export.text()).isEmpty();
        }
        List<InputProblem> wrong = schema.problems(JsonContract.Document.EXPORT, null, JSON.readTree("{\"schemaVersion\":2}"), "");
        assertThat(wrong).isNotEmpty();
    }

    @Test
    void importsAnExportAsANewBoardThatExportsTheSame() {
        WorkshopWall wall = new WorkshopWall(api, "Round trip");
        Downloads.Download exported = downloads.get(exportPath(wall.board.id()), wall.board.observer());

        Downloads.Download imported = downloads.importFile(exported.bytes());

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonNode created = JSON.readTree(imported.text());
        String id = created.get("id").asString();
        assertThat(id).isNotEqualTo(wall.board.id());
        assertThat(imported.location()).isEqualTo("/api/boards/" + id);
        assertThat(created.get("title").asString()).isEqualTo("Round trip");
        assertThat(created.get("format").asString()).isEqualTo("process-level");
        assertThat(created.get("phase").get("index").asInt()).isEqualTo(3);
        assertThat(created.get("seq").asLong()).isEqualTo(5);
        assertThat(created.get("createdAt").asString()).isNotEmpty();
        for (String role : new String[] {"facilitator", "participant", "observer"}) {
            String token = created.get("tokens").get(role).asString();
            assertThat(token).isNotIn(wall.board.facilitator(), wall.board.participant(), wall.board.observer());
            assertThat(created.get("links").get(role).asString()).endsWith("/b/" + id + "#k=" + token);
        }
        assertThat(downloads.get(exportPath(id), wall.board.facilitator()).status()).isEqualTo(404);

        Downloads.Download again = downloads.get(exportPath(id), created.get("tokens").get("observer").asString());
        assertThat(withoutTimestamps(again)).isEqualTo(withoutTimestamps(exported));
        Api.Response refused = api.ops(id, created.get("tokens").get("participant").asString(), "after-import",
                io.stormwall.support.Json.object("op", "delete", "id", wall.event));
        assertThat(refused.status()).as("the wall stays frozen").isEqualTo(409);
    }

    @Test
    void theImportedWallIsLiveForEditsAndPhaseChanges() {
        WorkshopWall wall = new WorkshopWall(api, "Carry on");
        JsonNode created = JSON.readTree(downloads.importFile(
                downloads.get(exportPath(wall.board.id()), wall.board.observer()).bytes()).text());
        String id = created.get("id").asString();
        String facilitator = created.get("tokens").get("facilitator").asString();

        Api.Response next = api.post("/api/boards/" + id + "/phase", "{\"action\":\"next\"}", facilitator);
        Api.Response edit = api.ops(id, facilitator, "edit-1",
                io.stormwall.support.Json.object("op", "update", "id", wall.event, "set", io.stormwall.support.Json.object("x", 40)));

        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        JsonNode board = api.get("/api/boards/" + id, facilitator).json();
        assertThat(board.get("seq").asLong()).isEqualTo(7);
        assertThat(board.get("phaseHistory")).hasSize(3);
        assertThat(element(board, wall.event).get("x").asDouble()).isEqualTo(40);
        assertThat(element(board, wall.event).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void anyRoleMayExportButOnlyWithTheBoardsToken() {
        WorkshopWall wall = new WorkshopWall(api, "Access");
        Api.TestBoard other = api.createBoard("Other", "free");

        assertThat(downloads.get(exportPath(wall.board.id()), wall.board.observer()).status()).isEqualTo(200);
        assertThat(downloads.get(exportPath(wall.board.id()), wall.board.facilitator()).status()).isEqualTo(200);
        Downloads.Download anonymous = downloads.get(exportPath(wall.board.id()), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.text()).get("code").asString()).isEqualTo("TOKEN_REQUIRED");
        Downloads.Download wrong = downloads.get(exportPath(wall.board.id()), other.facilitator());
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(JSON.readTree(wrong.text()).get("code").asString()).isEqualTo("BOARD_NOT_FOUND");
        assertThat(downloads.get(exportPath("not-a-board"), other.facilitator()).status()).isEqualTo(404);
    }

    static String exportPath(String boardId) {
        return "/api/boards/" + boardId + "/export.json";
    }

    static JsonNode element(JsonNode board, String id) {
        for (JsonNode e : board.get("elements")) {
            if (e.get("id").asString().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static JsonNode withoutTimestamps(Downloads.Download export) {
        ObjectNode file = (ObjectNode) JSON.readTree(export.bytes());
        ((ObjectNode) file.get("meta")).remove("createdAt");
        ((ObjectNode) file.get("meta")).remove("exportedAt");
        return file;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
