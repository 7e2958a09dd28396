package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.PhaseRef;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Origin;
import io.stormwall.wall.Facilitation;
import io.stormwall.wall.PhaseChange;
import io.stormwall.wall.TimerAction;
import io.stormwall.wall.WallTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The facilitator's acts, each one op that changes the wall's live state, each through the board's one order. */
@Service
class FacilitationService implements Facilitation {

    private final BoardOrder order;
    private final FormatCatalog formats;
    private final JsonMapper json;
    private final SilentWriting silentWriting;

    FacilitationService(BoardOrder order, FormatCatalog formats, JsonMapper json, SilentWriting silentWriting) {
        this.order = order;
        this.formats = formats;
        this.json = json;
        this.silentWriting = silentWriting;
    }

    @Override
    @Transactional
    public PhaseSet changePhase(Access access, Origin origin, String clientOpId, PhaseChange change, String actor) {
        access.requireSteer();
        BoardOrder.Taken taken = order.take(access, origin, clientOpId, actor, turn -> {
            int from = turn.state().phaseIndex();
            int to = change.target(format(turn), from);
            ObjectNode op = op("phase").put("from", from).put("to", to);
            op.set("phase", json.valueToTree(PhaseRef.of(format(turn), to)));
            if (turn.state().silent() && to != from) {
                // the next phase works with what was written: moving on reveals it, in the same batch
                ArrayNode ops = JsonNodeFactory.instance.arrayNode().add(op).add(op("silent").put("on", false));
                return new BoardOrder.Step(silentWriting.reveal(access.boardId(), ops), turn.state().inPhase(to).withSilent(false));
            }
            return step(op, turn.state().inPhase(to));
        });
        return new PhaseSet(taken.outcome(), PhaseRef.of(format(taken.board().format()), taken.state().phaseIndex()));
    }

    @Override
    @Transactional
    public EditOutcome liftGating(Access access, Origin origin, String clientOpId, boolean lifted, String actor) {
        return toggle(access, origin, clientOpId, actor, op("gating").put("lifted", lifted), s -> s.withGatingLifted(lifted));
    }

    @Override
    @Transactional
    public EditOutcome freeze(Access access, Origin origin, String clientOpId, boolean frozen, String actor) {
        return toggle(access, origin, clientOpId, actor, op("freeze").put("frozen", frozen), s -> s.withFrozen(frozen));
    }

    private EditOutcome toggle(Access access, Origin origin, String clientOpId, String actor, ObjectNode op,
            UnaryOperator<LiveState> change) {
        access.requireSteer();
        return order.take(access, origin, clientOpId, actor, turn -> step(op, change.apply(turn.state()))).outcome();
    }

    @Override
    @Transactional
    public EditOutcome silent(Access access, Origin origin, String clientOpId, boolean on, String actor) {
        access.requireSteer();
        return order.take(access, origin, clientOpId, actor, turn -> {
            ObjectNode op = op("silent").put("on", on);
            if (on) {
                SessionFormat format = format(turn);
                int index = turn.state().phaseIndex();
                if (!format.phase(index).silentWriting()) {
                    throw io.stormwall.wall.WallErrors.conflict(SilentWriting.SILENT_NOT_OFFERED, "on",
                            "Silent writing is offered in chaotic exploration only; phase " + index + " ("
                                    + format.phase(index).name() + ") of " + format.name() + " does not offer it.");
                }
                return step(op, turn.state().withSilent(true));
            }
            ArrayNode ops = JsonNodeFactory.instance.arrayNode().add(op);
            return new BoardOrder.Step(silentWriting.reveal(access.boardId(), ops), turn.state().withSilent(false));
        }).outcome();
    }

    @Override
    @Transactional
    public EditOutcome record(Access access, Origin origin, String clientOpId, ObjectNode op, String actor,
            Consumer<Instant> keep) {
        access.requireSteer();
        return order.take(access, origin, clientOpId, actor, turn -> {
            keep.accept(turn.at());
            return step(op.deepCopy(), turn.state());
        }).outcome();
    }

    @Override
    @Transactional
    public EditOutcome summon(Access access, Origin origin, String clientOpId, JsonNode viewport, String actor) {
        ObjectNode op = op("summon");
        op.set("viewport", viewport.deepCopy());
        return toggle(access, origin, clientOpId, actor, op, UnaryOperator.identity());
    }

    @Override
    @Transactional
    public TimerSet runTimer(Access access, Origin origin, String clientOpId, TimerAction action, String actor) {
        access.requireSteer();
        BoardOrder.Taken taken = order.take(access, origin, clientOpId, actor, turn -> {
            Duration timebox = Duration.ofMinutes(format(turn).phase(turn.state().phaseIndex()).timeboxMinutes());
            WallTimer timer = action.apply(turn.state().timer(), turn.at(), timebox);
            ObjectNode op = op("timer").put("action", action.name());
            op.set("timer", json.valueToTree(timer));
            return step(op, turn.state().withTimer(timer));
        });
        return new TimerSet(taken.outcome(), taken.state().timer());
    }

    private static ObjectNode op(String name) {
        return JsonNodeFactory.instance.objectNode().put("op", name);
    }

    private static BoardOrder.Step step(ObjectNode op, LiveState after) {
        ArrayNode ops = JsonNodeFactory.instance.arrayNode();
        ops.add(op);
        return new BoardOrder.Step(ops, after);
    }

    private SessionFormat format(BoardOrder.Turn turn) {
        return format(turn.board().format());
    }

    private SessionFormat format(String id) {
        return formats.find(id).orElseThrow();
    }
}
