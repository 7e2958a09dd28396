package io.stormwall.collab.internal;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Frames written straight to the socket ({@code org.apache.tomcat.websocket.DirectFrames}) arrive as the same
 * messages, whole and in order, and one the socket takes only in part is finished by the web server before the next;
 * the frames that queued behind it meanwhile go out together, in one write, and in order.
 */
@StormwallTest
class DirectFramesTest {

    private final int port;
    private final Api api;

    DirectFramesTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void everyClientGetsEveryBatchWrittenWholeToItsSocketInOrder() {
        Api.TestBoard board = api.createBoard("Direct", "free");
        long before = Outbox.writtenWhole();
        try (WsClient one = WsClient.join(port, board.id(), board.observer(), "one", null);
                WsClient two = WsClient.join(port, board.id(), board.observer(), "two", null)) {
            int batches = 20;
            for (int b = 1; b <= batches; b++) {
                api.ops(board.id(), board.participant(), "b" + b, object("op", "create", "element",
                        object("id", UUID.randomUUID().toString(), "kind", "event", "text", "Event " + b)));
            }
            for (WsClient client : List.of(one, two)) {
                client.await(m -> isApplied(m, batches), "batch " + batches);
                assertThat(appliedSeqs(client)).containsExactlyElementsOf(seqs(1, batches));
            }
        }
        // counted once the write has returned, which the client may see before
        await().atMost(WsClient.DEADLINE).untilAsserted(() -> assertThat(Outbox.writtenWhole()).isGreaterThanOrEqualTo(before + 2 * 20));
    }

    @Test
    void aFrameTheSocketTakesOnlyInPartIsFinishedBeforeTheNext() {
        Api.TestBoard board = api.createBoard("Direct in part", "free");
        List<String> ids = new ArrayList<>();
        List<Object> creates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(UUID.randomUUID().toString());
            creates.add(object("op", "create", "element", object("id", ids.get(i), "kind", "event", "text", "x")));
        }
        api.ops(board.id(), board.participant(), "create", creates.toArray());
        try (WsClient stalled = WsClient.stalled(port, board.id(), board.observer());
                WsClient lively = WsClient.join(port, board.id(), board.observer(), "lively", null)) {
            long before = Outbox.writtenInPart();
            int seq = 1;
            // batches of about 55 KB, written whole to the socket, until the stalled client's socket takes one in part
            while (Outbox.writtenInPart() == before && seq < 300) {
                seq++;
                List<Object> updates = new ArrayList<>();
                for (String id : ids) {
                    updates.add(object("op", "update", "id", id, "set", object("text", "x".repeat(1000))));
                }
                api.ops(board.id(), board.participant(), "u" + seq, updates.toArray());
                int last = seq;
                lively.await(m -> isApplied(m, last), "batch " + last);
            }
            assertThat(Outbox.writtenInPart()).isGreaterThan(before);
            // more batches queue behind the frame the stalled socket took in part
            for (int more = 0; more < 3; more++) {
                seq++;
                api.ops(board.id(), board.participant(), "u" + seq, object("op", "update", "id", ids.get(0), "set", object("text", "y" + seq)));
                int last = seq;
                lively.await(m -> isApplied(m, last), "batch " + last);
            }
            long together = Outbox.writtenTogether();

            stalled.resume();
            int last = seq;
            stalled.await(m -> isApplied(m, last), "batch " + last);
            // it joined while the first updates were committed: from whichever it was welcomed at, every one, once
            List<Integer> received = appliedSeqs(stalled);
            assertThat(received).isNotEmpty();
            assertThat(received).containsExactlyElementsOf(seqs(received.get(0), last));
            await().atMost(WsClient.DEADLINE).untilAsserted(() -> assertThat(Outbox.writtenTogether())
                    .as("writes of the frames that queued together").isGreaterThan(together));
        }
    }

    private static boolean isApplied(JsonNode message, int seq) {
        return "applied".equals(message.path("type").asString()) && message.get("seq").asInt() == seq;
    }

    private static List<Integer> appliedSeqs(WsClient client) {
        return client.received().stream().filter(m -> "applied".equals(m.path("type").asString()))
                .map(m -> m.get("seq").asInt()).toList();
    }

    private static List<Integer> seqs(int from, int to) {
        List<Integer> seqs = new ArrayList<>();
        for (int s = from; s <= to; s++) {
            seqs.add(s);
        }
        return seqs;
    }
}
