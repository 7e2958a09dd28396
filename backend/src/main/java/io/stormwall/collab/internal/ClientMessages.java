package io.stormwall.collab.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Checks what clients send (but for the ops and their {@code clientOpId}, which the wall checks) and names what is wrong. */
final class ClientMessages {

    static final String MALFORMED_MESSAGE = "MALFORMED_MESSAGE";
    static final String INVALID_MESSAGE = "INVALID_MESSAGE";
    static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
    static final String NOT_JOINED = "NOT_JOINED";
    static final String ALREADY_JOINED = "ALREADY_JOINED";
    static final String RATE_LIMITED = "RATE_LIMITED";
    static final String TOO_MANY_CONNECTIONS = "TOO_MANY_CONNECTIONS";

    private static final int MAX_CLIENT_ID = 100;
    private static final int MAX_NAME = 60;
    private static final int MAX_SELECTION = 1_000;
    private static final double MAX_COORDINATE = 1_000_000;
    /** No control characters (line breaks, tabs) or direction overrides, which would garble or fake names. */
    private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]+");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final String DEFAULT_COLOUR = "#868e96";

    /** A message that can't be processed; {@code fatal} ones also close the connection (4400). */
    static final class Violation extends RuntimeException {
        private final String code;
        private final boolean fatal;

        Violation(String code, String message, boolean fatal) {
            super(message);
            this.code = code;
            this.fatal = fatal;
        }

        String code() {
            return code;
        }

        boolean fatal() {
            return fatal;
        }
    }

    record Join(String boardId, String token, String clientId, Long lastSeq, String name, String colour) {}

    private ClientMessages() {}

    static Join join(JsonNode m) {
        onlyFields(m, "type", "boardId", "token", "clientId", "lastSeq", "name", "colour");
        String boardId = text(m, "boardId", 36, true);
        try {
            UUID.fromString(boardId);
        } catch (IllegalArgumentException e) {
            throw fatal("'boardId' must be a board id (a UUID).");
        }
        Long lastSeq = null;
        if (m.has("lastSeq") && !m.get("lastSeq").isNull()) {
            JsonNode seq = m.get("lastSeq");
            if (!seq.isIntegralNumber() || !seq.canConvertToLong() || seq.longValue() < 0) {
                throw fatal("'lastSeq' must be a whole number ≥ 0.");
            }
            lastSeq = seq.longValue();
        }
        String name = m.has("name") ? name(m) : "Guest";
        String colour = m.has("colour") ? text(m, "colour", 7, true) : DEFAULT_COLOUR;
        if (!COLOUR.matcher(colour).matches()) {
            throw fatal("'colour' must look like #1971c2.");
        }
        return new Join(boardId, text(m, "token", 200, true), text(m, "clientId", MAX_CLIENT_ID, true), lastSeq, name, colour);
    }

    /**
     * A person's name as others see it on cursors, "is editing" marks and in the report: printable text, as the
     * person typed it less the spaces around it, so that nobody can blank out or break the line others read.
     */
    private static String name(JsonNode m) {
        JsonNode v = m.get("name");
        String name = v != null && v.isString() ? v.stringValue().strip() : "";
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw fatal("'name' must be 1 to " + MAX_NAME + " characters (not only spaces).");
        }
        if (!PRINTABLE.matcher(name).matches()) {
            throw fatal("'name' must not hold line breaks, tabs or other control characters.");
        }
        return name;
    }

    /** The forwarded form of a presence message: checked fields plus who it is about. */
    static Map<String, Object> presence(JsonNode m, Participant who) {
        onlyFields(m, "type", "cursor", "selection", "editing", "drag");
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("sessionId", who.sessionId());
        update.put("name", who.name());
        update.put("colour", who.colour());
        update.put("cursor", m.has("cursor") && !m.get("cursor").isNull() ? point(m.get("cursor"), "cursor", Set.of("x", "y")) : null);
        update.put("selection", m.has("selection") ? ids(m.get("selection"), "selection") : List.of());
        update.put("editing", m.has("editing") && !m.get("editing").isNull() ? id(m.get("editing"), "editing") : null);
        update.put("drag", m.has("drag") && !m.get("drag").isNull() ? drag(m.get("drag")) : null);
        return update;
    }

    static Object ping(JsonNode m) {
        onlyFields(m, "type", "t");
        JsonNode t = m.get("t");
        if (t == null || !t.isNumber() || !Double.isFinite(t.doubleValue())) {
            throw new Violation(INVALID_MESSAGE, "'ping' needs a number 't'.", false);
        }
        return t.numberValue();
    }

    static void onlyFields(JsonNode m, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (String name : m.propertyNames()) {
            if (!known.contains(name)) {
                throw new Violation(INVALID_MESSAGE, "Unknown field '" + name + "' in '" + m.path("type").asString() + "'.", false);
            }
        }
    }

    private static List<Map<String, Object>> drag(JsonNode node) {
        if (!node.isArray() || node.size() > MAX_SELECTION) {
            throw invalid("'drag' must be a list of at most " + MAX_SELECTION + " {id, x, y}.");
        }
        List<Map<String, Object>> moves = new ArrayList<>();
        for (JsonNode move : node) {
            Map<String, Object> m = point(move, "drag", Set.of("id", "x", "y"));
            m.put("id", id(move.get("id"), "drag"));
            moves.add(m);
        }
        return moves;
    }

    private static Map<String, Object> point(JsonNode node, String field, Set<String> allowed) {
        if (!node.isObject()) {
            throw invalid("'" + field + "' must be an object.");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw invalid("Unknown field '" + name + "' in '" + field + "'.");
            }
        }
        Map<String, Object> point = new LinkedHashMap<>();
        for (String axis : new String[] {"x", "y"}) {
            JsonNode v = node.get(axis);
            if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue()) || Math.abs(v.doubleValue()) > MAX_COORDINATE) {
                throw invalid("'" + field + "." + axis + "' must be a number within ±1000000.");
            }
            point.put(axis, v.doubleValue());
        }
        return point;
    }

    private static List<String> ids(JsonNode node, String field) {
        if (!node.isArray() || node.size() > MAX_SELECTION) {
            throw invalid("'" + field + "' must be a list of at most " + MAX_SELECTION + " element ids.");
        }
        List<String> ids = new ArrayList<>();
        node.forEach(id -> ids.add(id(id, field)));
        return ids;
    }

    private static String id(JsonNode node, String field) {
        if (node != null && node.isString()) {
            try {
                return UUID.fromString(node.stringValue()).toString();
            } catch (IllegalArgumentException e) {
                // refused below
            }
        }
        throw invalid("'" + field + "' must hold element ids (UUIDs).");
    }

    private static String text(JsonNode m, String field, int max, boolean fatal) {
        JsonNode v = m.get(field);
        if (v == null || !v.isString() || v.stringValue().isEmpty() || v.stringValue().length() > max) {
            String problem = "'" + field + "' must be text of 1 to " + max + " characters.";
            throw fatal ? fatal(problem) : invalid(problem);
        }
        return v.stringValue();
    }

    static Violation invalid(String message) {
        return new Violation(INVALID_MESSAGE, message, false);
    }

    private static Violation fatal(String message) {
        return new Violation(INVALID_MESSAGE, message, true);
    }
}
