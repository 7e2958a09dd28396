package io.stormwall.wall;

import java.util.List;
import java.util.UUID;

/**
 * What changed on the wall between a checkpoint and {@code seq} (now): elements added since, moved (their place
 * then and now), changed in anything but their place (the names of what changed), and removed (as they were then).
 */
public record CheckpointDiff(Checkpoint checkpoint, long seq, List<Element> added, List<Moved> moved,
        List<Changed> changed, List<Element> removed) {

    public record Point(double x, double y) {}

    public record Moved(UUID id, Point from, Point to) {}

    /** {@code fields}: text, kind, w, h, label, from, to, or the name of a prop (status, fields, …). */
    public record Changed(UUID id, List<String> fields) {}
}
