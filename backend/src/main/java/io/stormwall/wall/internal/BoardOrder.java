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
import io.stormwall.wall.Reach;
import io.stormwall.wall.SentBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way anything enters a board's order — an edit or any facilitator act: take the board's next seq under its
 * lock, answer a resend with the seq it got before, append the batch, keep the live state it leaves (and the phase
 * history when the phase moved), publish it. Every step of it happens in the caller's transaction.
 *
 * <p>A transaction that writes a group of acts of one board ({@link #hold}) locks the board once: the acts take their
 * seqs from the live state held in memory, and that state is saved and the group announced once, as it commits (a
 * group of one act: with the act's writes).
 *
 * <p>Every round trip to the database within the transaction delays everyone's copy of its batches, so statements
 * that don't depend on each other's answers go together ({@link RoundTrips}): the lock, the resend check and what
 * the act reads first; then the act's writes, its log entry and (alone in its group) the saved state with its NOTIFY.
 * A lone live batch costs three round trips, the commit included.
 */
@Component
class BoardOrder {

    /**
     * What an act is decided on: the board, its live state before the act and the act's time; and the writes an act
     * may leave for the end of it instead of making them at once, in {@code writes}: they are sent with the batch's
     * append in one round trip, once the act has decided (nothing it reads afterwards sees them before).
     */
    record Turn(Board board, LiveState state, Instant at, List<Statement> writes) {}

    /**
     * What an act did: the ops it appends (a JSON array) and the live state it leaves, seq aside. An act only one
     * person may see names them in {@code visibleTo} and gives in {@code othersOps} what everyone else sees instead.
     * {@code changes}: the elements it wrote, all seen by everyone, for what a held board's transaction knows of them
     * ({@link KnownElements}); null when it may have written elements otherwise, which that transaction then no longer
     * knows.
     */
    record Step(JsonNode ops, LiveState after, PersonId visibleTo, JsonNode othersOps, Map<UUID, WorkingSet.Change> changes) {

        Step(JsonNode ops, LiveState after) {
            this(ops, after, null, null, null);
        }

        Step(JsonNode ops, LiveState after, Map<UUID, WorkingSet.Change> changes) {
            this(ops, after, null, null, changes);
        }

        /** An act seen in full by {@code person} alone; the others see {@code othersOps} at its seq. */
        static Step privateTo(PersonId person, JsonNode ops, JsonNode othersOps, LiveState after) {
            return new Step(ops, after, person, othersOps, null);
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
    private final RoundTrips trips;
    private final OpLog log;
    private final PhaseHistory history;
    private final Boards boards;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final ElementStore elements;
    /**
     * The identities of boards whose rows were locked here. A board's identity never changes once it is created, and
     * it is only asked for with the board's row locked, so it exists: a live batch needn't read it again.
     */
    private final Map<BoardId, Board> identities = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BoardId, Board> eldest) {
            return size() > IDENTITIES;
        }
    });
    private static final int IDENTITIES = 4096;

    BoardOrder(LiveStates states, RoundTrips trips, OpLog log, PhaseHistory history, Boards boards, JsonMapper json,
            ApplicationEventPublisher events, ElementStore elements) {
        this.elements = elements;
        this.states = states;
        this.trips = trips;
        this.log = log;
        this.history = history;
        this.boards = boards;
        this.json = json;
        this.events = events;
    }

    /**
     * Locks the boards for the rest of the current transaction and keeps their live states in memory for the acts that
     * follow in it (see the class comment), with which of the {@code sent} batches were applied before: one round trip
     * for all of them, the rows locked in the order of the boards' ids, so that two transactions holding several boards
     * never wait for each other in a circle. They are locked for at once, before any savepoint of the transaction: a
     * lock taken within one would be released if it were rolled back. One batch of one board, which needs no
     * savepoint, is locked for by its act ({@link #take}), so that what the act reads first goes in the lock's round
     * trip. A board that doesn't exist is not held; its acts are refused as ever.
     */
    void hold(Map<BoardId, ? extends Collection<SentBatch>> sent, Map<BoardId, Reach> reach) {
        requireTransaction();
        Holding holding = holding();
        boolean lone = sent.size() == 1 && sent.values().iterator().next().size() == 1;
        List<Held> locking = new ArrayList<>(sent.size());
        List<BoardId> ids = new ArrayList<>(sent.keySet());
        ids.sort(Comparator.comparing(BoardId::value));
        for (BoardId id : ids) {
            HeldKey key = new HeldKey(id);
            if (TransactionSynchronizationManager.hasResource(key)) {
                continue;
            }
            Held held = new Held(key, Set.copyOf(sent.get(id)));
            if (lone) {
                holding.bind(held);
            } else {
                locking.add(held);
            }
        }
        if (locking.isEmpty()) {
            return;
        }
        // two statements for all the boards, each the same text whatever their number: PostgreSQL plans them once
        Map<BoardId, LiveState> states = new HashMap<>();
        Map<BoardId, Map<SentBatch, Long>> applied = new HashMap<>();
        Map<BoardId, Set<SentBatch>> asked = new LinkedHashMap<>();
        for (Held held : locking) {
            asked.put(held.key.board(), held.asked);
        }
        List<Statement> statements = new ArrayList<>(List.of(this.states.lockingAll(asked.keySet(), states::put),
                log.seqsOfAll(asked, (board, batch, seq) -> applied.computeIfAbsent(board, b -> new HashMap<>()).put(batch, seq))));
        // and what the group's batches name, for them all: a batch that names only these needs no reads of its own
        Map<BoardId, Set<UUID>> named = new HashMap<>();
        List<BoardId> creating = new ArrayList<>();
        for (Held held : locking) {
            Reach reached = reach.getOrDefault(held.key.board(), Reach.NONE);
            if (!reached.ids().isEmpty()) {
                named.put(held.key.board(), reached.ids());
                if (reached.creates()) {
                    creating.add(held.key.board());
                }
            }
        }
        Map<BoardId, List<ElementStore.Seen>> seen = new HashMap<>();
        Map<BoardId, ElementStore.Extent> extents = new HashMap<>();
        if (!named.isEmpty()) {
            statements.add(elements.withEverythingAttached(named, (board, e) -> seen.computeIfAbsent(board, b -> new ArrayList<>()).add(e)));
        }
        if (!creating.isEmpty()) {
            statements.add(elements.extents(creating, extents::put));
        }
        trips.send(statements);
        for (Held held : locking) {
            BoardId id = held.key.board();
            if (held.locked(states.get(id), applied.computeIfAbsent(id, b -> new HashMap<>()))) {
                if (named.containsKey(id)) {
                    held.known = new KnownElements(named.get(id));
                    held.known.read(seen.getOrDefault(id, List.of()),
                            creating.contains(id) ? extents.getOrDefault(id, new ElementStore.Extent(0, 0)) : null);
                }
                holding.bind(held);
            }
        }
    }

    /**
     * Everything here happens in the caller's transaction (what {@code Propagation.MANDATORY} would check): checked
     * here, not by a transactional proxy, which cost every live batch a pass through the transaction interceptor
     * whose caller — the wall's service — has one already.
     */
    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("A board's order is entered within a transaction; there is none.");
        }
    }

    /** The transaction's held boards, saved and announced together as it commits. */
    private Holding holding() {
        return TransactionMarkers.made(Holding.class, Holding::new, Holding::save, Holding::release);
    }

    Taken take(Access access, Origin origin, String clientOpId, String actor, Act act) {
        return take(access, origin, clientOpId, actor, List.of(), act);
    }

    /**
     * What the current transaction, holding {@code board} for a group, knows of its elements: nothing while silent
     * writing hides some of them from some people, or once an act wrote elements without saying which.
     */
    Optional<KnownElements> known(BoardId board) {
        Held held = (Held) TransactionSynchronizationManager.getResource(new HeldKey(board));
        return held == null || !held.locked || held.known == null || held.state.silent() ? Optional.empty() : Optional.of(held.known);
    }

    /**
     * {@code reads}: what the act reads first, whatever the board's state; sent with the board's lock when this act
     * takes it, else just before the act, and never for a resend.
     */
    Taken take(Access access, Origin origin, String clientOpId, String actor, List<Statement> reads, Act act) {
        return take(access, origin, clientOpId, actor, reads, false, act);
    }

    /**
     * {@code readsAlone}: the act reads nothing but {@code reads} and through {@link RoundTrips}, so the writes of the
     * acts before it may keep waiting for the next round trip rather than go now.
     */
    Taken take(Access access, Origin origin, String clientOpId, String actor, List<Statement> reads, boolean readsAlone, Act act) {
        requireTransaction();
        BoardId id = access.boardId();
        Held held = (Held) TransactionSynchronizationManager.getResource(new HeldKey(id));
        SentBatch sent = new SentBatch(origin, clientOpId);
        LiveState before;
        Board board;
        Optional<Long> earlier;
        if (held == null) {
            Locked locked = lock(id, List.of(sent), reads);
            before = locked.live().orElseThrow(BoardId::notFound);
            board = identity(id).orElseThrow(BoardId::notFound);
            earlier = Optional.ofNullable(locked.applied().get(sent));
        } else {
            List<Statement> unread = reads;
            if (!held.locked) {
                if (!held.lock(reads)) {
                    throw BoardId.notFound();
                }
                unread = List.of();
            }
            before = held.state;
            board = held.board;
            if (held.asked.contains(sent)) {
                earlier = Optional.ofNullable(held.applied.get(sent));
            } else {
                earlier = appliedBefore(id, sent, unread);
                unread = List.of();
            }
            if (earlier.isEmpty() && !unread.isEmpty()) {
                trips.send(unread);
            }
        }
        if (earlier.isPresent()) {
            return new Taken(new EditOutcome.Duplicate(earlier.get()), board, before);
        }
        trips.beforeWrites(!readsAlone);
        Instant at = OpLog.now();
        List<Statement> writes = new ArrayList<>();
        Step step = act.on(new Turn(board, before, at, writes));
        BatchApplied batch = new BatchApplied(id, before.seq() + 1, origin, clientOpId, actor, at,
                json.writeValueAsString(step.ops()), step.visibleTo(),
                step.othersOps() == null ? null : json.writeValueAsString(step.othersOps()));
        LiveState after = step.after().atSeq(batch.seq());
        writes.add(log.append(batch));
        // a group of this one batch is saved and announced now, with its writes, instead of in a round trip of its own
        boolean savedNow = held == null || held.alone(sent);
        if (savedNow) {
            writes.add(states.savingAnnounced(id, after, log.announcement(id, batch.seq())));
        }
        if (after.phaseIndex() != before.phaseIndex()) {
            writes.add(history.recording(id, new PhaseTransition(batch.seq(), before.phaseIndex(), after.phaseIndex(), actor,
                    access.role().id(), at)));
        }
        trips.sendLast(writes);
        events.publishEvent(batch);
        if (held != null) {
            // last, once nothing of the act can fail any more: a refused act leaves the held state as it was
            held.state = after;
            held.applied.put(sent, batch.seq());
            held.learn(step.changes());
            if (savedNow) {
                held.savedAt = after.seq();
            }
        }
        return new Taken(new EditOutcome.Applied(batch), board, after);
    }

    /**
     * The board's live state, its row locked, and the seqs of those of {@code sent} applied before, then {@code reads}
     * (which run with the lock held): one round trip.
     */
    private Locked lock(BoardId id, Collection<SentBatch> sent, List<Statement> reads) {
        Locked locked = new Locked(new LiveState[1], new HashMap<>());
        trips.send(locking(id, sent, reads, locked));
        return locked;
    }

    /** The statements of {@link #lock}, which fill {@code into} once sent. */
    private List<Statement> locking(BoardId id, Collection<SentBatch> sent, List<Statement> reads, Locked into) {
        List<Statement> statements = new ArrayList<>(2 + reads.size());
        statements.add(states.locking(id, locked -> into.state()[0] = locked));
        if (!sent.isEmpty()) {
            statements.add(log.seqsOf(id, sent, into.applied()));
        }
        statements.addAll(reads);
        return statements;
    }

    /** The seq {@code sent} got if it was applied before, for a batch whose board was held for others; {@code reads} with it. */
    private Optional<Long> appliedBefore(BoardId id, SentBatch sent, List<Statement> reads) {
        Map<SentBatch, Long> applied = new HashMap<>();
        List<Statement> statements = new ArrayList<>(1 + reads.size());
        statements.add(log.seqsOf(id, List.of(sent), applied));
        statements.addAll(reads);
        trips.send(statements);
        return Optional.ofNullable(applied.get(sent));
    }

    /** What a lock read: the live state (none when there is no such board) and the batches applied before. */
    private record Locked(LiveState[] state, Map<SentBatch, Long> applied) {

        Optional<LiveState> live() {
            return Optional.ofNullable(state[0]);
        }
    }

    /** Called with the board's row locked. */
    private Optional<Board> identity(BoardId id) {
        Board known = identities.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Board> read = boards.find(id);
        read.ifPresent(board -> identities.put(id, board));
        return read;
    }

    private record HeldKey(BoardId board) {}

    /** The boards held by the current transaction: saved and announced together just before it commits, let go when it ends. */
    private final class Holding {

        private final List<Held> held = new ArrayList<>();

        void bind(Held board) {
            TransactionSynchronizationManager.bindResource(board.key, board);
            held.add(board);
        }

        void save() {
            List<Statement> saves = new ArrayList<>();
            for (Held board : held) {
                if (board.locked && board.state.seq() != board.savedAt) {
                    // one NOTIFY for the group, in the statement that saves it: other nodes read every batch up to its last seq
                    BoardId id = board.key.board();
                    saves.add(states.savingAnnounced(id, board.state, log.announcement(id, board.state.seq())));
                }
            }
            trips.sendLast(saves);
        }

        void release() {
            for (Held board : held) {
                TransactionSynchronizationManager.unbindResourceIfPossible(board.key);
            }
        }
    }

    /** A board held by the current transaction. */
    private final class Held {

        private final HeldKey key;
        /** The batches the group was held for: whether they were applied before is known for them once locked. */
        private final Set<SentBatch> asked;
        private boolean locked;
        private Board board;
        private long lockedAt;
        private LiveState state;
        /** The seq of the state last saved and announced: the locked one, or the one a batch alone in its group left. */
        private long savedAt;
        /** Those of the asked batches applied, before or by this group, with their seqs. */
        private Map<SentBatch, Long> applied;
        /** What a lock of several boards read, for the group, of the elements its batches name; null: nothing. */
        private KnownElements known;
        /** What the lock's round trip read, until {@link #locked()} takes it in. */
        private Locked read;

        Held(HeldKey key, Set<SentBatch> asked) {
            this.key = key;
            this.asked = asked;
        }

        /** Locks the board, with {@code reads} in the same round trip; false when there is no such board. */
        boolean lock(List<Statement> reads) {
            trips.send(locking(reads));
            return locked();
        }

        /** The statements that lock the board, to be sent in a round trip and then taken in by {@link #locked()}. */
        List<Statement> locking(List<Statement> reads) {
            read = new Locked(new LiveState[1], new HashMap<>());
            return BoardOrder.this.locking(key.board(), asked, reads, read);
        }

        /** Takes in what a lock of several boards read for this one ({@code state} null: no such board). */
        boolean locked(LiveState state, Map<SentBatch, Long> applied) {
            read = new Locked(new LiveState[] {state}, applied);
            return locked();
        }

        /** Takes in what the sent lock read; false when there is no such board. */
        boolean locked() {
            Optional<Board> identity = read.live().isEmpty() ? Optional.empty() : identity(key.board());
            if (identity.isEmpty()) {
                return false;
            }
            board = identity.get();
            state = read.live().get();
            lockedAt = state.seq();
            savedAt = state.seq();
            applied = read.applied();
            read = null;
            locked = true;
            return true;
        }

        /** Takes in an act's writes; see {@link Step#changes}. */
        void learn(Map<UUID, WorkingSet.Change> changes) {
            if (known != null && changes != null) {
                known.wrote(changes);
            } else {
                known = null;
            }
        }

        /** Whether {@code sent} is the one batch the board was held for, and nothing has been taken before it. */
        boolean alone(SentBatch sent) {
            return asked.size() == 1 && asked.contains(sent) && state.seq() == lockedAt;
        }
    }
}
