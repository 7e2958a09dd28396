package io.stormwall.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Origin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each board's deliveries go out in the order they were handed over, batches and tasks alike, and a board held up
 * (reading its log, say) holds up no other board. No server.
 */
@Tag("rules")
class DeliveryLinesTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final Map<BoardId, List<Object>> delivered = new ConcurrentHashMap<>();
    private final List<Integer> handedAtOnce = new CopyOnWriteArrayList<>();
    private final DeliveryLines lines = new DeliveryLines(2, (board, batches) -> {
        handedAtOnce.add(batches.size());
        list(board).addAll(batches.stream().map(BatchApplied::seq).toList());
    });

    @AfterEach
    void stop() {
        lines.stop();
    }

    @Test
    void aBoardsBatchesAndTasksGoOutInTheOrderTheyWereHandedOver() {
        List<BoardId> boards = List.of(board(), board(), board());
        List<Object> inOrder = new ArrayList<>();
        for (long seq = 1; seq <= 3000; seq++) {
            for (BoardId board : boards) {
                lines.offer(batch(board, seq));
            }
            inOrder.add(seq);
            if (seq % 100 == 0) {
                String marker = "task after " + seq;
                boards.forEach(board -> lines.run(board, () -> list(board).add(marker)));
                inOrder.add(marker);
            }
        }
        await().atMost(DEADLINE).untilAsserted(() -> boards.forEach(board -> assertThat(list(board)).containsExactlyElementsOf(inOrder)));
        assertThat(handedAtOnce).allMatch(n -> n <= DeliveryLines.MOST_AT_ONCE);
    }

    @Test
    void aBoardHeldUpHoldsUpNoOtherBoard() throws InterruptedException {
        BoardId stuck = board();
        BoardId busy = board();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        lines.run(stuck, () -> {
            holding.countDown();
            try {
                release.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(holding.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        lines.offer(batch(stuck, 1));
        for (long seq = 1; seq <= 100; seq++) {
            lines.offer(batch(busy, seq));
        }
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(list(busy)).hasSize(100));
        assertThat(list(stuck)).as("behind the task that holds its board up").isEmpty();
        release.countDown();
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(list(stuck)).containsExactly(1L));
    }

    private List<Object> list(BoardId board) {
        return delivered.computeIfAbsent(board, b -> new CopyOnWriteArrayList<>());
    }

    private static BoardId board() {
        return new BoardId(UUID.randomUUID());
    }

    private static BatchApplied batch(BoardId board, long seq) {
        return new BatchApplied(board, seq, new Origin("o"), "c" + seq, "Ada", Instant.EPOCH, "[]");
    }
}
