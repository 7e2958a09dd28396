package io.stormwall.coach.internal;

import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coach's own copy of a watched board's wall, kept current by the batches of the op log as they were applied
 * (the form every client receives), so that reading the wall again after a change costs the change, not the wall.
 * Only the coach's thread touches it.
 */
final class WallCopy {

    private final String format;
    private final Map<UUID, Element> elements = new LinkedHashMap<>();
    private long seq;
    private int phaseIndex;

    WallCopy(WallSnapshot snapshot) {
        this.format = snapshot.board().format();
        this.seq = snapshot.board().seq();
        this.phaseIndex = snapshot.board().phase().index();
        snapshot.elements().forEach(e -> elements.put(e.id(), e));
    }

    long seq() {
        return seq;
    }

    String format() {
        return format;
    }

    int phaseIndex() {
        return phaseIndex;
    }

    List<Element> elements() {
        return List.copyOf(elements.values());
    }

    /**
     * Applies the next batch of the board's order. False when it can't (a gap in the order, an op it does not know):
     * the copy is then no longer to be trusted and is read again whole.
     */
    boolean apply(BatchApplied batch, JsonMapper json) {
        if (batch.seq() != seq + 1) {
            return false;
        }
        try {
            for (JsonNode op : json.readTree(batch.ops())) {
                if (!apply(op, json)) {
                    return false;
                }
            }
        } catch (RuntimeException unreadable) {
            return false;
        }
        seq = batch.seq();
        return true;
    }

    private boolean apply(JsonNode op, JsonMapper json) {
        switch (op.path("op").asString("")) {
            case "create" -> {
                Element element = json.treeToValue(op.get("element"), Element.class);
                elements.put(element.id(), element);
            }
            case "update" -> {
                Element old = elements.get(UUID.fromString(op.get("id").asString()));
                if (old == null) {
                    return false;
                }
                elements.put(old.id(), updated(old, op.get("set"), op.path("version").asLong(old.version())));
            }
            case "delete" -> elements.remove(UUID.fromString(op.get("id").asString()));
            case "phase" -> phaseIndex = op.get("to").asInt();
            case "gating", "freeze", "timer", "coach", "accept" -> {
                // the coach keeps its own switch and acceptances; gating, freezing and the timer don't change a rule
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Element updated(Element old, JsonNode set, long version) {
        ObjectNode props = old.props();
        JsonNode patch = set.get("props");
        if (patch != null && patch.isObject()) {
            props = props == null ? json().createObjectNode() : props.deepCopy();
            for (Map.Entry<String, JsonNode> entry : patch.properties()) {
                if (entry.getValue().isNull()) {
                    props.remove(entry.getKey());
                } else {
                    props.set(entry.getKey(), entry.getValue());
                }
            }
        }
        ElementKind kind = text(set, "kind").flatMap(ElementKind::fromId).orElse(old.kind());
        return new Element(old.id(), kind, text(set, "text").orElse(old.text()), number(set, "x", old.x()),
                number(set, "y", old.y()), number(set, "w", old.w()), number(set, "h", old.h()),
                set.hasNonNull("z") ? set.get("z").asLong() : old.z(), id(set, "from", old.from()), id(set, "to", old.to()),
                text(set, "label").orElse(old.label()), props, version, old.updatedBy(), old.updatedAt());
    }

    private static Optional<String> text(JsonNode set, String field) {
        return set.hasNonNull(field) ? Optional.of(set.get(field).asString()) : Optional.empty();
    }

    private static double number(JsonNode set, String field, double old) {
        return set.hasNonNull(field) ? set.get(field).asDouble() : old;
    }

    private static UUID id(JsonNode set, String field, UUID old) {
        return set.hasNonNull(field) ? UUID.fromString(set.get(field).asString()) : old;
    }

    private static JsonMapper json() {
        return JsonMapper.shared();
    }
}
