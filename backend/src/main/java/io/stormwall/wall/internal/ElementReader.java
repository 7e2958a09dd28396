package io.stormwall.wall.internal;

import io.stormwall.wall.ElementKind;
import io.stormwall.web.InputProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Checks what a schema can't of a whole wall's elements, once each holds to the schema's {@code wireElement}: how
 * many a board holds, unique ids, unique field names, arrows joining two different elements of the list that are not
 * arrows. Every fault is collected with its path: someone fixing a file wants the complete list.
 */
final class ElementReader {

    private ElementReader() {}

    static void check(JsonNode elements, String path, int maxElements, List<InputProblem> problems) {
        if (elements.size() > maxElements) {
            problems.add(new InputProblem(path, "A board holds at most " + maxElements + " elements; this wall has " + elements.size() + "."));
            return;
        }
        Map<UUID, Integer> byId = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Integer first = byId.putIfAbsent(uuid(elements.get(i).get("id")), i);
            if (first != null) {
                problems.add(new InputProblem(path + "[" + i + "].id", "Duplicate id: " + path + "[" + first + "] has it too."));
            }
        }
        for (int i = 0; i < elements.size(); i++) {
            String at = path + "[" + i + "]";
            if (isArrow(elements.get(i))) {
                checkEnds(elements, byId, elements.get(i), at, problems);
            }
            InputProblem taken = KeyedProps.nameTaken(elements.get(i).path("props").path("fields"), at + ".props.fields");
            if (taken != null) {
                problems.add(taken);
            }
        }
    }

    /** An arrow joins two different elements of the list that are not arrows. */
    private static void checkEnds(JsonNode elements, Map<UUID, Integer> byId, JsonNode arrow, String at, List<InputProblem> problems) {
        for (String end : List.of("from", "to")) {
            UUID target = uuid(arrow.get(end));
            Integer joined = byId.get(target);
            if (joined == null) {
                problems.add(new InputProblem(at + "." + end, "No element " + target + " on this wall."));
            } else if (isArrow(elements.get(joined))) {
                problems.add(new InputProblem(at + "." + end, "Arrows join stickies, not other arrows."));
            } else if (end.equals("to") && target.equals(uuid(arrow.get("from")))) {
                problems.add(new InputProblem(at + ".to", "An arrow can't join an element to itself."));
            }
        }
    }

    private static boolean isArrow(JsonNode element) {
        return ElementKind.ARROW.id().equals(element.get("kind").stringValue());
    }

    private static UUID uuid(JsonNode id) {
        return UUID.fromString(id.stringValue());
    }
}
