package io.stormwall.wall;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The sticky kinds of the notation, with their default size and the props each may carry. */
public enum ElementKind {
    EVENT("event", 160, 120, Map.of()),
    COMMAND("command", 160, 120, Map.of()),
    ACTOR("actor", 120, 60, Map.of()),
    POLICY("policy", 160, 120, Map.of("mode", PropRule.oneOf("reactive", "long-running"))),
    READ_MODEL("readModel", 160, 120, Map.of()),
    HOTSPOT("hotspot", 160, 120, Map.of(
            "status", PropRule.oneOf("open", "resolved", "deferred"),
            "owner", PropRule.text(100))),
    AGGREGATE("aggregate", 320, 200, Map.of()),
    EXTERNAL_SYSTEM("externalSystem", 160, 120, Map.of(
            "ownership", PropRule.oneOf("external", "internal"),
            "acl", PropRule.bool())),
    BOUNDARY("boundary", 800, 500, Map.of()),
    ARROW("arrow", 0, 0, Map.of());

    private final String id;
    private final double defaultWidth;
    private final double defaultHeight;
    private final Map<String, PropRule> props;

    ElementKind(String id, double defaultWidth, double defaultHeight, Map<String, PropRule> props) {
        this.id = id;
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
        this.props = props;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public double defaultWidth() {
        return defaultWidth;
    }

    public double defaultHeight() {
        return defaultHeight;
    }

    public Optional<PropRule> prop(String name) {
        return Optional.ofNullable(props.get(name));
    }

    public boolean isArrow() {
        return this == ARROW;
    }

    public static Optional<ElementKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ElementKind::id).toList());
    }
}
