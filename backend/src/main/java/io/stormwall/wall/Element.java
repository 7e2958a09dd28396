package io.stormwall.wall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * One thing on the wall as stored: a sticky, a card, a boundary or an arrow. {@code version} grows with every
 * change; {@code from}, {@code to} and {@code label} exist only on arrows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Element(UUID id, ElementKind kind, String text, double x, double y, double w, double h, long z,
        UUID from, UUID to, String label, ObjectNode props, long version, String updatedBy, Instant updatedAt) {}
