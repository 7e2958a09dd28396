package io.stormwall.coach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.board.BoardId;
import io.stormwall.format.PhaseRef;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Origin;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Element;
import io.stormwall.wall.ElementKind;
import io.stormwall.wall.WallSnapshot;
import io.stormwall.wall.WallTimer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The coach's copy of a wall follows the batches of the log as every client receives them. */
@Tag("rules")
class WallCopyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID BOARD = UUID.randomUUID();
    private static final String EVENT = "2b0e8f7a-5c4d-4e3f-8a1b-9c0d1e2f3a4b";
    private static final String COMMAND = "7e6d5c4b-3a29-4817-8695-a4b3c2d1e0f9";
    private static final String ARROW = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private final WallCopy copy = new WallCopy(new WallSnapshot(new BoardSummary(BOARD, "Copy", "process-level",
            new PhaseRef(3, "commands-and-actors", "Commands and actors"), 0, Instant.EPOCH, false, false, WallTimer.IDLE),
            List.of(), List.of()));

    @Test
    void createsUpdatesDeletesAndPhaseChangesReachTheCopy() {
        assertThat(copy.apply(batch(1, "[" + create(EVENT, "event", "Invoice Sends") + "," + create(COMMAND, "command", "Send Invoice")
                + ",{\"op\":\"create\",\"element\":{\"id\":\"" + ARROW + "\",\"kind\":\"arrow\",\"text\":\"\",\"x\":0,\"y\":0,\"w\":0,\"h\":0,"
                + "\"z\":3,\"from\":\"" + COMMAND + "\",\"to\":\"" + EVENT + "\",\"props\":{},\"version\":1,\"updatedBy\":\"Ada\","
                + "\"updatedAt\":\"2026-11-23T09:12:30.118Z\"}}]"), JSON)).isTrue();
        assertThat(copy.elements()).hasSize(3);

        assertThat(copy.apply(batch(2, "[{\"op\":\"update\",\"id\":\"" + EVENT + "\",\"set\":{\"text\":\"Invoice Sent\",\"x\":140,"
                + "\"props\":{\"owner\":\"Grace\"}},\"version\":2},{\"op\":\"phase\",\"from\":3,\"to\":4,"
                + "\"phase\":{\"index\":4,\"id\":\"aggregates\",\"name\":\"Aggregates\"}}]"), JSON)).isTrue();
        Element event = find(EVENT);
        assertThat(event.text()).isEqualTo("Invoice Sent");
        assertThat(event.x()).isEqualTo(140);
        assertThat(event.y()).isEqualTo(80);
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.props().get("owner").asString()).isEqualTo("Grace");
        assertThat(copy.phaseIndex()).isEqualTo(4);

        assertThat(copy.apply(batch(3, "[{\"op\":\"update\",\"id\":\"" + EVENT + "\",\"set\":{\"props\":{\"owner\":null}},\"version\":3},"
                + "{\"op\":\"delete\",\"id\":\"" + COMMAND + "\"},{\"op\":\"delete\",\"id\":\"" + ARROW + "\"},"
                + "{\"op\":\"coach\",\"enabled\":false}]"), JSON)).isTrue();
        assertThat(copy.elements()).extracting(Element::id).containsExactly(UUID.fromString(EVENT));
        assertThat(find(EVENT).props().has("owner")).isFalse();
        assertThat(copy.seq()).isEqualTo(3);
    }

    @Test
    void aGapOrAnOpItDoesNotKnowSendsItBackToTheWholeWall() {
        assertThat(copy.apply(batch(2, "[]"), JSON)).isFalse();
        assertThat(copy.apply(batch(1, "[{\"op\":\"something-new\"}]"), JSON)).isFalse();
        assertThat(copy.apply(batch(1, "[{\"op\":\"update\",\"id\":\"" + EVENT + "\",\"set\":{\"x\":1},\"version\":2}]"), JSON)).isFalse();
    }

    @Test
    void theSwitchAndTheAcceptancesFollowTheLogWithWhoAndWhen() {
        Instant at = Instant.parse("2026-11-23T09:12:30.118Z");
        copy.withSettings(true, java.util.Map.of("crud-event:x", new io.stormwall.coach.Acceptance("Grace", Instant.EPOCH)));

        assertThat(copy.apply(new BatchApplied(new BoardId(BOARD), 1, new Origin("c"), "c:1", "Ada", at,
                "[{\"op\":\"accept\",\"key\":\"event-causes-event:a,b\",\"accepted\":true},"
                        + "{\"op\":\"accept\",\"key\":\"crud-event:x\",\"accepted\":true}]"), JSON)).isTrue();
        assertThat(copy.accepted()).containsEntry("event-causes-event:a,b", new io.stormwall.coach.Acceptance("Ada", at))
                .containsEntry("crud-event:x", new io.stormwall.coach.Acceptance("Grace", Instant.EPOCH)); // the first stays

        assertThat(copy.apply(batch(2, "[{\"op\":\"accept\",\"key\":\"crud-event:x\",\"accepted\":false},"
                + "{\"op\":\"coach\",\"enabled\":false}]"), JSON)).isTrue();
        assertThat(copy.accepted()).containsOnlyKeys("event-causes-event:a,b");
        assertThat(copy.enabled()).isFalse();
    }

    @Test
    void whereStickiesWerePlacedIsKeptUntilAChangeCouldMoveThem() {
        copy.apply(batch(1, "[" + create(EVENT, "event", "Invoice Sends") + "," + create(COMMAND, "command", "Send Invoice") + "]"), JSON);
        UUID event = UUID.fromString(EVENT);
        UUID aggregate = UUID.randomUUID();
        copy.placed().aggregate(event, java.util.Optional.of(aggregate));

        copy.apply(batch(2, "[{\"op\":\"update\",\"id\":\"" + EVENT + "\",\"set\":{\"text\":\"Invoice Sent\"},\"version\":2}]"), JSON);
        assertThat(copy.placed().aggregateOf(event)).contains(aggregate);

        copy.apply(batch(3, "[{\"op\":\"update\",\"id\":\"" + EVENT + "\",\"set\":{\"x\":900},\"version\":3}]"), JSON);
        assertThat(copy.placed().aggregateOf(event)).isNull();

        copy.placed().aggregate(event, java.util.Optional.of(aggregate));
        copy.apply(batch(4, "[{\"op\":\"update\",\"id\":\"" + COMMAND + "\",\"set\":{\"y\":900},\"version\":2}]"), JSON);
        assertThat(copy.placed().aggregateOf(event)).as("a command takes its events along").isNull();
    }

    private Element find(String id) {
        return copy.elements().stream().filter(e -> e.id().toString().equals(id)).findFirst().orElseThrow();
    }

    private static String create(String id, String kind, String text) {
        return "{\"op\":\"create\",\"element\":{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"text\":\"" + text + "\",\"x\":120,"
                + "\"y\":80,\"w\":160,\"h\":120,\"z\":1,\"props\":{},\"version\":1,\"updatedBy\":\"Ada\",\"updatedAt\":\"2026-11-23T09:12:30.118Z\"}}";
    }

    private static BatchApplied batch(long seq, String ops) {
        return new BatchApplied(new BoardId(BOARD), seq, new Origin("c"), "c:" + seq, "Ada", Instant.EPOCH, ops);
    }
}
