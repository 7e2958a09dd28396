package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import io.stormwall.board.Boards;
import io.stormwall.phase.FormatCatalog;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallErrors;
import io.stormwall.wall.WallSnapshot;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
class WallService implements Wall {

    private final OpLog log;
    private final ElementStore elements;
    private final Boards boards;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final FormatCatalog formats;
    private final PhaseHistory history;
    private final WallProperties limits;

    WallService(OpLog log, ElementStore elements, Boards boards, JsonMapper json, ApplicationEventPublisher events,
            FormatCatalog formats, PhaseHistory history, WallProperties limits) {
        this.limits = limits;
        this.log = log;
        this.elements = elements;
        this.boards = boards;
        this.json = json;
        this.events = events;
        this.formats = formats;
        this.history = history;
    }

    @Override
    @Transactional
    public EditOutcome apply(Access access, String clientId, String clientOpId, JsonNode ops, String actor) {
        access.requireEdit();
        List<Op> parsed = OpParser.parse(ops);
        BoardId board = access.boardId();
        OpLog.Turn turn = log.take(board, clientId, clientOpId);
        OpLog.BoardHead head = turn.head();
        if (turn.earlier().isPresent()) {
            return new EditOutcome.Duplicate(turn.earlier().get());
        }
        // After the duplicate check: a batch accepted before the freeze and resent after it is still acknowledged.
        if (head.frozen() && !access.role().canSteer()) {
            throw WallErrors.conflict(WallErrors.WALL_FROZEN, "ops", "The facilitator has frozen the wall; only the facilitator can edit it now.");
        }
        PhaseGate gate = new PhaseGate(formats.find(head.format()).orElseThrow(), head.phaseIndex(), head.gatingLifted(),
                access.role().canSteer());
        Instant now = OpLog.now();
        WorkingSet wall = new WorkingSet(board, elements, json, actor, now, gate, parsed);
        parsed.forEach(wall::apply);
        int growth = wall.netGrowth();
        if (growth > 0 && elements.count(board) + growth > limits.maxElements()) {
            throw WallErrors.conflict(WallErrors.BOARD_FULL, "ops",
                    "A board holds at most " + limits.maxElements() + " elements; this batch would pass that.");
        }
        wall.flush();
        BatchApplied batch = turn.next(clientId, clientOpId, actor, now, json.writeValueAsString(wall.appliedOps()));
        log.append(batch);
        events.publishEvent(batch);
        return new EditOutcome.Applied(batch);
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public WallSnapshot snapshot(BoardId board) {
        return new WallSnapshot(boards.find(board).orElseThrow(BoardId::notFound), elements.all(board), history.of(board));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchApplied> batchesAfter(BoardId board, long afterSeq, int limit) {
        return log.after(board, afterSeq, limit);
    }
}
