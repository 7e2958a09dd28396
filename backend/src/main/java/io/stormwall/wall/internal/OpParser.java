package io.stormwall.wall.internal;

import static io.stormwall.wall.internal.FieldRules.coordinate;
import static io.stormwall.wall.internal.FieldRules.optionalText;
import static io.stormwall.wall.internal.FieldRules.size;

import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallErrors;
import io.stormwall.web.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads a batch's ops from JSON, refusing anything malformed with the JSON path of the first fault. */
final class OpParser {

    static final int MAX_OPS = 500;

    private static final Problems REFUSE = Problems.REFUSE;
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
        ObjectNode op = FieldRules.object(node, path, REFUSE);
        String type = op.path("op").isString() ? op.get("op").stringValue() : null;
        if (type == null) {
            throw WallErrors.invalid(path + ".op", "Each op needs \"op\": \"create\", \"update\" or \"delete\".");
        }
        return switch (type) {
            case "create" -> {
                FieldRules.onlyFields(op, path, Set.of("op", "element"), REFUSE);
                ObjectNode element = FieldRules.object(op.get("element"), path + ".element", REFUSE);
                FieldRules.onlyFields(element, path + ".element", union(FIELDS, "id"), REFUSE);
                UUID id = element.has("id") ? FieldRules.uuid(element.get("id"), path + ".element.id", REFUSE) : UUID.randomUUID();
                ElementFields fields = fields(element, path + ".element", false);
                if (fields.kind() == null) {
                    throw WallErrors.invalid(path + ".element.kind", "A new element needs a kind: one of " + ElementKind.ids() + ".");
                }
                yield new Op.Create(path, id, fields);
            }
            case "update" -> {
                FieldRules.onlyFields(op, path, Set.of("op", "id", "set"), REFUSE);
                UUID id = FieldRules.uuid(op.get("id"), path + ".id", REFUSE);
                ObjectNode set = FieldRules.object(op.get("set"), path + ".set", REFUSE);
                FieldRules.onlyFields(set, path + ".set", FIELDS, REFUSE);
                yield new Op.Update(path, id, fields(set, path + ".set", true), set);
            }
            case "delete" -> {
                FieldRules.onlyFields(op, path, Set.of("op", "id"), REFUSE);
                yield new Op.Delete(path, FieldRules.uuid(op.get("id"), path + ".id", REFUSE));
            }
            default -> throw WallErrors.invalid(path + ".op", "Unknown op '" + type + "': use create, update or delete.");
        };
    }

    private static ElementFields fields(ObjectNode node, String path, boolean isUpdate) {
        ElementKind kind = node.has("kind") ? FieldRules.kind(node.get("kind"), path + ".kind", REFUSE) : null;
        return new ElementFields(
                kind,
                optionalText(node, "text", FieldRules.MAX_TEXT, path, REFUSE),
                coordinate(node, "x", path, REFUSE),
                coordinate(node, "y", path, REFUSE),
                size(node, "w", path, REFUSE),
                size(node, "h", path, REFUSE),
                FieldRules.z(node, path, REFUSE),
                node.has("from") ? FieldRules.uuid(node.get("from"), path + ".from", REFUSE) : null,
                node.has("to") ? FieldRules.uuid(node.get("to"), path + ".to", REFUSE) : null,
                optionalText(node, "label", FieldRules.MAX_LABEL, path, REFUSE),
                node.has("props") ? FieldRules.props(node.get("props"), path + ".props", isUpdate, REFUSE) : null);
    }

    private static Set<String> union(Set<String> fields, String extra) {
        Set<String> all = new HashSet<>(fields);
        all.add(extra);
        return all;
    }
}
