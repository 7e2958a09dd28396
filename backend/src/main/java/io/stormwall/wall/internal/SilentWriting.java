package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.Element;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.SilentRound;
import io.stormwall.wall.WallErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Silent writing: while it is on, what a participant writes is theirs alone until the facilitator reveals it. A
 * participant's batch that creates stickies, or changes only their own unseen ones, becomes a batch for that person;
 * everyone else is told only how many unseen stickies the person now has ({@code written}). The reveal is one batch
 * for everyone that creates every unseen sticky as it is now, so the op log, checkpoints and the coach meet them
 * there and nowhere before.
 */
@Component
class SilentWriting {

    static final String SILENT_NOT_OFFERED = "SILENT_NOT_OFFERED";
    static final String SILENT_MIXED = "SILENT_MIXED";

    private final ElementStore elements;
    private final JsonMapper json;

    SilentWriting(ElementStore elements, JsonMapper json) {
        this.elements = elements;
        this.json = json;
    }

    /** Everything everyone may know of silent writing on this board. */
    SilentRound round(BoardId board, LiveState state) {
        return state.silent() ? new SilentRound(true, elements.hiddenCounts(board)) : SilentRound.OFF;
    }

    /**
     * Whether a participant's batch during silent writing is theirs alone, checked before anything is stored; false
     * when it only touches the shared wall (and is a batch like any other). Refuses a batch that would be both.
     */
    boolean unseen(BoardId board, PersonId person, WorkingSet batch) {
        List<Element> created = batch.created();
        Set<UUID> touched = batch.touchedStored();
        Set<UUID> mine = elements.hiddenOf(board, person, touched);
        if (created.isEmpty() && mine.isEmpty()) {
            return false;
        }
        if (mine.size() != touched.size()) {
            throw WallErrors.conflict(SILENT_MIXED, "ops", "Silent writing is on: a batch either writes your own unseen"
                    + " stickies or changes the shared wall, not both. Send them separately.");
        }
        if (created.stream().anyMatch(e -> e.kind().isArrow())) {
            throw WallErrors.conflict(SILENT_MIXED, "ops", "Silent writing is on: arrows wait until the facilitator"
                    + " reveals the stickies.");
        }
        return true;
    }

    /** After the batch is stored, its new stickies the author's ({@link WorkingSet#writes}): the others learn only the count. */
    BoardOrder.Step hide(BoardId board, PersonId person, WorkingSet batch, LiveState state) {
        int count = elements.hiddenCount(board, person);
        ArrayNode others = JsonNodeFactory.instance.arrayNode();
        others.add(written(person, count));
        ArrayNode own = batch.appliedOps().deepCopy();
        own.add(written(person, count));
        return BoardOrder.Step.privateTo(person, own, others, state);
    }

    /**
     * The ops of a reveal: every unseen sticky created for everyone, in the board's order, each moved clear of the
     * stickies before it where it would cover one ({@link FreeSpot}); then no sticky is unseen.
     */
    ArrayNode reveal(BoardId board, ArrayNode ops) {
        List<Element> placed = new ArrayList<>(elements.all(board).stream().filter(FreeSpot::occupies).toList());
        for (Element hidden : elements.allHidden(board)) {
            Element e = FreeSpot.clear(hidden, placed);
            if (e != hidden) {
                elements.update(board, e);
            }
            placed.add(e);
            ObjectNode create = JsonNodeFactory.instance.objectNode().put("op", "create");
            create.set("element", json.valueToTree(e));
            ops.add(create);
        }
        elements.reveal(board);
        return ops;
    }

    private static ObjectNode written(PersonId person, int count) {
        return JsonNodeFactory.instance.objectNode().put("op", "written").put("person", person.value()).put("count", count);
    }
}
