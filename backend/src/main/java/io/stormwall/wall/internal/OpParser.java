package io.stormwall.wall.internal;

import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallErrors;
import io.stormwall.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads a batch's ops from JSON, refusing anything malformed with the JSON path of the first fault. */
final class OpParser {

    static final int MAX_OPS = 500;
    static final int MAX_TEXT = 1_000;
    static final int MAX_LABEL = 200;
    static final double MAX_COORDINATE = 1_000_000;
    static final double MIN_SIZE = 10;
    static final double MAX_SIZE = 20_000;
    static final long MAX_Z = 1_000_000_000L;

    private static final Set<String> FIELDS = Set.of("kind", "text", "x", "y", "w", "h", "z", "from", "to", "label", "props");

    private OpParser() {}

    static List<Op> parse(JsonNode ops) {
        if (ops == null || !ops.isArray()) {
            throw WallErrors.invalid("ops", "'ops' must be an array of edits.");
        }
        if (ops.size() > MAX_OPS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, WallErrors.BATCH_TOO_LARGE,
                    "A batch holds at most " + MAX_OPS + " ops; this one has " + ops.size() + ".", "ops");
        }
        List<Op> parsed = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            parsed.add(op(ops.get(i), "ops[" + i + "]"));
        }
        return parsed;
    }

    private static Op op(JsonNode node, String path) {
        ObjectNode op = object(node, path);
        String type = op.path("op").isString() ? op.get("op").stringValue() : null;
        if (type == null) {
            throw WallErrors.invalid(path + ".op", "Each op needs \"op\": \"create\", \"update\" or \"delete\".");
        }
        return switch (type) {
            case "create" -> {
                onlyFields(op, path, Set.of("op", "element"));
                ObjectNode element = object(op.get("element"), path + ".element");
                onlyFields(element, path + ".element", union(FIELDS, "id"));
                UUID id = element.has("id") ? uuid(element.get("id"), path + ".element.id") : UUID.randomUUID();
                ElementFields fields = fields(element, path + ".element", false);
                if (fields.kind() == null) {
                    throw WallErrors.invalid(path + ".element.kind", "A new element needs a kind: one of " + ElementKind.ids() + ".");
                }
                yield new Op.Create(path, id, fields);
            }
            case "update" -> {
                onlyFields(op, path, Set.of("op", "id", "set"));
                UUID id = uuid(op.get("id"), path + ".id");
                ObjectNode set = object(op.get("set"), path + ".set");
                onlyFields(set, path + ".set", FIELDS);
                yield new Op.Update(path, id, fields(set, path + ".set", true), set);
            }
            case "delete" -> {
                onlyFields(op, path, Set.of("op", "id"));
                yield new Op.Delete(path, uuid(op.get("id"), path + ".id"));
            }
            default -> throw WallErrors.invalid(path + ".op", "Unknown op '" + type + "': use create, update or delete.");
        };
    }

    private static ElementFields fields(ObjectNode node, String path, boolean isUpdate) {
        ElementKind kind = node.has("kind") ? kind(node.get("kind"), path + ".kind") : null;
        return new ElementFields(
                kind,
                optionalText(node, "text", MAX_TEXT, path),
                coordinate(node, "x", path),
                coordinate(node, "y", path),
                size(node, "w", path),
                size(node, "h", path),
                z(node, path),
                node.has("from") ? uuid(node.get("from"), path + ".from") : null,
                node.has("to") ? uuid(node.get("to"), path + ".to") : null,
                optionalText(node, "label", MAX_LABEL, path),
                node.has("props") ? props(node.get("props"), path + ".props", isUpdate) : null);
    }

    private static ObjectNode props(JsonNode node, String path, boolean allowNulls) {
        ObjectNode props = object(node, path);
        for (Map.Entry<String, JsonNode> entry : props.properties()) {
            if (!(allowNulls && entry.getValue().isNull()) && !knownProp(entry.getKey())) {
                throw WallErrors.invalid(path + "." + entry.getKey(), "Unknown property '" + entry.getKey() + "'.");
            }
        }
        return props;
    }

    private static boolean knownProp(String name) {
        for (ElementKind kind : ElementKind.values()) {
            if (kind.prop(name).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static ElementKind kind(JsonNode node, String path) {
        return (node.isString() ? ElementKind.fromId(node.stringValue()) : Optional.<ElementKind>empty())
                .orElseThrow(() -> WallErrors.invalid(path, "Unknown kind: use one of " + ElementKind.ids() + "."));
    }

    private static String optionalText(ObjectNode node, String field, int max, String path) {
        if (!node.has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isString()) {
            throw WallErrors.invalid(path + "." + field, "'" + field + "' must be text.");
        }
        if (value.stringValue().length() > max) {
            throw WallErrors.invalid(path + "." + field, "'" + field + "' is longer than " + max + " characters.");
        }
        return value.stringValue();
    }

    private static Double coordinate(ObjectNode node, String field, String path) {
        return number(node, field, path, -MAX_COORDINATE, MAX_COORDINATE);
    }

    private static Double size(ObjectNode node, String field, String path) {
        return number(node, field, path, MIN_SIZE, MAX_SIZE);
    }

    private static Double number(ObjectNode node, String field, String path, double min, double max) {
        if (!node.has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        double number = value.isNumber() ? value.doubleValue() : Double.NaN;
        if (!Double.isFinite(number) || number < min || number > max) {
            throw WallErrors.invalid(path + "." + field, "'" + field + "' must be a number from " + (long) min + " to " + (long) max + ".");
        }
        return number;
    }

    private static Long z(ObjectNode node, String path) {
        if (!node.has("z")) {
            return null;
        }
        JsonNode value = node.get("z");
        if (!value.isIntegralNumber() || !value.canConvertToLong() || Math.abs(value.longValue()) > MAX_Z) {
            throw WallErrors.invalid(path + ".z", "'z' must be a whole number within ±" + MAX_Z + ".");
        }
        return value.longValue();
    }

    private static UUID uuid(JsonNode node, String path) {
        if (node != null && node.isString()) {
            try {
                UUID id = UUID.fromString(node.stringValue());
                if (id.toString().equalsIgnoreCase(node.stringValue())) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // fall through to the refusal below
            }
        }
        throw WallErrors.invalid(path, "Expected an element id (a UUID).");
    }

    private static ObjectNode object(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw WallErrors.invalid(path, "Expected a JSON object.");
    }

    private static void onlyFields(ObjectNode node, String path, Set<String> allowed) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw WallErrors.invalid(path + "." + name, "Unknown field '" + name + "'.");
            }
        }
    }

    private static Set<String> union(Set<String> fields, String extra) {
        Set<String> all = new HashSet<>(fields);
        all.add(extra);
        return all;
    }
}
