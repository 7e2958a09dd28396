package io.stormwall.wall;

import com.fasterxml.jackson.annotation.JsonValue;
import io.stormwall.web.JsonContract;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The sticky kinds of the notation, with the props each may carry and their default size (the schema's). */
public enum ElementKind {
    EVENT("event", "Events", Set.of("fields")),
    COMMAND("command", "Commands", Set.of("fields", "scenarios")),
    ACTOR("actor", "Actors", Set.of()),
    POLICY("policy", "Policies", Set.of("mode")),
    READ_MODEL("readModel", "Read models", Set.of("fields", "scenarios")),
    HOTSPOT("hotspot", "Hotspots", Set.of("status", "owner", "theme")),
    AGGREGATE("aggregate", "Aggregates", Set.of()),
    EXTERNAL_SYSTEM("externalSystem", "External systems", Set.of("ownership", "acl")),
    BOUNDARY("boundary", "Bounded contexts", Set.of()),
    ARROW("arrow", "Arrows", Set.of());

    private final String id;
    private final String plural;
    private final double defaultWidth;
    private final double defaultHeight;
    private final Set<String> props;

    ElementKind(String id, String plural, Set<String> props) {
        this.id = id;
        this.plural = plural;
        JsonNode size = JsonContract.get().at(JsonContract.Document.PROTOCOL, "/$defs/defaultSize/default/" + id);
        this.defaultWidth = size.path("w").asDouble();
        this.defaultHeight = size.path("h").asDouble();
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

    /** Whether elements of this kind carry the prop; what its value may be is the schema's to say. */
    public boolean hasProp(String name) {
        return props.contains(name);
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
