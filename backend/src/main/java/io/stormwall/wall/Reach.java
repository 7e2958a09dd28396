package io.stormwall.wall;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The elements a batch names and whether it creates any, read from its ops before they are checked: what a group's
 * transaction reads for all its batches at once, with the board's lock ({@link Wall#hold}). Only a guess for input
 * that is not a valid batch; whatever it misses is read when the batch is applied.
 */
public record Reach(Set<UUID> ids, boolean creates) {

    public static final Reach NONE = new Reach(Set.of(), false);

    public static Reach of(JsonNode ops) {
        if (ops == null || !ops.isArray()) {
            return NONE;
        }
        Set<UUID> ids = new HashSet<>();
        boolean creates = false;
        for (JsonNode op : ops) {
            creates |= "create".equals(op.path("op").asString(""));
            add(ids, op.path("id"));
            for (String fields : new String[] {"element", "set"}) {
                add(ids, op.path(fields).path("id"));
                add(ids, op.path(fields).path("from"));
                add(ids, op.path(fields).path("to"));
            }
        }
        return new Reach(ids, creates);
    }

    /** All together: what a group's batches of one board reach. */
    public static Reach all(Collection<Reach> each) {
        Set<UUID> ids = new HashSet<>();
        boolean creates = false;
        for (Reach reach : each) {
            ids.addAll(reach.ids);
            creates |= reach.creates;
        }
        return new Reach(ids, creates);
    }

    private static void add(Set<UUID> ids, JsonNode value) {
        if (value.isString()) {
            try {
                ids.add(UUID.fromString(value.asString()));
            } catch (IllegalArgumentException notAnId) {
                // the batch is refused when it is checked
            }
        }
    }
}
