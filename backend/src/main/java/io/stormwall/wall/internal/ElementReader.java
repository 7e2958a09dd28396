package io.stormwall.wall.internal;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.web.InputProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a whole wall's elements, held to the schema's {@code wireElement} by the caller, and checks what a schema can't:
 * how many a board holds, unique ids, unique field names, arrows joining two different elements of the list that are not arrows. Every
 * fault is collected with its path: someone fixing a file wants the complete list.
 */
final class ElementReader {

    /** What the checks across elements need of each one. */
    record Ref(String path, UUID id, ElementKind kind, UUID from, UUID to) {}

    private ElementReader() {}

    static List<Element> read(JsonNode elements, String path, int maxElements, List<InputProblem> problems) {
        if (elements == null || !elements.isArray()) {
            return List.of();
        }
        if (elements.size() > maxElements) {
            problems.add(new InputProblem(path, "A board holds at most " + maxElements + " elements; this wall has " + elements.size() + "."));
            return List.of();
        }
        List<Ref> refs = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode e = elements.get(i);
            refs.add(new Ref(path + "[" + i + "]", uuid(e.path("id")), ElementKind.fromId(e.path("kind").asString("")).orElse(null),
                    uuid(e.path("from")), uuid(e.path("to"))));
        }
        checkTogether(refs, (at, message) -> problems.add(new InputProblem(at, message)));
        for (int i = 0; i < elements.size(); i++) {
            InputProblem taken = KeyedProps.nameTaken(elements.get(i).path("props").path("fields"), path + "[" + i + "].props.fields");
            if (taken != null) {
                problems.add(taken);
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<Element> read = new ArrayList<>();
        elements.forEach(e -> read.add(JsonMapper.shared().treeToValue(e, Element.class)));
        return read;
    }

    /** As far as it can be read: the schema names what is wrong with the rest. */
    private static UUID uuid(JsonNode node) {
        try {
            return node.isString() ? UUID.fromString(node.stringValue()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void checkTogether(List<Ref> refs, BiConsumer<String, String> problems) {
        Map<UUID, Ref> byId = new HashMap<>();
        for (Ref ref : refs) {
            Ref first = ref.id() == null ? null : byId.putIfAbsent(ref.id(), ref);
            if (first != null) {
                problems.accept(ref.path() + ".id", "Duplicate id: " + first.path() + " has it too.");
            }
        }
        for (Ref ref : refs.stream().filter(r -> r.kind() == ElementKind.ARROW).toList()) {
            checkEnd(ref, "from", ref.from(), byId, problems);
            checkEnd(ref, "to", ref.to(), byId, problems);
            if (ref.from() != null && ref.from().equals(ref.to())) {
                problems.accept(ref.path() + ".to", "An arrow can't join an element to itself.");
            }
        }
    }

    private static void checkEnd(Ref arrow, String end, UUID target, Map<UUID, Ref> byId, BiConsumer<String, String> problems) {
        if (target == null) {
            return;
        }
        Ref joined = byId.get(target);
        if (joined == null) {
            problems.accept(arrow.path() + "." + end, "No element " + target + " on this wall.");
        } else if (joined.kind() == ElementKind.ARROW) {
            problems.accept(arrow.path() + "." + end, "Arrows join stickies, not other arrows.");
        }
    }
}
