package io.stormwall.wall.internal;

import io.stormwall.format.PhaseRef;
import io.stormwall.wall.AppliedUpdate;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Element;
import io.stormwall.wall.SilentRound;
import io.stormwall.wall.VotingRound;
import io.stormwall.wall.SharedWall;
import io.stormwall.wall.WallSnapshot;
import io.stormwall.wall.WallTimer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link SharedWall}: the elements by id and in the board's order (z, then id, as {@link ElementStore#all} reads
 * them), kept sorted as they change so that a snapshot is a copy of a list, and the live state as everyone sees it.
 * Elements are never changed in place ({@link AppliedUpdate} puts a new one in the old one's place), so a snapshot
 * taken shares them.
 */
final class FollowedWall implements SharedWall {

    /**
     * PostgreSQL orders uuids bytewise, which is Java's order of their halves compared unsigned (not
     * {@link UUID#compareTo}, which compares them signed).
     */
    static final Comparator<Element> ORDER = Comparator.comparingLong(Element::z)
            .thenComparing(Element::id, (a, b) -> {
                int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
            });

    private final JsonMapper json;
    private final BoardSummary board;
    private final Map<UUID, Element> byId = new HashMap<>();
    private final TreeSet<Element> ordered = new TreeSet<>(ORDER);
    private long seq;
    private PhaseRef phase;
    private boolean gatingLifted;
    private boolean frozen;
    private WallTimer timer;
    private VotingRound voting;
    private SilentRound silent;

    FollowedWall(JsonMapper json, WallSnapshot everyone) {
        if (!everyone.votes().isEmpty() || !everyone.unseen().isEmpty()) {
            throw new IllegalArgumentException("A copy of the wall holds what everyone sees, nobody's own dots or unseen stickies.");
        }
        this.json = json;
        this.board = everyone.board();
        everyone.elements().forEach(this::put);
        seq = board.seq();
        phase = board.phase();
        gatingLifted = board.gatingLifted();
        frozen = board.frozen();
        timer = board.timer();
        voting = board.voting();
        silent = board.silent();
    }

    @Override
    public long seq() {
        return seq;
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public boolean follow(BatchApplied batch) {
        if (batch.seq() <= seq) {
            return true;
        }
        if (batch.seq() != seq + 1) {
            return false;
        }
        for (JsonNode op : json.readTree(batch.opsFor(null))) {
            if (!apply(op, batch)) {
                return false;
            }
        }
        seq = batch.seq();
        return true;
    }

    private boolean apply(JsonNode op, BatchApplied batch) {
        switch (op.path("op").asString("")) {
            case "create" -> {
                Element e = json.treeToValue(op.get("element"), Element.class);
                if (byId.containsKey(e.id())) {
                    return false;
                }
                put(e);
            }
            case "update" -> {
                Element old = byId.get(UUID.fromString(op.get("id").asString()));
                if (old == null) {
                    return false;
                }
                remove(old);
                put(AppliedUpdate.applied(old, (ObjectNode) op.get("set"), op.get("version").asLong(), batch));
            }
            case "delete" -> {
                Element old = byId.get(UUID.fromString(op.get("id").asString()));
                if (old == null || mayHoldDots(old.id())) {
                    return false;
                }
                remove(old);
            }
            case "phase" -> phase = json.treeToValue(op.get("phase"), PhaseRef.class);
            case "gating" -> gatingLifted = op.get("lifted").asBoolean();
            case "freeze" -> frozen = op.get("frozen").asBoolean();
            case "timer" -> timer = json.treeToValue(op.get("timer"), WallTimer.class);
            case "voting" -> voting = json.treeToValue(op.get("voting"), VotingRound.class);
            case "votesCast" -> voting = withUsed(op.get("person").asString(), op.get("used").asInt());
            // turning it on again while it is on keeps what was written; turning it off reveals everything
            case "silent" -> silent = !op.get("on").asBoolean() ? SilentRound.OFF
                    : silent.on() ? silent : new SilentRound(true, Map.of());
            case "written" -> silent = withWritten(op.get("person").asString(), op.get("count").asInt());
            case "checkpoint", "coach", "accept", "summon" -> { } // recorded in the order; they change no element and no setting
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sticky's deletion may change the round's counts: its dots go with it, and where dots are is hidden
     * from everyone until the reveal. Once revealed, the tally says which stickies hold any.
     */
    private boolean mayHoldDots(UUID element) {
        if (VotingRound.NONE.equals(voting.state())) {
            return false;
        }
        return voting.tally() == null || voting.tally().stream().anyMatch(t -> t.element().equals(element));
    }

    private VotingRound withUsed(String person, int dots) {
        List<VotingRound.Used> used = new ArrayList<>(voting.used().stream().filter(u -> !u.person().equals(person)).toList());
        if (dots > 0) {
            used.add(new VotingRound.Used(person, dots));
        }
        used.sort(Comparator.comparing(VotingRound.Used::person));
        return new VotingRound(voting.state(), voting.votesPerPerson(), voting.kinds(), voting.revealed(), List.copyOf(used),
                voting.tally());
    }

    private SilentRound withWritten(String person, int count) {
        Map<String, Integer> written = new TreeMap<>(silent.written());
        if (count > 0) {
            written.put(person, count);
        } else {
            written.remove(person);
        }
        return new SilentRound(silent.on(), written);
    }

    private void put(Element e) {
        byId.put(e.id(), e);
        ordered.add(e);
    }

    private void remove(Element e) {
        byId.remove(e.id());
        ordered.remove(e);
    }

    @Override
    public WallSnapshot snapshot() {
        BoardSummary now = new BoardSummary(board.id(), board.title(), board.format(), phase, seq, board.createdAt(),
                gatingLifted, frozen, timer, voting, silent);
        return new WallSnapshot(now, List.copyOf(ordered), List.of());
    }
}
