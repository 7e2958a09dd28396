package io.stormwall.coach.internal;

import io.stormwall.coach.Acceptance;
import io.stormwall.wall.AppliedUpdate;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallSnapshot;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coach's own copy of a watched board's wall, kept current by the batches of the op log as they were applied
 * (the form every client receives), so that reading the wall again after a change costs the change, not the wall.
 * It follows the facilitator's switch and acceptances from the same log, and keeps where each sticky was placed
 * until a change could move it. Only the coach's thread touches it.
 */
final class WallCopy {

    /**
     * Kinds whose place or arrows decide where other elements belong: areas hold stickies, arrows carry an event to
     * an aggregate, and a command takes its events along to its aggregate.
     */
    private static final Set<ElementKind> PLACING = EnumSet.of(ElementKind.AGGREGATE, ElementKind.BOUNDARY,
            ElementKind.ARROW, ElementKind.COMMAND);
    private static final Set<String> SHAPE = Set.of("x", "y", "w", "h", "z", "kind", "from", "to");

    private final String format;
    private final Map<UUID, Element> elements = new LinkedHashMap<>();
    private final Collection<Element> view = Collections.unmodifiableCollection(elements.values());
    private final Map<String, Acceptance> accepted = new LinkedHashMap<>();
    private final PlacementMemo placed = new PlacementMemo();
    private boolean enabled = true;
    private long seq;
    private long readAt = -1;
    private volatile long readings;
    private volatile long logReads;
    private int phaseIndex;

    WallCopy(WallSnapshot snapshot) {
        this.format = snapshot.board().format();
        this.seq = snapshot.board().seq();
        this.phaseIndex = snapshot.board().phase().index();
        snapshot.elements().forEach(e -> elements.put(e.id(), e));
    }

    /**
     * The switch and acceptances as stored, read after the snapshot: a change committed in between is in both the
     * stored settings and the log that follows, and applying it twice gives the same settings.
     */
    WallCopy withSettings(boolean enabled, Map<String, Acceptance> accepted) {
        this.enabled = enabled;
        this.accepted.clear();
        this.accepted.putAll(accepted);
        return this;
    }

    boolean enabled() {
        return enabled;
    }

    /** The accepted findings by key, oldest first. */
    Map<String, Acceptance> accepted() {
        return Collections.unmodifiableMap(accepted);
    }

    /** Where the stickies were placed at the last read, as far as no change since could have moved them. */
    PlacementMemo placed() {
        return placed;
    }

    long seq() {
        return seq;
    }

    /** The seq the rules last read this copy at; -1 before the first reading. */
    long readAt() {
        return readAt;
    }

    void readAt(long seq) {
        this.readAt = seq;
    }

    /** The rules start reading this copy: counted before what they say is published. */
    void reading() {
        readings++;
    }

    /** How often the rules have read this copy. */
    long readings() {
        return readings;
    }

    /** The copy is brought up to date from the op log, not from the batches committed on this node. */
    void readingLog() {
        logReads++;
    }

    long logReads() {
        return logReads;
    }

    String format() {
        return format;
    }

    int phaseIndex() {
        return phaseIndex;
    }

    /** The wall as it is now; a view, not a copy, read on the coach's thread only. */
    Collection<Element> elements() {
        return view;
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
            // the coach sees what everyone sees: an unseen sticky of silent writing only once it is revealed
            for (JsonNode op : json.readTree(batch.opsFor(null))) {
                if (!apply(op, batch, json)) {
                    return false;
                }
            }
        } catch (RuntimeException unreadable) {
            return false;
        }
        seq = batch.seq();
        return true;
    }

    private boolean apply(JsonNode op, BatchApplied batch, JsonMapper json) {
        switch (op.path("op").asString("")) {
            case "create" -> {
                Element element = json.treeToValue(op.get("element"), Element.class);
                elements.put(element.id(), element);
                moved(element);
            }
            case "update" -> {
                Element old = elements.get(UUID.fromString(op.get("id").asString()));
                if (old == null) {
                    return false;
                }
                ObjectNode set = (ObjectNode) op.get("set");
                Element now = AppliedUpdate.applied(old, set, op.get("version").asLong(), batch);
                elements.put(old.id(), now);
                if (SHAPE.stream().anyMatch(set::has)) {
                    moved(old);
                    moved(now);
                }
            }
            case "delete" -> {
                Element gone = elements.remove(UUID.fromString(op.get("id").asString()));
                if (gone != null) {
                    moved(gone);
                }
            }
            case "phase" -> {
                phaseIndex = op.get("to").asInt();
                placed.clear(); // the areas a phase unlocks decide where stickies belong
            }
            case "coach" -> enabled = op.get("enabled").asBoolean();
            case "accept" -> {
                String key = op.get("key").asString();
                if (op.get("accepted").asBoolean()) {
                    accepted.putIfAbsent(key, new Acceptance(batch.by(), batch.at())); // accepting again keeps the first
                } else {
                    accepted.remove(key);
                }
            }
            case "gating", "freeze", "timer", "checkpoint", "voting", "vote", "votesCast", "summon", "silent", "written" -> {
                // gating, freezing, the timer, checkpoints, voting and a summon don't change a rule
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * An element was created, moved, resized, re-kinded or deleted: only its own place is in doubt, unless it is of
     * a kind that places others, and then every place is.
     */
    private void moved(Element element) {
        if (PLACING.contains(element.kind())) {
            placed.clear();
        } else {
            placed.forget(element.id());
        }
    }
}
