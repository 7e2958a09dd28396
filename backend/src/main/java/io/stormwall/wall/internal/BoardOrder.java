package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.board.Board;
import io.stormwall.board.BoardId;
import io.stormwall.board.Boards;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Origin;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.PhaseTransition;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way anything enters a board's order — an edit or any facilitator act: take the board's next seq under its
 * lock, answer a resend with the seq it got before, append the batch, keep the live state it leaves (and the phase
 * history when the phase moved), publish it. Every step of it happens in the caller's transaction.
 */
@Component
class BoardOrder {

    /** What an act is decided on: the board, its live state before the act and the act's time. */
    record Turn(Board board, LiveState state, Instant at) {}

    /**
     * What an act did: the ops it appends (a JSON array) and the live state it leaves, seq aside. An act only one
     * person may see names them in {@code visibleTo} and gives in {@code othersOps} what everyone else sees instead.
     */
    record Step(JsonNode ops, LiveState after, PersonId visibleTo, JsonNode othersOps) {

        Step(JsonNode ops, LiveState after) {
            this(ops, after, null, null);
        }

        /** An act seen in full by {@code person} alone; the others see {@code othersOps} at its seq. */
        static Step privateTo(PersonId person, JsonNode ops, JsonNode othersOps, LiveState after) {
            return new Step(ops, after, person, othersOps);
        }
    }

    /** An act on the wall; may refuse by throwing, and then nothing is stored. */
    @FunctionalInterface
    interface Act {
        Step on(Turn turn);
    }

    /** The outcome in the op log, the board, and its live state afterwards (as it is, for a resend). */
    record Taken(EditOutcome outcome, Board board, LiveState state) {}

    private final LiveStates states;
    private final OpLog log;
    private final PhaseHistory history;
    private final Boards boards;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    BoardOrder(LiveStates states, OpLog log, PhaseHistory history, Boards boards, JsonMapper json,
            ApplicationEventPublisher events) {
        this.states = states;
        this.log = log;
        this.history = history;
        this.boards = boards;
        this.json = json;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Taken take(Access access, Origin origin, String clientOpId, String actor, Act act) {
        BoardId id = access.boardId();
        LiveState before = states.lock(id).orElseThrow(BoardId::notFound);
        Board board = boards.find(id).orElseThrow(BoardId::notFound);
        Optional<Long> earlier = log.seqOf(id, origin, clientOpId);
        if (earlier.isPresent()) {
            return new Taken(new EditOutcome.Duplicate(earlier.get()), board, before);
        }
        Instant at = OpLog.now();
        Step step = act.on(new Turn(board, before, at));
        BatchApplied batch = new BatchApplied(id, before.seq() + 1, origin, clientOpId, actor, at,
                json.writeValueAsString(step.ops()), step.visibleTo(),
                step.othersOps() == null ? null : json.writeValueAsString(step.othersOps()));
        LiveState after = step.after().atSeq(batch.seq());
        log.append(batch);
        states.save(id, after);
        if (after.phaseIndex() != before.phaseIndex()) {
            history.record(id, new PhaseTransition(batch.seq(), before.phaseIndex(), after.phaseIndex(), actor,
                    access.role().id(), at));
        }
        events.publishEvent(batch);
        return new Taken(new EditOutcome.Applied(batch), board, after);
    }
}
