package io.stormwall.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Origin;
import io.stormwall.wall.SharedWall;
import io.stormwall.wall.WallSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A room's copy of its wall follows the batches the room delivered when a join asks for it, not as each is
 * delivered, or all at once when {@link RoomWall#MAX_BEHIND} batches have waited. No server.
 */
@Tag("rules")
class RoomWallFollowingTest {

    private static final BoardId BOARD = new BoardId(UUID.randomUUID());

    private final Messages messages = new Messages(JsonMapper.builder().build());
    private final RoomWalls walls = new RoomWalls(new CollabProperties(262144, 4194304, 65536, Duration.ofSeconds(10),
            Duration.ofMillis(50), 1000, Duration.ofSeconds(5), Duration.ofSeconds(15), 200, 400, 100, 200, 500, 1000, 64, 8, 2,
            8192, 1000));
    private final Copy copy = new Copy(0);
    private final RoomWall kept = new RoomWall(BOARD, walls, messages);

    @Test
    void theCopyFollowsWhatWasDeliveredOnlyWhenAJoinAsksForIt() {
        load();
        for (long seq = 1; seq <= 10; seq++) {
            kept.delivered(batch(seq));
        }
        assertThat(copy.followed).as("nothing followed while nobody joins").isEmpty();

        SharedSnapshot current = kept.current();

        assertThat(copy.followed).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(current.seq()).isEqualTo(10);
        assertThat(kept.current()).as("nothing new: the same snapshot").isSameAs(current);
        kept.delivered(batch(11));
        assertThat(kept.current().seq()).isEqualTo(11);
        assertThat(copy.followed).hasSize(11);
    }

    @Test
    void theBoundOfTheRoomsCopiesHoldsWhenTheCopyFollows() {
        load();
        copy.growBy = 600;
        kept.delivered(batch(1));
        kept.delivered(batch(2));
        assertThat(walls.held()).isEqualTo(100);

        assertThat(kept.current()).as("past the bound of 1,000 elements: no copy").isNull();
        assertThat(walls.held()).isZero();
    }

    @Test
    void atTheBoundOfWaitingBatchesTheCopyFollowsThemAndIsKept() {
        load();
        for (long seq = 1; seq < RoomWall.MAX_BEHIND; seq++) {
            kept.delivered(batch(seq));
        }
        assertThat(copy.followed).isEmpty();
        kept.delivered(batch(RoomWall.MAX_BEHIND));

        assertThat(copy.followed).hasSize(RoomWall.MAX_BEHIND);
        assertThat(walls.held()).isEqualTo(100);
        kept.delivered(batch(RoomWall.MAX_BEHIND + 1));
        assertThat(kept.current().seq()).as("a busy board's next join still finds its copy").isEqualTo(RoomWall.MAX_BEHIND + 1);
    }

    @Test
    void aBatchTheCopyCannotFollowDropsIt() {
        load();
        kept.delivered(batch(1));
        kept.delivered(batch(3));
        assertThat(kept.current()).isNull();
        assertThat(walls.held()).isZero();
    }

    @Test
    void anEmptiedRoomsCopyServesTheBoardsNextRoomOnlyAtTheSameSeq() {
        load();
        kept.delivered(batch(1));
        SharedSnapshot atOne = kept.current();
        kept.delivered(batch(2));
        kept.setAside();
        assertThat(kept.current()).as("the emptied room keeps nothing").isNull();
        assertThat(walls.held()).as("set aside, still counted").isEqualTo(100);

        RoomWall next = new RoomWall(BOARD, walls, messages);
        next.resume(2);
        assertThat(next.current().seq()).as("followed up to what the room delivered before it emptied").isEqualTo(2);
        assertThat(next.current()).isNotSameAs(atOne);
        next.delivered(batch(3));
        assertThat(next.current().seq()).isEqualTo(3);

        next.setAside();
        RoomWall movedOn = new RoomWall(BOARD, walls, messages);
        movedOn.resume(4);
        assertThat(movedOn.current()).as("the board moved on while nobody was there: the wall is read again").isNull();
        assertThat(walls.held()).isZero();
        assertThat(walls.setAsideCount()).isZero();
    }

    @Test
    void aSetAsideCopyNobodyComesBackForIsLetGoOnceItsWhileHasPassed() {
        load();
        long since = System.nanoTime();
        kept.setAside();

        walls.dropExpired(since);
        assertThat(walls.setAsideCount()).as("within its while").isEqualTo(1);
        walls.dropExpired(since + RoomWalls.SET_ASIDE_NANOS + 60_000_000_000L);
        assertThat(walls.setAsideCount()).as("past it, with no join or other room to notice").isZero();
        assertThat(walls.held()).as("its elements given back to the bound").isZero();
    }

    @Test
    void aLiveRoomsCopyTakesThePlaceOfSetAsideOnes() {
        load();
        kept.setAside();
        RoomWall other = new RoomWall(new BoardId(UUID.randomUUID()), walls, messages);
        assertThat(other.startLoading()).isTrue();
        Copy big = new Copy(0);
        big.size = 950;
        other.loaded(big, new SharedSnapshot(big.snapshot(), messages));

        assertThat(other.current()).as("within the bound once the set-aside copy gave way").isNotNull();
        assertThat(walls.held()).isEqualTo(950);
        assertThat(walls.setAsideCount()).isZero();
    }

    private void load() {
        assertThat(kept.startLoading()).isTrue();
        copy.size = 100;
        kept.loaded(copy, new SharedSnapshot(copy.snapshot(), messages));
        assertThat(walls.held()).isEqualTo(100);
    }

    private static BatchApplied batch(long seq) {
        return new BatchApplied(BOARD, seq, new Origin("o"), "c" + seq, "Ada", Instant.EPOCH, "[]");
    }

    /** Follows batches in order, each adding {@code growBy} elements. */
    private static final class Copy implements SharedWall {
        final List<Long> followed = new ArrayList<>();
        long seq;
        int size;
        int growBy;

        Copy(long seq) {
            this.seq = seq;
        }

        @Override
        public long seq() {
            return seq;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean follow(BatchApplied batch) {
            if (batch.seq() != seq + 1) {
                return false;
            }
            followed.add(batch.seq());
            seq = batch.seq();
            size += growBy;
            return true;
        }

        @Override
        public WallSnapshot snapshot() {
            return new WallSnapshot(new BoardSummary(BOARD.value(), "t", "free", null, seq, Instant.EPOCH, false, false, null, null, null),
                    List.of(), List.of());
        }
    }
}
