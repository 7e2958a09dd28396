package io.stormwall.coach.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import io.stormwall.coach.AcceptedFinding;
import io.stormwall.coach.Acceptance;
import io.stormwall.coach.CoachSetting;
import io.stormwall.wall.WallSnapshot;
import io.stormwall.coach.Checks;
import io.stormwall.coach.ChecksChanged;
import io.stormwall.coach.ChecksDelta;
import io.stormwall.coach.Coach;
import io.stormwall.coach.Finding;
import io.stormwall.format.FormatCatalog;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Facilitation;
import io.stormwall.wall.Origin;
import io.stormwall.wall.Wall;
import io.stormwall.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the rules over a board's wall. For boards with live clients it does so on its own thread, after the edits
 * have committed and been delivered, so an edit never waits for it: a burst of changes to one board is read once,
 * at the latest seq ({@link ReadingPace}), and only a list that differs from the one last published goes out.
 */
@Service
class CoachService implements Coach, SmartLifecycle {

    static final String COACH_FULL = "COACH_FULL";
    /** Batches a wall copy catches up by reading the log; further behind, the wall is read again whole. */
    static final int CATCH_UP = 500;

    private static final Logger log = LoggerFactory.getLogger(CoachService.class);

    private final Wall wall;
    private final FormatCatalog formats;
    private final NameGrammar grammar;
    private final CoachSettings settings;
    private final Facilitation facilitation;
    private final ApplicationEventPublisher events;
    private final CoachProperties properties;
    private final Set<BoardId> watched = ConcurrentHashMap.newKeySet();
    private final Set<BoardId> pending = ConcurrentHashMap.newKeySet();
    private final Map<BoardId, Checks> published = new ConcurrentHashMap<>();
    private final Map<BoardId, WallCopy> copies = new ConcurrentHashMap<>();
    /** Batches committed on this node for watched boards, by seq: a copy takes its next ones from here, not the log. */
    private final Map<BoardId, ConcurrentSkipListMap<Long, BatchApplied>> heard = new ConcurrentHashMap<>();
    /** The last seq each watched board is known to have reached; unknown is read from the log. */
    private final Map<BoardId, Long> announced = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private final ReadingPace pace;
    private volatile ScheduledExecutorService thread;

    CoachService(Wall wall, FormatCatalog formats, NameGrammar grammar, CoachSettings settings, Facilitation facilitation,
            ApplicationEventPublisher events, CoachProperties properties, JsonMapper json) {
        this.json = json;
        this.wall = wall;
        this.formats = formats;
        this.grammar = grammar;
        this.settings = settings;
        this.facilitation = facilitation;
        this.events = events;
        this.properties = properties;
        this.pace = new ReadingPace(properties.readingInterval().toNanos());
    }

    @Override
    public Checks checks(BoardId board) {
        // the switch and the acceptances first: one that commits after this read is a batch, which reads again
        boolean enabled = settings.enabled(board);
        Map<String, Acceptance> accepted = enabled ? settings.accepted(board) : Map.of();
        return checks(new WallCopy(wall.snapshot(board)), enabled, accepted);
    }

    @Override
    public Checks checks(WallSnapshot snapshot) {
        BoardId board = new BoardId(snapshot.board().id());
        boolean enabled = settings.enabled(board);
        return checks(new WallCopy(snapshot), enabled, enabled ? settings.accepted(board) : Map.of());
    }

    @Override
    public CoachSetting setting(BoardId board) {
        List<AcceptedFinding> accepted = settings.accepted(board).entrySet().stream()
                .map(e -> new AcceptedFinding(e.getKey(), e.getValue().by(), e.getValue().at())).toList();
        return new CoachSetting(settings.enabled(board), accepted);
    }

    @Override
    public void restore(BoardId board, CoachSetting setting) {
        if (setting.accepted().size() > properties.maxAccepted()) {
            throw new ApiException(HttpStatus.CONFLICT, COACH_FULL, "A board may hold at most " + properties.maxAccepted()
                    + " accepted findings (stormwall.coach.max-accepted).", "coach.accepted");
        }
        if (!setting.enabled()) {
            settings.setEnabled(board, false);
        }
        setting.accepted().forEach(a -> {
            FindingKey.check(a.key());
            settings.accept(board, a.key(), new Acceptance(a.by(), a.at()));
        });
    }

    @Override
    public void checkKey(String key) {
        FindingKey.check(key);
    }

    @Override
    public int maxAccepted() {
        return properties.maxAccepted();
    }

    /**
     * A watched board's checks, read over the coach's copy of its wall brought up to date from the log: the copy
     * follows the switch and the acceptances too, and keeps where stickies were placed, so a read asks the database
     * only for the batches since the last one.
     */
    private Checks checksOfCopy(WallCopy copy) {
        return checks(copy, copy.enabled(), copy.accepted(), copy.placed());
    }

    private Checks checks(WallCopy copy, boolean enabled, Map<String, Acceptance> accepted) {
        return checks(copy, enabled, accepted, new PlacementMemo());
    }

    private Checks checks(WallCopy copy, boolean enabled, Map<String, Acceptance> accepted, PlacementMemo placed) {
        if (!enabled) {
            return new Checks(copy.seq(), false, List.of());
        }
        return new Checks(copy.seq(), true, findings(copy, accepted, placed));
    }

    List<Finding> findings(WallCopy copy, Map<String, Acceptance> accepted, PlacementMemo placed) {
        WallView view = new WallView(copy.elements(), formats.find(copy.format()).orElseThrow(), copy.phaseIndex(), grammar,
                placed);
        return Rules.check(view).stream()
                .map(f -> accepted.containsKey(f.key()) ? f.withAccepted(accepted.get(f.key())) : f)
                .toList();
    }

    private WallCopy currentCopy(BoardId board) {
        WallCopy copy = copies.get(board);
        long target = announced.getOrDefault(board, Long.MAX_VALUE);
        if (copy != null && applyHeard(board, copy) && copy.seq() >= target) {
            return copy;
        }
        if (copy != null && copies.get(board) == copy) {
            copy.readingLog();
            List<BatchApplied> batches = wall.batchesAfter(board, copy.seq(), CATCH_UP);
            boolean caughtUp = batches.size() < CATCH_UP;
            for (BatchApplied batch : batches) {
                caughtUp &= copy.apply(batch, json);
                if (!caughtUp) {
                    break;
                }
            }
            if (caughtUp) {
                announced.replace(board, target, copy.seq()); // unless a later seq was announced meanwhile
                return copy;
            }
        }
        heard.remove(board);
        WallCopy fresh = new WallCopy(wall.snapshot(board));
        // after the snapshot: a change committed in between is in both, and applying it again changes nothing
        fresh.withSettings(settings.enabled(board), settings.accepted(board));
        copies.put(board, fresh);
        announced.replace(board, target, fresh.seq());
        return fresh;
    }

    /**
     * Applies the batches heard since the copy's seq, as long as they follow on from it; a batch the copy cannot
     * apply drops the copy (false).
     */
    private boolean applyHeard(BoardId board, WallCopy copy) {
        ConcurrentSkipListMap<Long, BatchApplied> batches = heard.get(board);
        if (batches == null) {
            return true;
        }
        batches.headMap(copy.seq(), true).clear();
        for (BatchApplied next = batches.get(copy.seq() + 1); next != null; next = batches.get(copy.seq() + 1)) {
            if (!copy.apply(next, json)) {
                copies.remove(board);
                return false;
            }
            batches.remove(next.seq());
        }
        return true;
    }

    /**
     * Keeps a batch of a watched board for its copy. Runs once the batch has committed, before the batch is handed on
     * for delivery, which then tells the coach of the change: the batch is here when the change is read.
     */
    @TransactionalEventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void committed(BatchApplied batch) {
        if (watched.contains(batch.board())) {
            ConcurrentSkipListMap<Long, BatchApplied> batches = heard.computeIfAbsent(batch.board(), b -> new ConcurrentSkipListMap<>());
            batches.put(batch.seq(), batch);
            while (batches.size() > CATCH_UP) {
                batches.pollFirstEntry(); // a copy this far behind reads the log
            }
        }
    }

    @Override
    public Optional<Checks> watch(BoardId board) {
        if (watched.add(board)) {
            published.remove(board);
            copies.remove(board);
            wallChanged(board);
            return Optional.empty();
        }
        return Optional.ofNullable(published.get(board));
    }

    @Override
    public void wallChanged(BoardId board, long seq) {
        if (watched.contains(board)) {
            announced.merge(board, seq, Math::max);
        }
        queueReading(board, seq);
    }

    @Override
    public void wallChanged(BoardId board) {
        if (watched.contains(board)) {
            announced.put(board, Long.MAX_VALUE); // up to where is not known: the log says
        }
        queueReading(board, Long.MAX_VALUE);
    }

    private void queueReading(BoardId board, long seq) {
        ScheduledExecutorService executor = thread;
        if (executor == null || !watched.contains(board) || !pending.add(board)) {
            return; // nobody to tell, or a reading of this board is queued and will see this change too
        }
        try {
            executor.schedule(() -> {
                pending.remove(board);
                read(board);
            }, pace.delayNanos(board, System.nanoTime(), seq), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            pending.remove(board);
        }
    }

    @Override
    public void forget(BoardId board) {
        watched.remove(board);
        heard.remove(board);
        announced.remove(board);
        published.remove(board);
        copies.remove(board);
        pace.ended(board);
    }

    /** How often the rules have read the board's current copy: once per change is the aim. */
    long readings(BoardId board) {
        WallCopy copy = copies.get(board);
        return copy == null ? 0 : copy.readings();
    }

    /** How often the board's current copy was brought up to date from the op log. */
    long logReads(BoardId board) {
        WallCopy copy = copies.get(board);
        return copy == null ? 0 : copy.logReads();
    }

    private void read(BoardId board) {
        if (!watched.contains(board)) {
            return;
        }
        try {
            long started = System.nanoTime();
            WallCopy copy = currentCopy(board);
            if (copy.seq() == copy.readAt()) {
                // a change is announced more than once (its commit here, the relay's notice), and the first notice
                // already read it: the switch and the acceptances are in the log too, so nothing can have changed
                return;
            }
            copy.reading();
            pace.began(board, started, copy.seq());
            Checks now = checksOfCopy(copy);
            Checks before = published.get(board);
            boolean changed = !now.saysTheSameAs(before);
            // what a change costs the coach itself, apart from delivering the list (docs/performance.md)
            log.debug("Board {} read at seq {} in {} µs: {} findings{}", board.value(), now.seq(),
                    (System.nanoTime() - started) / 1_000, now.findings().size(), changed ? ", changed" : "");
            if (changed && watched.contains(board)) {
                published.put(board, now);
                events.publishEvent(new ChecksChanged(board, now, ChecksDelta.between(before, now).orElse(null)));
            }
            copy.readAt(now.seq());
        } catch (ApiException gone) {
            forget(board); // the board was deleted
        } catch (RuntimeException e) {
            log.warn("Reading the notation of board {} failed", board.value(), e);
        } finally {
            pace.ended(board);
        }
    }

    @Override
    public EditOutcome switchCoach(Access access, Origin origin, String clientOpId, boolean enabled, String actor) {
        access.requireSteer();
        ObjectNode op = JsonNodeFactory.instance.objectNode().put("op", "coach").put("enabled", enabled);
        return facilitation.record(access, origin, clientOpId, op, actor, at -> settings.setEnabled(access.boardId(), enabled));
    }

    @Override
    public EditOutcome accept(Access access, Origin origin, String clientOpId, String key, boolean accepted, String actor) {
        access.requireSteer();
        FindingKey.check(key);
        ObjectNode op = JsonNodeFactory.instance.objectNode().put("op", "accept").put("key", key).put("accepted", accepted);
        BoardId board = access.boardId();
        return facilitation.record(access, origin, clientOpId, op, actor, at -> {
            if (!accepted) {
                settings.withdraw(board, key);
            } else if (!settings.isAccepted(board, key)) {
                if (settings.acceptedCount(board) >= properties.maxAccepted()) {
                    throw new ApiException(HttpStatus.CONFLICT, COACH_FULL, "This board has " + properties.maxAccepted()
                            + " accepted findings already (stormwall.coach.max-accepted): withdraw one first.", "key");
                }
                settings.accept(board, key, new Acceptance(actor, at));
            }
        });
    }

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "notation-coach"));
        // the models load once per process; on a thread of their own, so neither the coach's first reading nor a
        // request waits for them unless it comes within the first seconds
        daemon(grammar::load, "english-models").start();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread t = new Thread(runnable, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = thread;
        thread = null;
        if (executor != null) {
            executor.shutdownNow();
        }
        pending.clear();
        published.clear();
        copies.clear();
        heard.clear();
        announced.clear();
        watched.clear();
        pace.clear();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
