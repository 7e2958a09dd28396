package io.stormwall.wall.internal;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.web.InputProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a whole wall's elements, held to the schema's {@code wireElement} by the caller, and checks what a schema can't:
 * how many a board holds, unique ids, unique field names, arrows joining two different elements of the list that are
 * not arrows. Every fault is collected with its path, also where the schema found others: someone fixing a file wants
 * the complete list.
 */
final class ElementReader {

    private ElementReader() {}

    static List<Element> read(JsonNode elements, String path, int maxElements, List<InputProblem> problems) {
        if (!elements.isArray()) {
            return List.of();
        }
        if (elements.size() > maxElements) {
            problems.add(new InputProblem(path, "A board holds at most " + maxElements + " elements; this wall has " + elements.size() + "."));
            return List.of();
        }
        Map<UUID, Integer> byId = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            UUID id = uuid(elements.get(i).path("id"));
            Integer first = id == null ? null : byId.putIfAbsent(id, i);
            if (first != null) {
                problems.add(new InputProblem(path + "[" + i + "].id", "Duplicate id: " + path + "[" + first + "] has it too."));
            }
        }
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String at = path + "[" + i + "]";
            if (isArrow(element)) {
                checkEnds(elements, byId, element, at, problems);
            }
            InputProblem taken = KeyedProps.nameTaken(element.path("props").path("fields"), at + ".props.fields");
            if (taken != null) {
                problems.add(taken);
            }
        }
        return problems.isEmpty() ? List.of(JsonMapper.shared().treeToValue(elements, Element[].class)) : List.of();
    }

    /** An arrow joins two different elements of the list that are not arrows. */
    private static void checkEnds(JsonNode elements, Map<UUID, Integer> byId, JsonNode arrow, String at, List<InputProblem> problems) {
        for (String end : List.of("from", "to")) {
            UUID target = uuid(arrow.path(end));
            Integer joined = target == null ? null : byId.get(target);
            if (target != null && joined == null) {
                problems.add(new InputProblem(at + "." + end, "No element " + target + " on this wall."));
            } else if (joined != null && isArrow(elements.get(joined))) {
                problems.add(new InputProblem(at + "." + end, "Arrows join stickies, not other arrows."));
            }
        }
        UUID from = uuid(arrow.path("from"));
        if (from != null && from.equals(uuid(arrow.path("to")))) {
            problems.add(new InputProblem(at + ".to", "An arrow can't join an element to itself."));
        }
    }

    private static boolean isArrow(JsonNode element) {
        return ElementKind.ARROW.id().equals(element.path("kind").asString(""));
    }

    /** As far as it can be read: the schema names what is wrong with the rest. */
    private static UUID uuid(JsonNode node) {
        try {
            return node.isString() ? UUID.fromString(node.stringValue()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
