package io.stormwall.wall.internal;

import io.stormwall.wall.ElementKind;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** The fields an op names; null means "not given". In an update, a null inside {@code props} removes that key. */
public record ElementFields(UUID id, ElementKind kind, String text, Double x, Double y, Double w, Double h, Long z,
        UUID from, UUID to, String label, ObjectNode props) {

    ElementFields withId(UUID newId) {
        return new ElementFields(newId, kind, text, x, y, w, h, z, from, to, label, props);
    }
}
