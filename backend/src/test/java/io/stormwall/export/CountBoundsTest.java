package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A board's counts (its seq, each element's version) never wrap and never pass 2^53-1, the largest integer a
 * JavaScript client holds exactly: an import leaves them room by staying at or below 2^52.
 */
@StormwallTest
class CountBoundsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TWO_TO_THE_52 = 4_503_599_627_370_496L;

    private final int port;
    private final Api api;
    private final Downloads downloads;
    private final JdbcClient jdbc;

    @Autowired
    CountBoundsTest(@LocalServerPort int port, JdbcClient jdbc) {
        this.port = port;
        this.api = new Api(port);
        this.downloads = new Downloads(port);
        this.jdbc = jdbc;
    }

    @Test
    void anImportWithTheLargestLongAsSeqIsRefusedAndStoresNothing() {
        ObjectNode file = exportOfOneSticky();
        file.put("seq", Long.MAX_VALUE);

        assertRefused(file, "seq");
    }

    @Test
    void anImportedSeqMayBe2To52ButNoMore() {
        ObjectNode over = exportOfOneSticky();
        over.put("seq", TWO_TO_THE_52 + 1);
        assertRefused(over, "seq");

        ObjectNode edge = exportOfOneSticky();
        edge.put("seq", TWO_TO_THE_52);
        JsonNode imported = importOf(edge);
        String board = imported.get("id").asString();
        String participant = imported.get("tokens").get("participant").asString();
        assertThat(imported.get("seq").asLong()).isEqualTo(TWO_TO_THE_52);

        try (WsClient watcher = WsClient.join(port, board, imported.get("tokens").get("observer").asString(),
                "count-bounds-watcher", TWO_TO_THE_52)) {
            Api.Response edit = api.ops(board, participant, "after-the-edge",
                    object("op", "create", "element", object("kind", "event", "text", "Counted on", "x", 0, "y", 300)));

            assertThat(edit.status()).as(edit.body()).isEqualTo(200);
            assertThat(edit.json().get("seq").asLong()).isEqualTo(TWO_TO_THE_52 + 1);
            JsonNode applied = watcher.await("applied");
            assertThat(applied.get("seq").asLong()).as("a live client gets the next edit").isEqualTo(TWO_TO_THE_52 + 1);
        }
    }

    @Test
    void anImportedElementVersionMayBe2To52ButNoMore() {
        ObjectNode over = exportOfOneSticky();
        ((ObjectNode) over.get("elements").get(0)).put("version", TWO_TO_THE_52 + 1);
        assertRefused(over, "elements[0].version");

        ObjectNode edge = exportOfOneSticky();
        ((ObjectNode) edge.get("elements").get(0)).put("version", TWO_TO_THE_52);
        assertThat(importOf(edge).get("id").asString()).isNotBlank();
    }

    @Test
    void anElementVersionPast2To31Minus1DoesNotWrap() {
        ObjectNode file = exportOfOneSticky();
        ObjectNode sticky = (ObjectNode) file.get("elements").get(0);
        sticky.put("version", Integer.MAX_VALUE);
        JsonNode imported = importOf(file);
        String board = imported.get("id").asString();

        Api.Response edit = api.ops(board, imported.get("tokens").get("participant").asString(), "past-int",
                object("op", "update", "id", sticky.get("id").asString(), "set", object("text", "Changed once more")));

        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        JsonNode element = api.get("/api/boards/" + board, imported.get("tokens").get("observer").asString())
                .json().get("elements").get(0);
        assertThat(element.get("version").asLong()).isEqualTo(Integer.MAX_VALUE + 1L);
    }

    private ObjectNode exportOfOneSticky() {
        Api.TestBoard board = api.createBoard("Counts", "free");
        Api.Response created = api.ops(board.id(), board.participant(), "one-sticky",
                object("op", "create", "element", object("id", UUID.randomUUID().toString(), "kind", "event",
                        "text", "Order Placed", "x", 0, "y", 0)));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return (ObjectNode) JSON.readTree(downloads.get(JsonExportTest.exportPath(board.id()), board.observer()).bytes());
    }

    private JsonNode importOf(ObjectNode file) {
        Downloads.Download imported = downloads.importFile(JSON.writeValueAsBytes(file));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        return JSON.readTree(imported.text());
    }

    private void assertRefused(ObjectNode file, String path) {
        long boards = boardCount();

        Downloads.Download refused = downloads.importFile(JSON.writeValueAsBytes(file));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.text());
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("field").asString()).isEqualTo(path);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("errors").get(0).get("message").asString()).as(path).isNotBlank();
        assertThat(boardCount()).as("nothing stored").isEqualTo(boards);
    }

    private long boardCount() {
        return jdbc.sql("select count(*) from board").query(Long.class).single();
    }
}
