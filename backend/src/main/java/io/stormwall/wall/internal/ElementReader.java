package io.stormwall.wall.internal;

import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.web.InputProblem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a whole wall's elements as the API shows them, by the rules edits obey, collecting every fault with its path
 * instead of stopping at the first: someone fixing a file wants the complete list.
 */
final class ElementReader {

    /** Names are at most 60 characters; scripts' edits add a suffix such as " (API)". */
    static final int MAX_ACTOR = 100;

    private static final Set<String> FIELDS = Set.of("id", "kind", "text", "x", "y", "w", "h", "z", "from", "to",
            "label", "props", "version", "updatedBy", "updatedAt");
    private static final List<String> REQUIRED = List.of("id", "kind", "text", "x", "y", "w", "h", "z", "props",
            "version", "updatedBy", "updatedAt");

    /** What the checks across elements need of each one, as far as it could be read. */
    record Ref(String path, UUID id, ElementKind kind, UUID from, UUID to) {}

    private final List<InputProblem> problems;
    private final Problems sink;

    private ElementReader(List<InputProblem> problems) {
        this.problems = problems;
        this.sink = (path, message) -> problems.add(new InputProblem(path, message));
    }

    static List<Element> read(JsonNode elements, String path, int maxElements, List<InputProblem> problems) {
        return new ElementReader(problems).all(elements, path, maxElements);
    }

    private List<Element> all(JsonNode elements, String path, int maxElements) {
        if (elements == null || !elements.isArray()) {
            sink.add(path, "Expected an array of elements.");
            return List.of();
        }
        if (elements.size() > maxElements) {
            sink.add(path, "A board holds at most " + maxElements + " elements; this wall has " + elements.size() + ".");
            return List.of();
        }
        List<Element> read = new ArrayList<>();
        List<Ref> refs = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String at = path + "[" + i + "]";
            int before = problems.size();
            Element element = element(elements.get(i), at, refs);
            if (element != null && problems.size() == before) {
                read.add(element);
            }
        }
        checkTogether(refs, sink);
        return read;
    }

    private Element element(JsonNode node, String path, List<Ref> refs) {
        ObjectNode o = FieldRules.object(node, path, sink);
        if (o == null) {
            return null;
        }
        FieldRules.onlyFields(o, path, FIELDS, sink);
        for (String field : REQUIRED) {
            if (!o.has(field)) {
                sink.add(path + "." + field, "Missing '" + field + "'.");
            }
        }
        UUID id = o.has("id") ? FieldRules.uuid(o.get("id"), path + ".id", sink) : null;
        ElementKind kind = o.has("kind") ? FieldRules.kind(o.get("kind"), path + ".kind", sink) : null;
        UUID from = o.has("from") ? FieldRules.uuid(o.get("from"), path + ".from", sink) : null;
        UUID to = o.has("to") ? FieldRules.uuid(o.get("to"), path + ".to", sink) : null;
        refs.add(new Ref(path, id, kind, from, to));
        String text = FieldRules.optionalText(o, "text", FieldRules.MAX_TEXT, path, sink);
        Double x = FieldRules.coordinate(o, "x", path, sink);
        Double y = FieldRules.coordinate(o, "y", path, sink);
        Double w = size(o, "w", kind, path);
        Double h = size(o, "h", kind, path);
        Long z = FieldRules.z(o, path, sink);
        String label = FieldRules.optionalText(o, "label", FieldRules.MAX_LABEL, path, sink);
        ObjectNode props = o.has("props") ? FieldRules.props(o.get("props"), path + ".props", false, sink) : null;
        Integer version = version(o.get("version"), path + ".version");
        String updatedBy = FieldRules.optionalText(o, "updatedBy", MAX_ACTOR, path, sink);
        Instant updatedAt = instant(o.get("updatedAt"), path + ".updatedAt", sink);
        if (kind == null) {
            return null;
        }
        checkShape(o, kind, path);
        checkProps(kind, props, path + ".props");
        if (id == null || text == null || x == null || y == null || w == null || h == null || z == null
                || props == null || version == null || updatedBy == null || updatedAt == null) {
            return null;
        }
        return new Element(id, kind, text, x, y, w, h, z, from, to, label, props, version, updatedBy, updatedAt);
    }

    /** Arrows keep their kind's size of 0 × 0 unless someone set one; every other size is within the edit limits. */
    private Double size(ObjectNode o, String field, ElementKind kind, String path) {
        JsonNode value = o.get(field);
        double standard = field.equals("w") ? (kind == null ? -1 : kind.defaultWidth()) : (kind == null ? -1 : kind.defaultHeight());
        if (value != null && value.isNumber() && value.doubleValue() == standard) {
            return standard;
        }
        return FieldRules.size(o, field, path, sink);
    }

    private void checkShape(ObjectNode o, ElementKind kind, String path) {
        for (String end : List.of("from", "to", "label")) {
            if (!kind.isArrow() && o.has(end)) {
                sink.add(path + "." + end, "Only arrows have '" + end + "'.");
            }
        }
        for (String end : List.of("from", "to")) {
            if (kind.isArrow() && !o.has(end)) {
                sink.add(path + "." + end, "An arrow needs '" + end + "': the id of the element it joins.");
            }
        }
    }

    private void checkProps(ElementKind kind, ObjectNode props, String path) {
        if (props == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> prop : props.properties()) {
            String problem = FieldRules.propProblem(kind, prop.getKey(), prop.getValue());
            if (problem != null) {
                sink.add(path + "." + prop.getKey(), "'" + prop.getKey() + "' " + problem + ".");
            }
        }
    }

    private Integer version(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            sink.add(path, "'version' must be a whole number from 1.");
            return null;
        }
        return node.intValue();
    }

    static Instant instant(JsonNode node, String path, Problems problems) {
        if (node == null) {
            return null;
        }
        try {
            if (node.isString()) {
                return Instant.parse(node.stringValue());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(path, "Expected a time such as \"2026-11-23T09:35:02.504Z\".");
        return null;
    }

    /** Ids unique; each arrow joins two different elements of the list that are not arrows. */
    static void checkTogether(List<Ref> refs, Problems problems) {
        Map<UUID, Ref> byId = new HashMap<>();
        for (Ref ref : refs) {
            if (ref.id() != null) {
                Ref first = byId.putIfAbsent(ref.id(), ref);
                if (first != null) {
                    problems.add(ref.path() + ".id", "Duplicate id: " + first.path() + " has it too.");
                }
            }
        }
        for (Ref ref : refs) {
            if (ref.kind() != ElementKind.ARROW) {
                continue;
            }
            checkEnd(ref, "from", ref.from(), byId, problems);
            checkEnd(ref, "to", ref.to(), byId, problems);
            if (ref.from() != null && ref.from().equals(ref.to())) {
                problems.add(ref.path() + ".to", "An arrow can't join an element to itself.");
            }
        }
    }

    private static void checkEnd(Ref arrow, String end, UUID target, Map<UUID, Ref> byId, Problems problems) {
        if (target == null) {
            return;
        }
        Ref joined = byId.get(target);
        if (joined == null) {
            problems.add(arrow.path() + "." + end, "No element " + target + " on this wall.");
        } else if (joined.kind() == ElementKind.ARROW) {
            problems.add(arrow.path() + "." + end, "Arrows join stickies, not other arrows.");
        }
    }
}
