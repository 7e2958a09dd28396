package io.stormwall.collab.internal;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stormwall.board.BoardId;
import io.stormwall.support.Api;
import io.stormwall.support.Node;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.TestDatabase;
import io.stormwall.support.WsClient;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.Wall;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live room keeps its wall as everyone sees it in memory, following the batches it delivers: a join gets exactly
 * the snapshot a fresh read of the database gives, without that read — after creates, updates, deletes, arrows and
 * every facilitator act, with each person's own dots and unseen stickies still theirs alone, and with batches
 * committed on another node. A deletion that may change a round's hidden counts drops the copy: the next join reads.
 * The copies of a node stay within their bound in elements, and go with their rooms.
 */
@StormwallTest
class RoomWallTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final Api api;
    private final Wall wall;
    private final Messages messages;
    private final RoomWalls walls;

    @Autowired
    RoomWallTest(@LocalServerPort int port, Wall wall, Messages messages, RoomWalls walls) {
        this.port = port;
        this.api = new Api(port);
        this.wall = wall;
        this.messages = messages;
        this.walls = walls;
    }

    @Test
    void aJoinAfterAStreamOfBatchesGetsWhatADatabaseReadGivesWithoutReadingTheWall() {
        Api.TestBoard board = api.createBoard("Kept wall", "process-level");
        List<String> ids = new ArrayList<>();
        List<Object> ops = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(UUID.randomUUID().toString());
            ops.add(create(ids.get(i), "event", "Order " + i + " Placed", i * 200, 0));
        }
        api.ops(board.id(), board.participant(), "fill", ops.toArray());
        // the facilitator stays: the room, and its copy read for this first join, stay with them
        try (WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace")) {
            grace.await("snapshot");
            long reads = walls.databaseReads();

            control(board, "gating", "{\"lifted\":true}");
            String command = UUID.randomUUID().toString();
            api.ops(board.id(), board.facilitator(), "cmd", object("op", "create", "element", object("id", command,
                    "kind", "command", "text", "Place Order", "x", 0, "y", 300, "props",
                    object("fields", object("f1", object("name", "orderId", "type", "id", "at", 1))))));
            String arrow = UUID.randomUUID().toString();
            api.ops(board.id(), board.facilitator(), "arrows",
                    object("op", "create", "element", object("id", arrow, "kind", "arrow", "from", command, "to", ids.get(0), "label", "causes")),
                    object("op", "create", "element", object("kind", "arrow", "from", ids.get(1), "to", ids.get(2))),
                    object("op", "create", "element", object("kind", "arrow", "from", ids.get(3), "to", ids.get(1))));
            api.ops(board.id(), board.participant(), "edits",
                    object("op", "update", "id", ids.get(4), "set", object("text", "Order Shipped", "x", 55.5, "y", -20)),
                    object("op", "update", "id", ids.get(5), "set", object("z", -3)),
                    object("op", "update", "id", command, "set", object("props",
                            object("fields", object("f2", object("name", "amount", "type", "money", "at", 2))))),
                    object("op", "update", "id", arrow, "set", object("label", "leads to")));
            api.ops(board.id(), board.participant(), "prune", object("op", "delete", "id", ids.get(1)),
                    object("op", "update", "id", command, "set", object("props", object("fields", java.util.Collections.singletonMap("f1", null)))));
            control(board, "phase", "{\"action\":\"next\"}");
            control(board, "timer", "{\"action\":\"start\",\"seconds\":600}");
            control(board, "timer", "{\"action\":\"pause\"}");
            control(board, "freeze", "{\"frozen\":true}");
            control(board, "checkpoints", "{\"label\":\"Timeline agreed\"}");
            control(board, "summon", "{\"viewport\":{\"x\":0,\"y\":0,\"w\":800,\"h\":600}}");
            control(board, "coach", "{\"enabled\":false}");
            control(board, "freeze", "{\"frozen\":false}");
            control(board, "phase", "{\"action\":\"previous\"}");
            awaitDelivered(grace, board);

            try (WsClient late = WsClient.joinAsPerson(port, board.id(), board.observer(), "olga", "olga")) {
                assertThat(late.await("snapshot")).isEqualTo(read(board, late));
            }
            assertThat(walls.databaseReads()).as("joins that read the wall from the database").isEqualTo(reads);

            // a voting round: everyone's counts in the copy, each person's own dots read for them
            control(board, "voting", "{\"action\":\"open\",\"votesPerPerson\":3}");
            vote(board, board.participant(), ids.get(6));
            vote(board, board.participant(), ids.get(6));
            vote(board, board.facilitator(), ids.get(7));
            awaitDelivered(grace, board);
            try (WsClient carol = WsClient.joinAsPerson(port, board.id(), board.participant(), "carol", "carol")) {
                assertThat(carol.await("snapshot")).isEqualTo(read(board, carol));
            }
            assertThat(walls.databaseReads()).isEqualTo(reads);

            // a sticky deleted while the dots are hidden may take some with it: the copy can't tell, the wall is read
            api.ops(board.id(), board.facilitator(), "drop-voted", object("op", "delete", "id", ids.get(6)));
            awaitDelivered(grace, board);
            try (WsClient dave = WsClient.joinAsPerson(port, board.id(), board.participant(), "dave", "dave")) {
                assertThat(dave.await("snapshot")).isEqualTo(read(board, dave));
            }
            assertThat(walls.databaseReads()).isEqualTo(reads + 1);

            control(board, "voting", "{\"action\":\"reveal\"}");
            api.ops(board.id(), board.facilitator(), "drop-unvoted", object("op", "delete", "id", ids.get(8)));
            control(board, "voting", "{\"action\":\"close\"}");
            awaitDelivered(grace, board);
            try (WsClient erin = WsClient.joinAsPerson(port, board.id(), board.observer(), "erin", "erin")) {
                assertThat(erin.await("snapshot")).isEqualTo(read(board, erin));
            }
            assertThat(walls.databaseReads()).as("a sticky without dots leaves the revealed counts as they are").isEqualTo(reads + 1);
        }
    }

    @Test
    void duringSilentWritingAJoinShowsAPersonTheirOwnUnseenStickiesAndNobodyElses() {
        Api.TestBoard board = api.createBoard("Kept wall, silent", "process-level");
        api.ops(board.id(), board.facilitator(), "fill", create(UUID.randomUUID().toString(), "event", "Order Placed", 0, 0));
        try (WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace")) {
            grace.await("snapshot");
            long reads = walls.databaseReads();
            control(board, "silent", "{\"on\":true}");
            String adas = UUID.randomUUID().toString();
            String bobs = UUID.randomUUID().toString();
            try (WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada", "ada");
                    WsClient bob = WsClient.joinAsPerson(port, board.id(), board.participant(), "bob", "bob")) {
                ada.send(object("type", "ops", "clientOpId", "a1", "ops", List.of(create(adas, "event", "Supplier Switched", 300, 0))));
                bob.send(object("type", "ops", "clientOpId", "b1", "ops", List.of(create(bobs, "event", "Parcel Lost", 300, 0))));
                ada.await(m -> "a1".equals(m.path("clientOpId").asString()), "Ada's batch");
                bob.await(m -> "b1".equals(m.path("clientOpId").asString()), "Bob's batch");
            }
            api.ops(board.id(), board.facilitator(), "shared", create(UUID.randomUUID().toString(), "event", "Invoice Sent", 600, 0));
            awaitDelivered(grace, board);

            try (WsClient adaBack = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-2", "ada");
                    WsClient carol = WsClient.joinAsPerson(port, board.id(), board.participant(), "carol", "carol")) {
                JsonNode hers = adaBack.await("snapshot");
                assertThat(hers.get("unseen").toString()).isEqualTo("[\"" + adas + "\"]");
                assertThat(hers.toString()).doesNotContain(bobs);
                assertThat(hers).isEqualTo(read(board, adaBack));
                JsonNode theirs = carol.await("snapshot");
                assertThat(theirs.toString()).doesNotContain(adas).doesNotContain(bobs);
                assertThat(theirs).isEqualTo(read(board, carol));
            }
            control(board, "silent", "{\"on\":false}");
            awaitDelivered(grace, board);
            try (WsClient dave = WsClient.joinAsPerson(port, board.id(), board.observer(), "dave", "dave")) {
                JsonNode revealed = dave.await("snapshot");
                assertThat(revealed.toString()).contains(adas).contains(bobs);
                assertThat(revealed).isEqualTo(read(board, dave));
            }
            assertThat(walls.databaseReads()).isEqualTo(reads);
        }
    }

    @Test
    void batchesCommittedOnAnotherNodeReachTheCopy() {
        Api.TestBoard board = api.createBoard("Kept wall, two nodes", "free");
        String sticky = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "fill", create(sticky, "event", "Order Placed", 0, 0));
        try (Node other = Node.onTestDatabase();
                WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace")) {
            grace.await("snapshot");
            long reads = walls.databaseReads();
            Api elsewhere = other.api();
            String added = UUID.randomUUID().toString();
            elsewhere.ops(board.id(), board.participant(), "b1", create(added, "command", "Place Order", 0, 200));
            elsewhere.ops(board.id(), board.participant(), "b2", object("op", "update", "id", sticky, "set", object("text", "Order Shipped")),
                    object("op", "create", "element", object("kind", "arrow", "from", added, "to", sticky)));
            elsewhere.post("/api/boards/" + board.id() + "/freeze", "{\"frozen\":true}", board.facilitator());
            awaitDelivered(grace, board);
            try (WsClient late = WsClient.joinAsPerson(port, board.id(), board.observer(), "olga", "olga")) {
                JsonNode snapshot = late.await("snapshot");
                assertThat(snapshot.toString()).contains("Order Shipped").contains(added);
                assertThat(snapshot).isEqualTo(read(board, late));
            }
            assertThat(walls.databaseReads()).isEqualTo(reads);
        }
    }

    @Test
    void theCopiesStayWithinTheirBoundAndAreSetAsideWithTheirRoom() {
        TestDatabase db = TestDatabase.get();
        try (Node small = Node.start("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--stormwall.collab.room-wall-elements=50")) {
            RoomWalls bound = small.context().getBean(RoomWalls.class);
            Wall itsWall = small.context().getBean(Wall.class);
            Messages itsMessages = small.context().getBean(Messages.class);
            Api there = small.api();
            Api.TestBoard first = filled(there, "Kept wall, first", 40);
            Api.TestBoard second = filled(there, "Kept wall, second", 20);
            try (WsClient onFirst = WsClient.joinAsPerson(small.port(), first.id(), first.facilitator(), "grace", "grace")) {
                onFirst.await("snapshot");
                assertThat(bound.held()).isEqualTo(40);
                try (WsClient onSecond = WsClient.joinAsPerson(small.port(), second.id(), second.facilitator(), "grace", "grace")) {
                    onSecond.await("snapshot");
                    assertThat(bound.held()).as("the second wall would pass the bound: its room keeps no copy").isEqualTo(40);
                    long reads = bound.databaseReads();
                    there.ops(second.id(), second.participant(), "more", create(UUID.randomUUID().toString(), "event", "Order Paid", 0, 900));
                    awaitDelivered(there, onSecond, second);
                    try (WsClient late = WsClient.joinAsPerson(small.port(), second.id(), second.observer(), "olga", "olga")) {
                        assertThat(late.await("snapshot")).isEqualTo(read(itsWall, itsMessages, second, late));
                    }
                    assertThat(bound.databaseReads()).isEqualTo(reads + 1);
                }
                // growing past the bound drops the copy (once the next join has it follow): that join reads the wall
                List<Object> ops = new ArrayList<>();
                for (int i = 0; i < 11; i++) {
                    ops.add(create(UUID.randomUUID().toString(), "event", "Order " + i + " Paid", i * 200, 900));
                }
                there.ops(first.id(), first.participant(), "grow", ops.toArray());
                awaitDelivered(there, onFirst, first);
                long reads = bound.databaseReads();
                try (WsClient late = WsClient.joinAsPerson(small.port(), first.id(), first.observer(), "olga", "olga")) {
                    assertThat(late.await("snapshot")).isEqualTo(read(itsWall, itsMessages, first, late));
                }
                assertThat(bound.databaseReads()).isEqualTo(reads + 1);
                assertThat(bound.held()).as("the copy past its bound").isZero();
            }
            Api.TestBoard third = filled(there, "Kept wall, third", 10);
            try (WsClient onThird = WsClient.joinAsPerson(small.port(), third.id(), third.facilitator(), "grace", "grace")) {
                onThird.await("snapshot");
                assertThat(bound.held()).isEqualTo(10);
            }
            await().atMost(WsClient.DEADLINE).untilAsserted(() -> assertThat(bound.setAsideCount()).as("the room emptied, its copy set aside").isEqualTo(1));
            assertThat(bound.held()).isEqualTo(10);
            long reads = bound.databaseReads();
            try (WsClient back = WsClient.joinAsPerson(small.port(), third.id(), third.observer(), "olga", "olga")) {
                assertThat(back.await("snapshot")).isEqualTo(read(itsWall, itsMessages, third, back));
            }
            assertThat(bound.databaseReads()).as("the board had not moved on: its next room took the copy back").isEqualTo(reads);
            await().atMost(WsClient.DEADLINE).untilAsserted(() -> assertThat(bound.setAsideCount()).isEqualTo(1));
            there.ops(third.id(), third.participant(), "meanwhile", create(UUID.randomUUID().toString(), "event", "Order Paid", 0, 900));
            try (WsClient later = WsClient.joinAsPerson(small.port(), third.id(), third.observer(), "olga", "olga")) {
                assertThat(later.await("snapshot")).isEqualTo(read(itsWall, itsMessages, third, later));
            }
            assertThat(bound.databaseReads()).as("a batch while nobody was there: the wall is read again").isEqualTo(reads + 1);
        }
    }

    private Api.TestBoard filled(Api api, String title, int stickies) {
        Api.TestBoard board = api.createBoard(title, "free");
        List<Object> ops = new ArrayList<>();
        for (int i = 0; i < stickies; i++) {
            ops.add(create(UUID.randomUUID().toString(), "event", "Order " + i + " Placed", i * 200, 0));
        }
        api.ops(board.id(), board.participant(), "fill", ops.toArray());
        return board;
    }

    private static JsonNode read(Wall wall, Messages messages, Api.TestBoard board, WsClient client) {
        return JSON.readTree(SharedSnapshot.write(messages, wall.snapshot(BoardId.parse(board.id()), new PersonId(client.personId()))));
    }

    /** The snapshot a fresh read of the database gives {@code client}'s person, as it would be sent. */
    private JsonNode read(Api.TestBoard board, WsClient client) {
        return read(wall, messages, board, client);
    }

    /** Until the room has delivered every batch the board has committed: the copy is at the board's seq. */
    private void awaitDelivered(WsClient holder, Api.TestBoard board) {
        awaitDelivered(api, holder, board);
    }

    private static void awaitDelivered(Api api, WsClient holder, Api.TestBoard board) {
        long seq = api.get("/api/boards/" + board.id() + "?elements=false", board.observer()).json().get("seq").asLong();
        holder.await(m -> "applied".equals(m.path("type").asString()) && m.get("seq").asLong() == seq, "the batch at seq " + seq);
    }

    private void control(Api.TestBoard board, String control, String body) {
        Api.Response answer = api.post("/api/boards/" + board.id() + "/" + control, body, board.facilitator());
        assertThat(answer.status()).as(control + " " + answer.body()).isBetween(200, 201);
    }

    private void vote(Api.TestBoard board, String token, String sticky) {
        assertThat(api.post("/api/boards/" + board.id() + "/votes", "{\"element\":\"" + sticky + "\"}", token).status()).isEqualTo(200);
    }

    private static Object create(String id, String kind, String text, int x, int y) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", x, "y", y));
    }
}
