package io.stormwall.wall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Origin;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the walls kept at checkpoints hand back, and which go when they weigh more than they may. */
@Tag("rules")
class ReplayCacheTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final BoardId board = BoardId.parse(UUID.randomUUID().toString());

    @Test
    void aReplayGoesOnFromTheNearestEarlierWallAndLeavesTheKeptOneAsItWas() {
        ReplayCache cache = holding(100);
        cache.keep(board, 2, wall(2, 2));
        cache.keep(board, 5, wall(5, 3));

        assertThat(cache.nearest(board, 1)).as("nothing kept before seq 2").isEmpty();
        ReplayCache.Kept at4 = cache.nearest(board, 4).orElseThrow();
        assertThat(at4.seq()).isEqualTo(2);
        at4.replay().apply(creates(3, 1));
        assertThat(at4.replay().size()).isEqualTo(3);
        assertThat(cache.nearest(board, 4).orElseThrow().replay().size()).as("the kept wall is unchanged").isEqualTo(2);
        assertThat(cache.nearest(board, 9).orElseThrow().seq()).isEqualTo(5);
        assertThat(cache.nearest(BoardId.parse(UUID.randomUUID().toString()), 9)).as("another board's").isEmpty();
    }

    @Test
    void pastItsBoundTheLeastRecentlyReadWallGoes() {
        ReplayCache cache = holding(10);
        cache.keep(board, 1, wall(1, 3));
        cache.keep(board, 2, wall(2, 3));
        cache.nearest(board, 1);
        cache.keep(board, 3, wall(3, 3));
        assertThat(cache.held()).isEqualTo(new ReplayCache.Held(2, 8));
        assertThat(cache.nearest(board, 2).orElseThrow().seq()).as("seq 2 was read least recently").isEqualTo(1);

        cache.keep(board, 4, wall(4, 20));
        assertThat(cache.held()).as("a wall heavier than the bound is not kept").isEqualTo(new ReplayCache.Held(2, 8));
        assertThat(holding(0).held()).isEqualTo(new ReplayCache.Held(0, 0));
    }

    /** A wall at {@code seq} holding {@code elements} stickies. */
    private Replay wall(long seq, int elements) {
        Replay replay = new Replay(JSON);
        replay.apply(creates(seq, elements));
        return replay;
    }

    private BatchApplied creates(long seq, int elements) {
        StringBuilder ops = new StringBuilder("[");
        for (int i = 0; i < elements; i++) {
            ops.append(i == 0 ? "" : ",").append("{\"op\":\"create\",\"element\":{\"id\":\"").append(UUID.randomUUID())
                    .append("\",\"kind\":\"event\",\"text\":\"Order Placed\",\"x\":0,\"y\":0,\"w\":160,\"h\":100,\"z\":")
                    .append(i).append(",\"props\":{},\"version\":1}}");
        }
        return new BatchApplied(board, seq, new Origin("rest:test"), "op" + seq, "ada", Instant.EPOCH, ops.append("]").toString());
    }

    /** A cache that keeps walls weighing {@code elements} at most. */
    private static ReplayCache holding(long elements) {
        return new ReplayCache(new WallProperties(10_000, elements));
    }
}
