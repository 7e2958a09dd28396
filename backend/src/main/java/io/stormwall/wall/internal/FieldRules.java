package io.stormwall.wall.internal;

import io.stormwall.wall.ElementKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits every element field keeps, shared by edit batches and imported walls, and the batch's own
 * {@code clientOpId}. Each check reads one field, reports a fault to {@link Problems} and then answers null, as it
 * does for a field that isn't there.
 */
final class FieldRules {

    static final int MAX_TEXT = 1_000;
    static final int MAX_LABEL = 200;
    static final double MAX_COORDINATE = 1_000_000;
    static final double MIN_SIZE = 10;
    static final double MAX_SIZE = 20_000;
    static final long MAX_Z = 1_000_000_000L;
    static final int MAX_CLIENT_OP_ID = 100;

    private FieldRules() {}

    /** Required, and the same over REST and the live protocol: only the form of the refusal is the transport's. */
    static String clientOpId(JsonNode node, Problems problems) {
        if (node == null || !node.isString() || node.stringValue().isBlank() || node.stringValue().length() > MAX_CLIENT_OP_ID) {
            problems.add("clientOpId", "'clientOpId' must be text of 1 to " + MAX_CLIENT_OP_ID + " characters.");
            return null;
        }
        return node.stringValue();
    }

    static ElementKind kind(JsonNode node, String path, Problems problems) {
        Optional<ElementKind> kind = node.isString() ? ElementKind.fromId(node.stringValue()) : Optional.empty();
        if (kind.isEmpty()) {
            problems.add(path, "Unknown kind: use one of " + ElementKind.ids() + ".");
        }
        return kind.orElse(null);
    }

    static String optionalText(ObjectNode node, String field, int max, String path, Problems problems) {
        if (!node.has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isString()) {
            problems.add(path + "." + field, "'" + field + "' must be text.");
            return null;
        }
        if (value.stringValue().length() > max) {
            problems.add(path + "." + field, "'" + field + "' is longer than " + max + " characters.");
            return null;
        }
        return value.stringValue();
    }

    static Double coordinate(ObjectNode node, String field, String path, Problems problems) {
        return number(node, field, path, -MAX_COORDINATE, MAX_COORDINATE, problems);
    }

    static Double size(ObjectNode node, String field, String path, Problems problems) {
        return number(node, field, path, MIN_SIZE, MAX_SIZE, problems);
    }

    private static Double number(ObjectNode node, String field, String path, double min, double max, Problems problems) {
        if (!node.has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        double number = value.isNumber() ? value.doubleValue() : Double.NaN;
        if (!Double.isFinite(number) || number < min || number > max) {
            problems.add(path + "." + field, "'" + field + "' must be a number from " + (long) min + " to " + (long) max + ".");
            return null;
        }
        return number;
    }

    static Long z(ObjectNode node, String path, Problems problems) {
        if (!node.has("z")) {
            return null;
        }
        JsonNode value = node.get("z");
        if (!value.isIntegralNumber() || !value.canConvertToLong() || Math.abs(value.longValue()) > MAX_Z) {
            problems.add(path + ".z", "'z' must be a whole number within ±" + MAX_Z + ".");
            return null;
        }
        return value.longValue();
    }

    static UUID uuid(JsonNode node, String path, Problems problems) {
        if (node != null && node.isString()) {
            try {
                UUID id = UUID.fromString(node.stringValue());
                if (id.toString().equalsIgnoreCase(node.stringValue())) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.add(path, "Expected an element id (a UUID).");
        return null;
    }

    static ObjectNode object(JsonNode node, String path, Problems problems) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        problems.add(path, "Expected a JSON object.");
        return null;
    }

    static void onlyFields(ObjectNode node, String path, Set<String> allowed, Problems problems) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(path + "." + name, "Unknown field '" + name + "'.");
            }
        }
    }

    /** Props named by some kind; in an update a null value (removing the prop) is allowed for any name. */
    static ObjectNode props(JsonNode node, String path, boolean allowNulls, Problems problems) {
        ObjectNode props = object(node, path, problems);
        if (props == null) {
            return null;
        }
        for (Map.Entry<String, JsonNode> entry : props.properties()) {
            if (!(allowNulls && entry.getValue().isNull()) && !knownProp(entry.getKey())) {
                problems.add(path + "." + entry.getKey(), "Unknown property '" + entry.getKey() + "'.");
            }
        }
        return props;
    }

    /** What a prop's value may be on one kind; null when it is fine. */
    static String propProblem(ElementKind kind, String name, JsonNode value) {
        return kind.prop(name).isEmpty()
                ? "is not a property of " + kind.id() + " elements"
                : kind.prop(name).get().problem(value);
    }

    private static boolean knownProp(String name) {
        for (ElementKind kind : ElementKind.values()) {
            if (kind.prop(name).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
