package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import io.stormwall.board.Boards;
import io.stormwall.format.FormatCatalog;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Element;
import io.stormwall.wall.Origin;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.PrivateView;
import io.stormwall.wall.Reach;
import io.stormwall.wall.SentBatch;
import io.stormwall.wall.Wall;
import io.stormwall.wall.SharedWall;
import io.stormwall.wall.WallErrors;
import io.stormwall.wall.WallSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
class WallService implements Wall {

    private final BoardOrder order;
    private final OpLog log;
    private final LiveStates states;
    private final ElementStore elements;
    private final Boards boards;
    private final JsonMapper json;
    private final FormatCatalog formats;
    private final PhaseHistory history;
    private final WallProperties limits;
    private final Votes votes;
    private final SilentWriting silent;
    private final RoundTrips trips;

    WallService(BoardOrder order, OpLog log, LiveStates states, ElementStore elements, Boards boards, JsonMapper json,
            FormatCatalog formats, PhaseHistory history, WallProperties limits, Votes votes, SilentWriting silent,
            RoundTrips trips) {
        this.trips = trips;
        this.votes = votes;
        this.silent = silent;
        this.order = order;
        this.log = log;
        this.states = states;
        this.limits = limits;
        this.elements = elements;
        this.boards = boards;
        this.json = json;
        this.formats = formats;
        this.history = history;
    }

    @Override
    @Transactional
    public EditOutcome apply(Access access, Origin origin, PersonId person, String clientOpId, JsonNode ops, String actor) {
        access.requireEdit();
        List<Op> parsed = OpParser.parse(ops);
        BoardId board = access.boardId();
        // the elements the batch names are read with the board's lock, before its state says what the batch may see
        Set<UUID> ids = WorkingSet.named(parsed);
        List<ElementStore.Seen> named = new ArrayList<>();
        List<Statement> reads = new ArrayList<>(2);
        ElementStore.Extent[] extent = new ElementStore.Extent[1];
        boolean creates = parsed.stream().anyMatch(op -> op instanceof Op.Create);
        // in a group whose transaction read them for all its batches, the elements are known already
        Optional<KnownElements> known = order.known(board).filter(k -> k.covers(ids, creates));
        if (known.isPresent()) {
            named.addAll(known.get().named(ids));
            extent[0] = known.get().extent();
        } else {
            if (!ids.isEmpty()) {
                reads.add(elements.withAttachedArrows(board, ids, person, named));
            }
            if (creates) {
                reads.add(elements.extent(board, extent));
            }
        }
        return order.take(access, origin, clientOpId, actor, reads, known.isPresent(), turn -> {
            LiveState state = turn.state();
            // After the duplicate check: a batch accepted before the freeze and resent after it is still acknowledged.
            if (state.frozen() && !access.role().canSteer()) {
                throw WallErrors.conflict(WallErrors.WALL_FROZEN, "ops", "The facilitator has frozen the wall; only the facilitator can edit it now.");
            }
            PhaseGate gate = new PhaseGate(formats.find(turn.board().format()).orElseThrow(), state.phaseIndex(),
                    state.gatingLifted(), access.role().canSteer());
            boolean silent = state.silent() && !access.role().canSteer();
            PersonId viewer = silent ? person : null;
            Function<Set<UUID>, List<Element>> ends = unread -> elements.byIds(board, unread, viewer);
            if (known.isPresent()) {
                // an end the group's read did not bring is read after the writes still waiting, which may change it
                ends = unread -> known.get().seenBy(unread, viewer).orElseGet(() -> {
                    trips.send(List.of());
                    return elements.byIds(board, unread, viewer);
                });
            }
            WorkingSet wall = new WorkingSet(board, elements, json, actor, turn.at(), gate,
                    named.stream().filter(e -> e.by(viewer)).map(ElementStore.Seen::element).toList(), ends, state.silent());
            if (creates) {
                wall.stackOn(extent[0].topZ());
            }
            parsed.forEach(wall::apply);
            boolean unseen = silent && this.silent.unseen(board, person, wall);
            int growth = wall.netGrowth();
            // only a batch that creates elements grows the board
            if (growth > 0 && extent[0].count() + growth > limits.maxElements()) {
                throw WallErrors.conflict(WallErrors.BOARD_FULL, "ops",
                        "A board holds at most " + limits.maxElements() + " elements; this batch would pass that.");
            }
            if (unseen) {
                // the count of the person's unseen stickies that the others are told includes these
                trips.send(wall.writes(person));
                return this.silent.hide(board, person, wall, state);
            }
            turn.writes().addAll(wall.writes(null));
            return new BoardOrder.Step(wall.appliedOps(), state, wall.changes());
        }).outcome();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(Map<BoardId, ? extends Collection<SentBatch>> sent, Map<BoardId, Reach> reach) {
        order.hold(sent, reach);
    }

    @Override
    public <T> T apart(Supplier<T> act) {
        return trips.apart(act);
    }

    @Override
    public <T> T along(Supplier<T> act) {
        return trips.along(act);
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public WallSnapshot snapshot(BoardId board) {
        return new WallSnapshot(summary(board).orElseThrow(BoardId::notFound), elements.all(board), history.of(board));
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public WallSnapshot snapshot(BoardId board, PersonId viewer) {
        return snapshot(board).seenBy(privateView(board, viewer));
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PrivateView> privateViewAt(BoardId board, PersonId viewer, long seq) {
        return states.read(board).filter(state -> state.seq() == seq).map(state -> privateView(board, viewer));
    }

    private PrivateView privateView(BoardId board, PersonId viewer) {
        return new PrivateView(votes.of(board, viewer), elements.hiddenFor(board, viewer));
    }

    @Override
    public SharedWall copyOf(WallSnapshot everyone) {
        return new FollowedWall(json, everyone);
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<BoardSummary> summary(BoardId board) {
        return boards.find(board).flatMap(b -> states.read(board)
                .map(state -> state.summary(b, formats.find(b.format()).orElseThrow(), votes.round(board, state.voting()),
                        silent.round(board, state))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BatchApplied> batchesAfter(BoardId board, long afterSeq, int limit) {
        return log.after(board, afterSeq, limit);
    }
}
