package io.stormwall.support;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a client's wall looks like after applying a snapshot and the applied batches it received, by the
 * protocol's rules — so tests can compare every client's view with the database's.
 */
public final class WallReplica {

    private final Map<String, ObjectNode> elements = new TreeMap<>();
    private long seq;

    public void accept(JsonNode message) {
        switch (message.path("type").asString()) {
            case "snapshot" -> {
                elements.clear();
                message.get("elements").forEach(e -> elements.put(e.get("id").asString(), (ObjectNode) e.deepCopy()));
                seq = message.get("seq").asLong();
            }
            case "applied" -> {
                long next = message.get("seq").asLong();
                if (next <= seq) {
                    return;
                }
                if (next != seq + 1) {
                    throw new AssertionError("gap: at seq " + seq + ", received " + next);
                }
                message.get("ops").forEach(this::apply);
                seq = next;
            }
            default -> { }
        }
    }

    private void apply(JsonNode op) {
        String id = op.path("id").asString(op.path("element").path("id").asString());
        switch (op.get("op").asString()) {
            case "create" -> elements.put(id, (ObjectNode) op.get("element").deepCopy());
            case "delete" -> elements.remove(id);
            case "update" -> {
                ObjectNode e = elements.get(id);
                op.get("set").properties().forEach(field -> {
                    if (field.getKey().equals("props")) {
                        ObjectNode props = (ObjectNode) e.get("props");
                        field.getValue().properties().forEach(p -> {
                            if (p.getValue().isNull()) {
                                props.remove(p.getKey());
                            } else {
                                props.set(p.getKey(), p.getValue());
                            }
                        });
                    } else {
                        e.set(field.getKey(), field.getValue());
                    }
                });
                e.put("version", op.get("version").asInt());
            }
            // The facilitator's controls travel in the same order but change no element.
            case "phase", "gating", "freeze" -> { }
            default -> throw new AssertionError("unknown op " + op);
        }
    }

    public long seq() {
        return seq;
    }

    /** id → the fields every view must agree on (numbers compared as numbers). */
    public Map<String, String> state() {
        Map<String, String> state = new TreeMap<>();
        elements.forEach((id, e) -> state.put(id, essentials(e)));
        return state;
    }

    public static String essentials(JsonNode e) {
        return e.get("kind").asString() + "|" + e.get("text").asString() + "|" + e.get("x").asDouble() + "|"
                + e.get("y").asDouble() + "|" + e.get("w").asDouble() + "|" + e.get("h").asDouble() + "|"
                + e.get("z").asLong() + "|" + sorted(e.get("props")) + "|" + e.get("version").asInt();
    }

    private static String sorted(JsonNode props) {
        Map<String, String> byName = new TreeMap<>();
        props.properties().forEach(p -> byName.put(p.getKey(), p.getValue().toString()));
        return byName.toString();
    }
}
