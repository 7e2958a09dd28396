package io.stormwall.coach.internal;

import io.stormwall.format.SessionFormat;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A wall built in memory for the rules, sticky by sticky, with the format's phases as the server has them. */
final class TestWall {

    private final List<Element> elements = new ArrayList<>();
    private long z;

    Element sticky(ElementKind kind, String text, double x, double y) {
        return add(kind, text, x, y, kind.defaultWidth(), kind.defaultHeight(), null);
    }

    Element area(ElementKind kind, String text, double x, double y, double w, double h) {
        return add(kind, text, x, y, w, h, null);
    }

    Element withProps(ElementKind kind, String text, double x, double y, ObjectNode props) {
        return add(kind, text, x, y, kind.defaultWidth(), kind.defaultHeight(), props);
    }

    Element arrow(Element from, Element to) {
        Element arrow = new Element(UUID.randomUUID(), ElementKind.ARROW, "", 0, 0, 0, 0, z++, from.id(), to.id(), null,
                JsonNodeFactory.instance.objectNode(), 1, "test", Instant.EPOCH);
        elements.add(arrow);
        return arrow;
    }

    static ObjectNode props(String... pairs) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1].equals("true") || pairs[i + 1].equals("false")) {
                props.put(pairs[i], Boolean.parseBoolean(pairs[i + 1]));
            } else {
                props.put(pairs[i], pairs[i + 1]);
            }
        }
        return props;
    }

    private Element add(ElementKind kind, String text, double x, double y, double w, double h, ObjectNode props) {
        Element e = new Element(UUID.randomUUID(), kind, text, x, y, w, h, z++, null, null, null,
                props == null ? JsonNodeFactory.instance.objectNode() : props, 1, "test", Instant.EPOCH);
        elements.add(e);
        return e;
    }

    /** A format of the server's catalog (formats/catalog.json), read as the server reads it. */
    static SessionFormat format(String id) {
        record Catalog(List<SessionFormat> formats) {}
        try (var in = TestWall.class.getResourceAsStream("/formats/catalog.json")) {
            return tools.jackson.databind.json.JsonMapper.shared().readValue(in, Catalog.class).formats().stream()
                    .filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<Element> elements() {
        return List.copyOf(elements);
    }

    WallView at(SessionFormat format, int phase, NameGrammar grammar) {
        return new WallView(elements, format, phase, grammar);
    }
}
