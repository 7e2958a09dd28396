package io.stormwall.wall.internal;

import io.stormwall.board.BoardId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Walls replayed at checkpoints, kept on this node so that opening a checkpoint again replays nothing, and a later
 * one replays only the batches after the nearest earlier wall kept, not the whole log from the board's first wall.
 *
 * <p>Nothing here is told when another node writes, and nothing needs to be: the op log is append-only and a
 * checkpoint's seq is read from it, so every batch up to that seq is already in the log and the wall at
 * (board, seq) can never change. A wall kept on one node is the wall every node would replay.
 *
 * <p>Bounded by the elements the kept walls hold together ({@link WallProperties#checkpointCacheElements}; a wall
 * counts one more than it holds, so empty walls count too): past it the least recently read wall goes first.
 */
@Component
class ReplayCache {

    /** Where a replay can go on from: the wall at {@code seq}, a copy of its own. */
    record Kept(long seq, Replay replay) {}

    /** How many walls are kept, and what they weigh together ({@link #keep}). */
    record Held(int walls, long elements) {}

    private record Key(BoardId board, long seq) {}

    private final long budget;
    private final Map<BoardId, NavigableMap<Long, Replay>> walls = new HashMap<>();
    /** Each wall's weight, least recently read first. */
    private final LinkedHashMap<Key, Integer> recent = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    ReplayCache(WallProperties properties) {
        this.budget = properties.checkpointCacheElements();
    }

    /** A copy of the wall kept at the greatest seq not past {@code upTo}, if any is kept. */
    Optional<Kept> nearest(BoardId board, long upTo) {
        Map.Entry<Long, Replay> found;
        synchronized (this) {
            NavigableMap<Long, Replay> kept = walls.get(board);
            found = kept == null ? null : kept.floorEntry(upTo);
            if (found == null) {
                return Optional.empty();
            }
            recent.get(new Key(board, found.getKey()));
        }
        // a kept wall is never changed, so it is copied outside the lock
        return Optional.of(new Kept(found.getKey(), found.getValue().copy()));
    }

    /** Keeps a copy of the wall at {@code seq}, dropping the least recently read walls past the bound. */
    void keep(BoardId board, long seq, Replay replay) {
        int weight = replay.size() + 1;
        if (weight > budget) {
            return;
        }
        Replay copy = replay.copy();
        synchronized (this) {
            Key key = new Key(board, seq);
            if (recent.containsKey(key)) {
                recent.get(key);
                return;
            }
            walls.computeIfAbsent(board, b -> new TreeMap<>()).put(seq, copy);
            recent.put(key, weight);
            held += weight;
            evict();
        }
    }

    synchronized Held held() {
        return new Held(recent.size(), held);
    }

    private void evict() {
        Iterator<Map.Entry<Key, Integer>> oldest = recent.entrySet().iterator();
        while (held > budget && oldest.hasNext()) {
            Map.Entry<Key, Integer> out = oldest.next();
            oldest.remove();
            held -= out.getValue();
            NavigableMap<Long, Replay> board = walls.get(out.getKey().board());
            board.remove(out.getKey().seq());
            if (board.isEmpty()) {
                walls.remove(out.getKey().board());
            }
        }
    }
}
