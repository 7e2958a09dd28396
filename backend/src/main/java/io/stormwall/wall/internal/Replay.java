package io.stormwall.wall.internal;

import io.stormwall.wall.AppliedUpdate;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Element;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A wall rebuilt from its op log: the seed (or an empty wall), then each batch as it was applied — the form every
 * client receives, which names every element a batch touched (an arrow deleted with its end included), so applying
 * it needs no rule of the live wall but the merge of props.
 */
final class Replay {

    /** Postgres orders uuids bytewise, as their lower-case text sorts: the order {@link ElementStore#all} reads. */
    static final Comparator<Element> WALL_ORDER = Comparator.comparingLong(Element::z).thenComparing(e -> e.id().toString());

    private final Map<UUID, Element> elements = new LinkedHashMap<>();
    private final JsonMapper json;
    private long seq;
    private int phaseIndex = LiveState.NEW.phaseIndex();
    private boolean gatingLifted;
    private boolean frozen;

    Replay(JsonMapper json) {
        this.json = json;
    }

    /** Starts from the wall a board was created with, kept by {@link OpLog#appendSeed}. */
    Replay from(BatchApplied seed) {
        JsonNode op = json.readTree(seed.ops()).get(0);
        phaseIndex = op.get("phase").asInt();
        gatingLifted = op.get("gatingLifted").asBoolean();
        frozen = op.get("frozen").asBoolean();
        op.get("elements").forEach(e -> put(json.treeToValue(e, Element.class)));
        seq = seed.seq();
        return this;
    }

    /**
     * The same wall, to go on from without changing this one: the elements are shared, as {@link #apply} never
     * changes an element but puts a new one in its place (props copied before they merge).
     */
    Replay copy() {
        Replay copy = new Replay(json);
        copy.elements.putAll(elements);
        copy.seq = seq;
        copy.phaseIndex = phaseIndex;
        copy.gatingLifted = gatingLifted;
        copy.frozen = frozen;
        return copy;
    }

    void apply(BatchApplied batch) {
        // a batch for one person (a vote, an unseen sticky) replays as everyone saw it: the reveal creates the stickies
        for (JsonNode op : json.readTree(batch.opsFor(null))) {
            switch (op.path("op").asString("")) {
                case "create" -> put(json.treeToValue(op.get("element"), Element.class));
                case "update" -> put(AppliedUpdate.applied(elements.get(UUID.fromString(op.get("id").asString())), (ObjectNode) op.get("set"),
                        op.get("version").asLong(), batch));
                case "delete" -> elements.remove(UUID.fromString(op.get("id").asString()));
                case "phase" -> phaseIndex = op.get("to").asInt();
                case "gating" -> gatingLifted = op.get("lifted").asBoolean();
                case "freeze" -> frozen = op.get("frozen").asBoolean();
                default -> { } // the facilitator's other acts leave the wall as it is
            }
        }
        seq = batch.seq();
    }

    private void put(Element e) {
        elements.put(e.id(), e);
    }

    long seq() {
        return seq;
    }

    int phaseIndex() {
        return phaseIndex;
    }

    boolean gatingLifted() {
        return gatingLifted;
    }

    boolean frozen() {
        return frozen;
    }

    int size() {
        return elements.size();
    }

    List<Element> elements() {
        return elements.values().stream().sorted(WALL_ORDER).toList();
    }
}
