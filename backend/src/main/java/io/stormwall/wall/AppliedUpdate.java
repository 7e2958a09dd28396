package io.stormwall.wall;

import io.stormwall.wall.internal.ElementFields;
import io.stormwall.wall.internal.KeyedProps;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@code update} as a batch carries it once applied, made the element it leaves: the one rule for every copy of a
 * wall kept from the batches (a replay of the log, the room's wall, the coach's), the same the live wall applied.
 */
public final class AppliedUpdate {

    private AppliedUpdate() {}

    /** Given fields replace, props merge (keyed props one level deeper); the element is new, {@code old} unchanged. */
    public static Element applied(Element old, ObjectNode set, long version, BatchApplied batch) {
        if (old == null) {
            throw new IllegalStateException("The op log of " + batch.board() + " updates an element it never created, at seq " + batch.seq());
        }
        ElementFields f = JsonMapper.shared().treeToValue(set, ElementFields.class);
        ObjectNode props = f.props() == null ? old.props() : merged(old.props(), f.props());
        return new Element(old.id(), or(f.kind(), old.kind()), or(f.text(), old.text()), or(f.x(), old.x()), or(f.y(), old.y()),
                or(f.w(), old.w()), or(f.h(), old.h()), or(f.z(), old.z()), or(f.from(), old.from()), or(f.to(), old.to()),
                or(f.label(), old.label()), props, version, batch.by(), batch.at());
    }

    private static ObjectNode merged(ObjectNode old, ObjectNode changes) {
        ObjectNode props = old == null ? JsonMapper.shared().createObjectNode() : old.deepCopy();
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            String name = change.getKey();
            JsonNode value = change.getValue();
            if (!value.isNull() && KeyedProps.isKeyed(name)) {
                value = KeyedProps.merged(name, props.get(name), (ObjectNode) value.deepCopy(), name);
            }
            if (value == null || value.isNull()) {
                props.remove(name);
            } else {
                props.set(name, value);
            }
        }
        return props;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
