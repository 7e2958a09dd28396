package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import io.stormwall.board.BoardSummary;
import io.stormwall.board.BoardTimer;
import io.stormwall.board.Boards;
import io.stormwall.phase.FormatCatalog;
import io.stormwall.phase.PhaseRef;
import io.stormwall.phase.SessionFormat;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Facilitation;
import io.stormwall.wall.PhaseChange;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.TimerAction;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@Service
class FacilitationService implements Facilitation {

    private final OpLog log;
    private final PhaseHistory history;
    private final FormatCatalog formats;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Boards boards;

    FacilitationService(OpLog log, PhaseHistory history, FormatCatalog formats, JsonMapper json, ApplicationEventPublisher events,
            Boards boards) {
        this.log = log;
        this.boards = boards;
        this.history = history;
        this.formats = formats;
        this.json = json;
        this.events = events;
    }

    @Override
    @Transactional
    public PhaseSet changePhase(Access access, String clientId, String clientOpId, PhaseChange change, String actor) {
        access.requireSteer();
        BoardId board = access.boardId();
        OpLog.Turn turn = log.take(board, clientId, clientOpId);
        OpLog.BoardHead head = turn.head();
        SessionFormat format = formats.find(head.format()).orElseThrow();
        if (turn.earlier().isPresent()) {
            return new PhaseSet(new EditOutcome.Duplicate(turn.earlier().get()), PhaseRef.of(format, head.phaseIndex()));
        }
        int to = change.target(format, head.phaseIndex());
        PhaseRef phase = PhaseRef.of(format, to);
        ArrayNode ops = JsonNodeFactory.instance.arrayNode();
        ObjectNode op = ops.addObject().put("op", "phase").put("from", head.phaseIndex()).put("to", to);
        op.set("phase", json.valueToTree(phase));
        BatchApplied batch = append(turn, clientId, clientOpId, actor, OpLog.now(), ops);
        log.setPhase(board, to);
        history.record(board, new PhaseTransition(batch.seq(), head.phaseIndex(), to, actor, access.role().id(), batch.at()));
        events.publishEvent(batch);
        return new PhaseSet(new EditOutcome.Applied(batch), phase);
    }

    @Override
    @Transactional
    public EditOutcome liftGating(Access access, String clientId, String clientOpId, boolean lifted, String actor) {
        return toggle(access, clientId, clientOpId, actor, OpLog.Switch.GATING_LIFTED, lifted);
    }

    @Override
    @Transactional
    public EditOutcome freeze(Access access, String clientId, String clientOpId, boolean frozen, String actor) {
        return toggle(access, clientId, clientOpId, actor, OpLog.Switch.FROZEN, frozen);
    }

    private EditOutcome toggle(Access access, String clientId, String clientOpId, String actor, OpLog.Switch which, boolean on) {
        access.requireSteer();
        BoardId board = access.boardId();
        OpLog.Turn turn = log.take(board, clientId, clientOpId);
        if (turn.earlier().isPresent()) {
            return new EditOutcome.Duplicate(turn.earlier().get());
        }
        ArrayNode ops = JsonNodeFactory.instance.arrayNode();
        ops.addObject().put("op", which.op()).put(which.member(), on);
        BatchApplied batch = append(turn, clientId, clientOpId, actor, OpLog.now(), ops);
        log.set(board, which, on);
        events.publishEvent(batch);
        return new EditOutcome.Applied(batch);
    }

    @Override
    @Transactional
    public TimerSet runTimer(Access access, String clientId, String clientOpId, TimerAction action, String actor) {
        access.requireSteer();
        BoardId board = access.boardId();
        OpLog.Turn turn = log.take(board, clientId, clientOpId);
        BoardSummary summary = boards.find(board).orElseThrow(BoardId::notFound);
        if (turn.earlier().isPresent()) {
            return new TimerSet(new EditOutcome.Duplicate(turn.earlier().get()), summary.timer());
        }
        Instant now = OpLog.now();
        SessionFormat format = formats.find(summary.format()).orElseThrow();
        Duration timebox = Duration.ofMinutes(format.phase(summary.phase().index()).timeboxMinutes());
        BoardTimer timer = action.apply(summary.timer(), now, timebox);
        ArrayNode ops = JsonNodeFactory.instance.arrayNode();
        ObjectNode op = ops.addObject().put("op", "timer").put("action", action.name());
        op.set("timer", json.valueToTree(timer));
        BatchApplied batch = append(turn, clientId, clientOpId, actor, now, ops);
        log.setTimer(board, timer);
        events.publishEvent(batch);
        return new TimerSet(new EditOutcome.Applied(batch), timer);
    }

    private BatchApplied append(OpLog.Turn turn, String clientId, String clientOpId, String actor, Instant at, ArrayNode ops) {
        BatchApplied batch = turn.next(clientId, clientOpId, actor, at, json.writeValueAsString(ops));
        log.append(batch);
        return batch;
    }
}
