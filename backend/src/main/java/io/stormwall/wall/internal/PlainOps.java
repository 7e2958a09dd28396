package io.stormwall.wall.internal;

import io.stormwall.wall.ElementKind;
import io.stormwall.web.JsonContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ops most batches are made of — moves, resizes, text, a new sticky or arrow without props, a removal — read
 * without the general schema checker, which cost a live edit more than everything else it does on the server but its
 * round trips to the database. It only ever accepts what the schema's {@code batchOps} accepts, by the same
 * limits (read from the schema, not restated): anything it is not sure of (props, numbers written unusually,
 * strings near their limit, any fault at all) is left to the checker, which names the fault as ever. It binds what
 * it accepts as {@link OpParser} would.
 */
final class PlainOps {

    private static final JsonNode DEFS = JsonContract.get().at(JsonContract.Document.PROTOCOL, "/$defs");

    private static final Range COORDINATE = Range.of("coordinate");
    private static final Range SIZE = Range.of("size");
    private static final Range Z = Range.of("z");
    private static final int TEXT = DEFS.path("text").path("maxLength").asInt();
    private static final int LABEL = DEFS.path("label").path("maxLength").asInt();

    private static final Set<String> UPDATE = Set.of("op", "id", "set");
    private static final Set<String> DELETE = Set.of("op", "id");
    private static final Set<String> CREATE = Set.of("op", "element");

    static {
        // what is read here without the checker is what the schema says today; a change there must be made here too
        List<String> kinds = new ArrayList<>();
        DEFS.path("kind").path("enum").forEach(kind -> kinds.add(kind.stringValue()));
        boolean same = kinds.equals(java.util.Arrays.stream(ElementKind.values()).map(ElementKind::id).toList())
                && DEFS.path("uuid").path("pattern").asString("").equals(
                        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
                && DEFS.path("coordinate").path("type").asString("").equals("number")
                && DEFS.path("size").path("type").asString("").equals("number")
                && DEFS.path("z").path("type").asString("").equals("integer")
                && DEFS.path("text").path("type").asString("").equals("string")
                && DEFS.path("label").path("type").asString("").equals("string")
                && fields("newElement").equals(Set.of("id", "kind", "text", "x", "y", "w", "h", "z", "props", "from", "to", "label"))
                && fields("elementPatch").equals(Set.of("kind", "text", "x", "y", "w", "h", "z", "props", "from", "to", "label"))
                && fields("createOp").equals(CREATE) && fields("updateOp").equals(UPDATE) && fields("deleteOp").equals(DELETE)
                && DEFS.path("newElement").path("required").size() == 1
                && DEFS.path("updateOp").path("required").size() == UPDATE.size()
                && DEFS.path("deleteOp").path("required").size() == DELETE.size()
                && DEFS.path("createOp").path("required").size() == CREATE.size();
        if (!same) {
            throw new IllegalStateException("The schema's ops changed: PlainOps reads them as they were; update it.");
        }
    }

    private PlainOps() {}

    private static Set<String> fields(String def) {
        return Set.copyOf(DEFS.path(def).path("properties").propertyNames());
    }

    /** The batch bound, or null when one of its ops is not plain (the schema is to check it). */
    static List<Op> read(JsonNode ops) {
        if (ops == null || !ops.isArray()) {
            return null;
        }
        List<Op> read = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            Op op = op(ops.get(i));
            if (op == null) {
                return null;
            }
            read.add(op.at("ops[" + i + "]", (ObjectNode) ops.get(i)));
        }
        return read;
    }

    private static Op op(JsonNode node) {
        if (!(node instanceof ObjectNode op) || op.get("op") == null || !op.get("op").isString()) {
            return null;
        }
        JsonNode name = op.get("op");
        return switch (name.stringValue()) {
            case "update" -> {
                UUID id = uuid(op.get("id"));
                ElementFields set = fields(op.get("set"), false);
                yield only(op, UPDATE) && id != null && set != null ? new Op.Update(id, set, null, null) : null;
            }
            case "delete" -> {
                UUID id = uuid(op.get("id"));
                yield only(op, DELETE) && id != null ? new Op.Delete(id, null) : null;
            }
            case "create" -> {
                ElementFields element = fields(op.get("element"), true);
                yield only(op, CREATE) && element != null && created(element) ? new Op.Create(element, null) : null;
            }
            default -> null;
        };
    }

    /** A new element needs its kind; an arrow its ends, and only an arrow has ends and a label. */
    private static boolean created(ElementFields e) {
        if (e.kind() == null) {
            return false;
        }
        return e.kind().isArrow() ? e.from() != null && e.to() != null : e.from() == null && e.to() == null && e.label() == null;
    }

    /** Whether every field of {@code node} is one of {@code allowed} (all of them are required). */
    private static boolean only(ObjectNode node, Set<String> allowed) {
        return node.size() == allowed.size() && allowed.stream().allMatch(node::has);
    }

    /**
     * The fields of a new element ({@code withId}) or of an update's {@code set}, or null if one is not plain; a
     * null value, which no field here may have, is not plain either.
     */
    private static ElementFields fields(JsonNode node, boolean withId) {
        if (!(node instanceof ObjectNode object)) {
            return null;
        }
        UUID id = null;
        ElementKind kind = null;
        String text = null;
        String label = null;
        Double x = null;
        Double y = null;
        Double w = null;
        Double h = null;
        Long z = null;
        UUID from = null;
        UUID to = null;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "id" -> {
                    if (!withId || (id = uuid(value)) == null) {
                        return null;
                    }
                }
                case "kind" -> {
                    if (!value.isString() || (kind = ElementKind.fromId(value.stringValue()).orElse(null)) == null) {
                        return null;
                    }
                }
                case "text" -> {
                    if ((text = string(value, TEXT)) == null) {
                        return null;
                    }
                }
                case "label" -> {
                    if ((label = string(value, LABEL)) == null) {
                        return null;
                    }
                }
                case "x" -> {
                    if ((x = COORDINATE.number(value)) == null) {
                        return null;
                    }
                }
                case "y" -> {
                    if ((y = COORDINATE.number(value)) == null) {
                        return null;
                    }
                }
                case "w" -> {
                    if ((w = SIZE.number(value)) == null) {
                        return null;
                    }
                }
                case "h" -> {
                    if ((h = SIZE.number(value)) == null) {
                        return null;
                    }
                }
                case "z" -> {
                    if ((z = Z.integer(value)) == null) {
                        return null;
                    }
                }
                case "from" -> {
                    if ((from = uuid(value)) == null) {
                        return null;
                    }
                }
                case "to" -> {
                    if ((to = uuid(value)) == null) {
                        return null;
                    }
                }
                // props, and any field the schema doesn't know
                default -> {
                    return null;
                }
            }
        }
        return new ElementFields(id, kind, text, x, y, w, h, z, from, to, label, null);
    }

    /** Shorter in UTF-16 units than the limit, so in code points (what the schema counts) too. */
    private static String string(JsonNode value, int most) {
        return value.isString() && value.stringValue().length() <= most ? value.stringValue() : null;
    }

    /** The schema's uuid: 8-4-4-4-12 hex digits, and nothing around them. */
    private static UUID uuid(JsonNode value) {
        if (value == null || !value.isString()) {
            return null;
        }
        String s = value.stringValue();
        if (s.length() != 36) {
            return null;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return null;
            }
        }
        return UUID.fromString(s);
    }

    /** A definition's inclusive bounds; a value is plain when it is an int, a long or a double within them. */
    private record Range(double min, double max) {

        static Range of(String def) {
            JsonNode schema = DEFS.path(def);
            if (!schema.path("minimum").isNumber() || !schema.path("maximum").isNumber()) {
                throw new IllegalStateException("The schema's " + def + " has no minimum and maximum.");
            }
            return new Range(schema.path("minimum").doubleValue(), schema.path("maximum").doubleValue());
        }

        Double number(JsonNode value) {
            if (value == null || !(value.isInt() || value.isLong() || value.isDouble())) {
                return null;
            }
            double v = value.doubleValue();
            return v >= min && v <= max ? v : null;
        }

        Long integer(JsonNode value) {
            if (value == null || !(value.isInt() || value.isLong())) {
                return null;
            }
            long v = value.longValue();
            return v >= min && v <= max ? v : null;
        }
    }
}
