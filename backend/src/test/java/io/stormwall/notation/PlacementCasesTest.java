package io.stormwall.notation;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The server's rule of placement against the table of cases the browser's copy is checked with too
 * (docs/containment-cases.json, read by frontend/src/store/containment.test.ts). No server, no database.
 */
@Tag("rules")
class PlacementCasesTest {

    private static final Path CASES = Path.of("..", "docs", "containment-cases.json");

    @TestFactory
    Stream<DynamicTest> everySharedCase() throws IOException {
        JsonNode cases = JsonMapper.builder().build().readTree(Files.readString(CASES)).get("cases");
        assertThat(cases.size()).isGreaterThan(5);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        List<Element> elements = new ArrayList<>();
        c.get("elements").forEach(e -> elements.add(element(e)));
        // the answer must not depend on the order the wall was read in
        List<Element> reversed = new ArrayList<>(elements);
        Collections.reverse(reversed);
        for (List<Element> order : List.of(elements, reversed)) {
            Placement placement = new Placement(order);
            Map<UUID, Element> byId = order.stream().collect(Collectors.toMap(Element::id, Function.identity()));
            c.get("expect").properties().forEach(entry -> {
                Element element = byId.get(UUID.fromString(entry.getKey()));
                assertThat(id(placement.aggregateOf(element))).as("aggregate of %s", element.text())
                        .isEqualTo(expected(entry.getValue().get("aggregate")));
                assertThat(id(placement.contextOf(element))).as("context of %s", element.text())
                        .isEqualTo(expected(entry.getValue().get("context")));
            });
        }
    }

    private static Element element(JsonNode e) {
        return new Element(UUID.fromString(e.get("id").asString()), ElementKind.fromId(e.get("kind").asString()).orElseThrow(),
                e.get("text").asString(), e.get("x").asDouble(), e.get("y").asDouble(), e.get("w").asDouble(),
                e.get("h").asDouble(), e.get("z").asLong(), end(e, "from"), end(e, "to"), null,
                JsonNodeFactory.instance.objectNode(), 1, "test", Instant.EPOCH);
    }

    private static UUID end(JsonNode arrow, String name) {
        return arrow.has(name) ? UUID.fromString(arrow.get(name).asString()) : null;
    }

    private static String id(Optional<Element> element) {
        return element.map(e -> e.id().toString()).orElse(null);
    }

    private static String expected(JsonNode id) {
        return id == null || id.isNull() ? null : id.asString();
    }
}
