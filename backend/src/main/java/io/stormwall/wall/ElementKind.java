package io.stormwall.wall;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The sticky kinds of the notation, with their default size and the props each may carry. */
public enum ElementKind {
    EVENT("event", "Events", 160, 120, Map.of()),
    COMMAND("command", "Commands", 160, 120, Map.of()),
    ACTOR("actor", "Actors", 120, 60, Map.of()),
    POLICY("policy", "Policies", 160, 120, Map.of("mode", PropRule.oneOf("reactive", "long-running"))),
    READ_MODEL("readModel", "Read models", 160, 120, Map.of()),
    HOTSPOT("hotspot", "Hotspots", 160, 120, Map.of(
            "status", PropRule.oneOf("open", "resolved", "deferred"),
            "owner", PropRule.text(100))),
    AGGREGATE("aggregate", "Aggregates", 320, 200, Map.of()),
    EXTERNAL_SYSTEM("externalSystem", "External systems", 160, 120, Map.of(
            "ownership", PropRule.oneOf("external", "internal"),
            "acl", PropRule.bool())),
    BOUNDARY("boundary", "Bounded contexts", 800, 500, Map.of()),
    ARROW("arrow", "Arrows", 0, 0, Map.of());

    private final String id;
    private final String plural;
    private final double defaultWidth;
    private final double defaultHeight;
    private final Map<String, PropRule> props;

    ElementKind(String id, String plural, double defaultWidth, double defaultHeight, Map<String, PropRule> props) {
        this.id = id;
        this.plural = plural;
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
        this.props = props;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** How people name the kind in a sentence: "Commands unlock in phase 3". */
    public String plural() {
        return plural;
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
