package io.stormwall.wall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.wall.CheckpointDiff;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's rule of what changed since a checkpoint against the table of cases the browser's copy is checked with
 * too (docs/checkpoint-diff-cases.json, read by frontend/src/store/checkpointDiff.test.ts). No server, no database.
 */
@Tag("rules")
class CheckpointDiffCasesTest {

    private static final Path CASES = Path.of("..", "docs", "checkpoint-diff-cases.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everySharedCase() throws IOException {
        JsonNode cases = JSON.readTree(Files.readString(CASES)).get("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(5);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        CheckpointDiff diff = CheckpointService.diff(null, 0, elements(c.get("then")), elements(c.get("now")));
        JsonNode expect = c.get("expect");
        assertThat(diff.added().stream().map(e -> e.id().toString()).toList()).as("added").isEqualTo(ids(expect.get("added")));
        assertThat(diff.removed().stream().map(e -> e.id().toString()).toList()).as("removed").isEqualTo(ids(expect.get("removed")));
        assertThat(diff.moved().stream().map(m -> move(m.id().toString(), m.from().x(), m.from().y(), m.to().x(), m.to().y())).toList())
                .as("moved").isEqualTo(expectedMoves(expect.get("moved")));
        JsonNode changed = JSON.valueToTree(diff.changed());
        assertThat(changed).as("changed").isEqualTo(expect.get("changed"));
    }

    private static String move(String id, double fromX, double fromY, double toX, double toY) {
        return id + ": " + fromX + "," + fromY + " -> " + toX + "," + toY;
    }

    private static List<String> expectedMoves(JsonNode moves) {
        List<String> list = new ArrayList<>();
        moves.forEach(m -> list.add(move(m.get("id").asString(), m.at("/from/x").asDouble(), m.at("/from/y").asDouble(),
                m.at("/to/x").asDouble(), m.at("/to/y").asDouble())));
        return list;
    }

    private static List<String> ids(JsonNode ids) {
        List<String> list = new ArrayList<>();
        ids.forEach(id -> list.add(id.asString()));
        return list;
    }

    private static List<Element> elements(JsonNode wall) {
        List<Element> elements = new ArrayList<>();
        wall.forEach(e -> elements.add(new Element(UUID.fromString(e.get("id").asString()),
                ElementKind.fromId(e.get("kind").asString()).orElseThrow(), e.get("text").asString(), e.get("x").asDouble(),
                e.get("y").asDouble(), e.get("w").asDouble(), e.get("h").asDouble(), e.get("z").asLong(), end(e, "from"),
                end(e, "to"), e.has("label") ? e.get("label").asString() : null, (ObjectNode) e.get("props"), 1, "test",
                Instant.EPOCH)));
        return elements;
    }

    private static UUID end(JsonNode arrow, String name) {
        return arrow.has(name) ? UUID.fromString(arrow.get(name).asString()) : null;
    }
}
