package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.board.Board;
import io.stormwall.board.BoardId;
import io.stormwall.board.Boards;
import io.stormwall.format.FormatCatalog;
import io.stormwall.format.PhaseRef;
import io.stormwall.format.SessionFormat;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Checkpoint;
import io.stormwall.wall.CheckpointDiff;
import io.stormwall.wall.Checkpoints;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Element;
import io.stormwall.wall.Origin;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallErrors;
import io.stormwall.wall.WallSnapshot;
import io.stormwall.wall.WallTimer;
import io.stormwall.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checkpoints are batches of the op log (a phase change, or a checkpoint the facilitator took), and the wall at one
 * is the log replayed up to it: nothing is copied when one is taken, so a checkpoint can't disagree with the order.
 * The walls replayed are kept ({@link ReplayCache}) and a later one goes on from the nearest earlier, so a long
 * workshop's log is not replayed from its start at every read.
 */
@Service
class CheckpointService implements Checkpoints {

    static final int LABEL_MAX = 200;
    private static final int PAGE = 1_000;

    private final BoardOrder order;
    private final OpLog log;
    private final Boards boards;
    private final FormatCatalog formats;
    private final PhaseHistory history;
    private final Provenances provenances;
    private final Wall wall;
    private final JsonMapper json;
    private final ReplayCache walls;

    CheckpointService(BoardOrder order, OpLog log, Boards boards, FormatCatalog formats, PhaseHistory history,
            Provenances provenances, Wall wall, JsonMapper json, ReplayCache walls) {
        this.order = order;
        this.log = log;
        this.boards = boards;
        this.formats = formats;
        this.history = history;
        this.provenances = provenances;
        this.wall = wall;
        this.json = json;
        this.walls = walls;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Checkpoint> list(BoardId board) {
        SessionFormat format = format(board);
        return log.marks(board).stream().map(batch -> checkpoint(batch, format)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Checkpoint find(BoardId board, long seq) {
        SessionFormat format = format(board);
        return log.marks(board).stream().filter(b -> b.seq() == seq).findFirst().map(b -> checkpoint(b, format))
                .orElseThrow(() -> ApiException.notFound(CHECKPOINT_NOT_FOUND, "This board has no checkpoint at seq " + seq
                        + "; GET /api/boards/{id}/checkpoints lists them."));
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public WallSnapshot wallAt(BoardId board, long seq) {
        Checkpoint checkpoint = find(board, seq);
        // a phase change's checkpoint is the wall the ending phase left: the change itself moved no element
        long upTo = checkpoint.kind().equals(Checkpoint.PHASE) ? seq - 1 : seq;
        Replay replay = replay(board, upTo);
        Board b = boards.find(board).orElseThrow(BoardId::notFound);
        SessionFormat format = formats.find(b.format()).orElseThrow();
        BoardSummary summary = new BoardSummary(b.id(), b.title(), b.format(), PhaseRef.of(format, replay.phaseIndex()), seq,
                b.createdAt(), replay.gatingLifted(), replay.frozen(), WallTimer.IDLE);
        return new WallSnapshot(summary, replay.elements(), history.of(board).stream().filter(t -> t.seq() <= upTo).toList());
    }

    /**
     * The log from the board's first wall up to {@code upTo}, applied in order: from the nearest earlier wall this node
     * keeps ({@link ReplayCache}) when it keeps one, so only the batches after it are read.
     */
    private Replay replay(BoardId board, long upTo) {
        ReplayCache.Kept start = walls.nearest(board, upTo).orElseGet(() -> first(board));
        Replay replay = start.replay();
        long after = start.seq();
        while (after < upTo) {
            List<BatchApplied> page = log.between(board, after, upTo, PAGE);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(replay::apply);
            after = replay.seq();
        }
        walls.keep(board, upTo, replay);
        return replay;
    }

    /** The board's first wall: its seed, or an empty wall for a board that started empty. */
    private ReplayCache.Kept first(BoardId board) {
        Optional<BatchApplied> seed = log.seed(board);
        if (seed.isEmpty() && (provenances.of(board).isPresent() || log.firstSeq(board).orElse(1L) > 1)) {
            throw new ApiException(HttpStatus.CONFLICT, CHECKPOINT_UNAVAILABLE, "This board was filled from another wall before"
                    + " its first wall was kept in the op log, so its checkpoints can't be replayed; its live wall is unaffected.");
        }
        Replay replay = seed.map(s -> new Replay(json).from(s)).orElseGet(() -> new Replay(json));
        return new ReplayCache.Kept(replay.seq(), replay);
    }

    @Override
    public CheckpointDiff diff(BoardId board, long seq) {
        WallSnapshot now = wall.snapshot(board);
        return diff(find(board, seq), now.board().seq(), wallAt(board, seq).elements(), now.elements());
    }

    /**
     * The rule of what changed, also the browser's ({@code store/checkpointDiff.ts}): both are held to the cases of
     * docs/checkpoint-diff-cases.json.
     */
    static CheckpointDiff diff(Checkpoint checkpoint, long seq, List<Element> then, List<Element> now) {
        Map<UUID, Element> before = then.stream().collect(Collectors.toMap(Element::id, Function.identity()));
        Map<UUID, Element> after = now.stream().collect(Collectors.toMap(Element::id, Function.identity()));
        List<Element> added = now.stream().filter(e -> !before.containsKey(e.id())).toList();
        List<Element> removed = then.stream().filter(e -> !after.containsKey(e.id())).toList();
        List<CheckpointDiff.Moved> moved = new ArrayList<>();
        List<CheckpointDiff.Changed> changed = new ArrayList<>();
        for (Element e : now) {
            Element old = before.get(e.id());
            if (old == null) {
                continue;
            }
            // an arrow has no place of its own: it follows its ends
            if (!e.kind().isArrow() && (old.x() != e.x() || old.y() != e.y())) {
                moved.add(new CheckpointDiff.Moved(e.id(), new CheckpointDiff.Point(old.x(), old.y()), new CheckpointDiff.Point(e.x(), e.y())));
            }
            List<String> fields = changedFields(old, e);
            if (!fields.isEmpty()) {
                changed.add(new CheckpointDiff.Changed(e.id(), fields));
            }
        }
        return new CheckpointDiff(checkpoint, seq, added, moved, changed, removed);
    }

    /** What someone would call a change: not the layer order (z), which every bring-to-front shifts. */
    private static List<String> changedFields(Element old, Element now) {
        List<String> fields = new ArrayList<>();
        if (old.kind() != now.kind()) fields.add("kind");
        if (!old.text().equals(now.text())) fields.add("text");
        if (old.w() != now.w()) fields.add("w");
        if (old.h() != now.h()) fields.add("h");
        if (!Objects.equals(old.label(), now.label())) fields.add("label");
        if (!Objects.equals(old.from(), now.from())) fields.add("from");
        if (!Objects.equals(old.to(), now.to())) fields.add("to");
        TreeSet<String> props = new TreeSet<>();
        old.props().propertyNames().forEach(props::add);
        now.props().propertyNames().forEach(props::add);
        for (String prop : props) {
            if (!Objects.equals(old.props().get(prop), now.props().get(prop))) {
                fields.add(prop);
            }
        }
        return fields;
    }

    @Override
    @Transactional
    public EditOutcome take(Access access, Origin origin, String clientOpId, String label, String actor) {
        access.requireSteer();
        String named = label == null ? "" : label.strip();
        if (named.isEmpty()) {
            throw WallErrors.invalid("label", "A checkpoint needs a label: what the wall shows at this point, e.g. \"Timeline agreed\".");
        }
        if (named.codePointCount(0, named.length()) > LABEL_MAX) {
            throw WallErrors.invalid("label", "A checkpoint's label is at most " + LABEL_MAX + " characters.");
        }
        return order.take(access, origin, clientOpId, actor, turn -> {
            ObjectNode op = JsonNodeFactory.instance.objectNode().put("op", "checkpoint").put("label", named);
            op.set("phase", json.valueToTree(PhaseRef.of(formats.find(turn.board().format()).orElseThrow(), turn.state().phaseIndex())));
            ArrayNode ops = JsonNodeFactory.instance.arrayNode().add(op);
            return new BoardOrder.Step(ops, turn.state());
        }).outcome();
    }

    private Checkpoint checkpoint(BatchApplied batch, SessionFormat format) {
        JsonNode op = json.readTree(batch.ops()).get(0);
        if (op.get("op").asString().equals("checkpoint")) {
            return new Checkpoint(batch.seq(), op.get("label").asString(), Checkpoint.MANUAL,
                    json.treeToValue(op.get("phase"), PhaseRef.class), batch.at(), batch.by());
        }
        PhaseRef ended = PhaseRef.of(format, op.get("from").asInt());
        return new Checkpoint(batch.seq(), "End of phase " + ended.index() + ": " + ended.name(), Checkpoint.PHASE, ended,
                batch.at(), batch.by());
    }

    private SessionFormat format(BoardId board) {
        Board b = boards.find(board).orElseThrow(BoardId::notFound);
        return formats.find(b.format()).orElseThrow();
    }
}
