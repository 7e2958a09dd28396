package io.stormwall.notation;

import io.stormwall.wall.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Event Modeling side of a sticky, read from its props in the order people put it in: the fields an event,
 * command or read model carries and the given / when / then scenarios of a command or read model. The report, the
 * code skeleton and the coach's completeness check all read them here.
 */
public final class DataShape {

    /** One field: its name and type as written (a type is a basic one or another element's name). */
    public record Field(String name, String type) {}

    /** Given these events, when the command (or for a read model), then these events or this failure. */
    public record Scenario(String title, List<String> given, List<String> then, String failure) {}

    /** The basic field types; any other type names another element. */
    public static final List<String> BASIC_TYPES = List.of("string", "number", "boolean", "date", "id", "money", "list");

    private DataShape() {}

    public static List<Field> fields(Element element) {
        return entries(element, "fields").stream()
                .map(f -> new Field(f.path("name").asString("").strip(), f.path("type").asString("").strip()))
                .toList();
    }

    public static List<Scenario> scenarios(Element element) {
        return entries(element, "scenarios").stream()
                .map(s -> new Scenario(s.path("title").asString("").strip(), lines(s.path("given")), lines(s.path("then")),
                        s.path("failure").asString("").strip()))
                .toList();
    }

    /** The entries of a keyed prop by their order, then by key, so every reader lists them alike. */
    private static List<JsonNode> entries(Element element, String prop) {
        JsonNode entries = element.props() == null ? null : element.props().get(prop);
        if (entries == null || !entries.isObject()) {
            return List.of();
        }
        List<Map.Entry<String, JsonNode>> sorted = new ArrayList<>(entries.properties());
        sorted.sort(Comparator.<Map.Entry<String, JsonNode>>comparingDouble(e -> e.getValue().path("at").asDouble())
                .thenComparing(Map.Entry::getKey));
        return sorted.stream().map(Map.Entry::getValue).toList();
    }

    private static List<String> lines(JsonNode lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(line -> out.add(line.asString("").strip()));
        return out;
    }
}
