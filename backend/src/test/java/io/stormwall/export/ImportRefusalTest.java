package io.stormwall.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@StormwallTest
class ImportRefusalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final Downloads downloads;
    private final JdbcClient jdbc;

    @Autowired
    ImportRefusalTest(@LocalServerPort int port, JdbcClient jdbc) {
        this.api = new Api(port);
        this.downloads = new Downloads(port);
        this.jdbc = jdbc;
    }

    @Test
    void listsEverySchemaFaultOfABadFileWithItsPathAndCreatesNothing() {
        WorkshopWall wall = new WorkshopWall(api, "Source");
        ObjectNode file = export(wall);
        ArrayNode elements = (ArrayNode) file.get("elements");
        String event = at(elements, wall.event);
        String policy = at(elements, wall.policy);
        String aggregate = at(elements, wall.aggregate);
        String context = at(elements, wall.context);
        file.put("schemaVersion", 2);
        file.put("gatingLifted", "yes");
        file.putObject("tokens").put("facilitator", "x");
        ((ObjectNode) file.get("phaseHistory").get(0)).put("to", 0);
        element(elements, wall.event).put("x", "left");
        element(elements, wall.policy).put("kind", "banana");
        element(elements, wall.aggregate).put("text", "x".repeat(1_001));
        element(elements, wall.context).putObject("props").put("mode", "reactive");
        // faults only a file that holds to the schema is checked for: not listed beside the schema's
        ((ObjectNode) file.get("phase")).put("index", 9);
        element(elements, wall.arrow).put("to", UUID.randomUUID().toString());
        element(elements, wall.hotspot).put("id", wall.command);
        long boards = boardCount();

        Downloads.Download refused = downloads.importFile(JSON.writeValueAsBytes(file));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(refused.text());
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        List<String> paths = paths(problem);
        assertThat(paths).containsExactlyInAnyOrder(
                "tokens",
                "schemaVersion",
                "gatingLifted",
                "phaseHistory[0].to",
                event + ".x",
                policy + ".kind",
                aggregate + ".text",
                context + ".props.mode");
        assertThat(problem.get("field").asString()).isEqualTo(paths.get(0));
        assertThat(message(problem, "schemaVersion")).contains("newer");
        assertThat(message(problem, aggregate + ".text")).contains("1000");
        assertThat(boardCount()).isEqualTo(boards);
    }

    @Test
    void listsEveryProblemOfAFileThatHoldsToTheSchemaWithItsPathAndCreatesNothing() {
        WorkshopWall wall = new WorkshopWall(api, "Source");
        ObjectNode file = export(wall);
        ArrayNode elements = (ArrayNode) file.get("elements");
        String arrow = at(elements, wall.arrow);
        String hotspot = at(elements, wall.hotspot);
        ((ObjectNode) file.get("phase")).put("index", 9);
        ((ObjectNode) file.get("phaseHistory").get(0)).put("to", 9);
        element(elements, wall.arrow).put("to", UUID.randomUUID().toString());
        element(elements, wall.hotspot).put("id", wall.command);
        long boards = boardCount();

        Downloads.Download refused = downloads.importFile(JSON.writeValueAsBytes(file));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.text());
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(paths(problem)).containsExactlyInAnyOrder("phase.index", "phaseHistory[0].to", arrow + ".to", hotspot + ".id");
        assertThat(message(problem, "phase.index")).contains("from 1 to");
        assertThat(message(problem, arrow + ".to")).contains("No element");
        assertThat(message(problem, hotspot + ".id")).contains("Duplicate");
        assertThat(boardCount()).isEqualTo(boards);
    }

    @Test
    void namesAnUnknownFormatAndTheWrongShapeOfTheFile() {
        long boards = boardCount();

        Downloads.Download wrongShape = downloads.importFile(JsonExportTest.utf8("""
                {"schemaVersion":1,"meta":{"title":"T","format":"waterfall"},"phase":{"index":1},
                 "gatingLifted":false,"frozen":false,"seq":0,"elements":[{"kind":"event"}],"phaseHistory":{}}"""));
        Downloads.Download unknownFormat = downloads.importFile(JsonExportTest.utf8("""
                {"schemaVersion":1,"meta":{"title":"T","format":"waterfall","createdAt":"2026-11-23T09:12:00Z",
                 "exportedAt":"2026-11-23T09:12:00Z"},"phase":{"index":1,"id":"p","name":"P"},
                 "gatingLifted":false,"frozen":false,"seq":0,"elements":[],"phaseHistory":[]}"""));
        Downloads.Download notABoard = downloads.importFile(JsonExportTest.utf8("[1, 2, 3]"));
        Downloads.Download notJson = downloads.importFile(JsonExportTest.utf8("{\"schemaVersion\": 1,"));

        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(paths(JSON.readTree(wrongShape.text()))).contains("phaseHistory",
                "elements[0].id", "elements[0].text", "elements[0].x", "elements[0].updatedAt").doesNotContain("meta.format");
        assertThat(unknownFormat.status()).as(unknownFormat.text()).isEqualTo(400);
        assertThat(paths(JSON.readTree(unknownFormat.text()))).containsExactly("meta.format");
        assertThat(notABoard.status()).isEqualTo(400);
        assertThat(paths(JSON.readTree(notABoard.text()))).containsExactly("$");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.text()).get("code").asString()).isEqualTo("MALFORMED_JSON");
        assertThat(boardCount()).isEqualTo(boards);
    }

    @Test
    void keepsFieldsAndScenariosAndRefusesTwoFieldsOfOneName() {
        WorkshopWall wall = new WorkshopWall(api, "Fields");
        ObjectNode file = export(wall);
        ArrayNode elements = (ArrayNode) file.get("elements");
        ObjectNode fields = element(elements, wall.event).putObject("props").putObject("fields");
        fields.putObject("a").put("name", "orderId").put("type", "id").put("at", 1);
        fields.putObject("b").put("name", "placedAt").put("type", "date").put("at", 2);
        ObjectNode scenario = element(elements, wall.command).putObject("props").putObject("scenarios").putObject("s1");
        scenario.putArray("given");
        scenario.putArray("then").add("Order Placed");
        scenario.put("at", 1);

        Downloads.Download imported = downloads.importFile(JSON.writeValueAsBytes(file));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        ObjectNode again = (ObjectNode) JSON.readTree(downloads.get("/api/boards/" + JSON.readTree(imported.text()).get("id").asString()
                + "/export.json", JSON.readTree(imported.text()).get("tokens").get("facilitator").asString()).text());
        assertThat(element((ArrayNode) again.get("elements"), wall.event).get("props")).isEqualTo(element(elements, wall.event).get("props"));
        assertThat(element((ArrayNode) again.get("elements"), wall.command).get("props")).isEqualTo(element(elements, wall.command).get("props"));

        fields.putObject("c").put("name", " OrderID").put("type", "string").put("at", 3);
        Downloads.Download refused = downloads.importFile(JSON.writeValueAsBytes(file));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(paths(JSON.readTree(refused.text()))).containsExactly(at(elements, wall.event) + ".props.fields.c.name");
    }

    @Test
    void refusesMoreElementsThanABoardHolds() {
        ObjectNode file = export(new WorkshopWall(api, "Crowded"));
        ArrayNode elements = (ArrayNode) file.get("elements");
        while (elements.size() <= 10_000) {
            elements.add(elements.get(0).deepCopy());
        }
        long boards = boardCount();

        Downloads.Download refused = downloads.importFile(JSON.writeValueAsBytes(file));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.text());
        assertThat(paths(problem)).containsExactly("elements");
        assertThat(message(problem, "elements")).contains("at most 10000");
        assertThat(boardCount()).isEqualTo(boards);
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        long boards = boardCount();

        Downloads.Download refused = downloads.importFile(huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(JSON.readTree(refused.text()).get("code").asString()).isEqualTo("IMPORT_TOO_LARGE");
        assertThat(boardCount()).isEqualTo(boards);
    }

    private ObjectNode export(WorkshopWall wall) {
        return (ObjectNode) JSON.readTree(downloads.get(JsonExportTest.exportPath(wall.board.id()), wall.board.observer()).bytes());
    }

    private long boardCount() {
        return jdbc.sql("select count(*) from board").query(Long.class).single();
    }

    private static ObjectNode element(ArrayNode elements, String id) {
        return (ObjectNode) elements.get(Integer.parseInt(at(elements, id).replaceAll("\\D", "")));
    }

    private static String at(ArrayNode elements, String id) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).get("id").asString().equals(id)) {
                return "elements[" + i + "]";
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static List<String> paths(JsonNode problem) {
        List<String> paths = new ArrayList<>();
        problem.get("errors").forEach(e -> paths.add(e.get("path").asString()));
        return paths;
    }

    private static String message(JsonNode problem, String path) {
        for (JsonNode e : problem.get("errors")) {
            if (e.get("path").asString().equals(path)) {
                return e.get("message").asString();
            }
        }
        throw new AssertionError("no problem at " + path);
    }
}
