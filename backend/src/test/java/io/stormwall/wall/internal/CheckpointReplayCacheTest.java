package io.stormwall.wall.internal;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.board.BoardId;
import io.stormwall.board.Boards;
import io.stormwall.format.FormatCatalog;
import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.wall.Checkpoint;
import io.stormwall.wall.Element;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wall at a checkpoint read through the walls this node keeps, each going on from the nearest earlier one, is the
 * wall the whole log replayed from the board's first wall gives, whatever order the checkpoints are opened in.
 */
@StormwallTest
class CheckpointReplayCacheTest {

    @LocalServerPort
    private int port;

    @Autowired
    private CheckpointService checkpoints;
    @Autowired
    private ReplayCache kept;
    @Autowired
    private BoardOrder order;
    @Autowired
    private OpLog log;
    @Autowired
    private Boards boards;
    @Autowired
    private FormatCatalog formats;
    @Autowired
    private PhaseHistory history;
    @Autowired
    private Provenances provenances;
    @Autowired
    private Wall wall;
    @Autowired
    private JsonMapper json;

    @Test
    void everyCheckpointReadThroughKeptWallsIsTheWholeLogReplayed() {
        Api api = new Api(port);
        Api.TestBoard source = api.createBoard("Kept walls", "process-level");
        String placed = id(), paid = id();
        ok(api.ops(source.id(), source.participant(), "s1", create(placed, "event", "Order Placed", 0, 0),
                create(paid, "event", "Payment Taken", 200, 0)));
        // an imported board, so the replay starts from a first wall that is not empty
        JsonNode imported = api.post("/api/boards/import", api.get("/api/boards/" + source.id() + "/export.json", source.observer()).body()).json();
        String board = imported.get("id").asString();
        String lead = imported.get("tokens").get("facilitator").asString();
        String ada = imported.get("tokens").get("participant").asString();

        ok(api.post("/api/boards/" + board + "/gating", "{\"lifted\":true}", lead));
        String place = id(), shipped = id(), arrow = id();
        ok(api.ops(board, ada, "a1", create(place, "command", "Place Order", -200, 0), create(shipped, "event", "Order Shiped", 400, 0)));
        ok(api.ops(board, ada, "a2", object("op", "create", "element", object("id", arrow, "kind", "arrow", "from", place, "to", placed))));
        checkpoint(api, board, lead, "Arrow drawn");
        ok(api.ops(board, ada, "a3", update(shipped, object("text", "Order Shipped")), update(placed, object("x", 50, "y", 120)),
                update(paid, object("props", object("fields", object("f1", object("name", "amount", "type", "money", "at", 1)))))));
        ok(api.post("/api/boards/" + board + "/phase", "{\"action\":\"next\"}", lead));
        ok(api.ops(board, ada, "a4", object("op", "delete", "id", place),
                update(paid, object("props", object("fields", object("f2", object("name", "paidAt", "type", "date", "at", 2)))))));
        checkpoint(api, board, lead, "Command gone");
        ok(api.post("/api/boards/" + board + "/phase", "{\"action\":\"next\"}", lead));
        ok(api.ops(board, ada, "a5", update(paid, object("props", object("fields", Collections.singletonMap("f1", null)), "z", 7)),
                create(id(), "hotspot", "Refunds?", 0, 300)));
        ok(api.post("/api/boards/" + board + "/phase", "{\"action\":\"previous\"}", lead));
        checkpoint(api, board, lead, "Back a phase");
        ok(api.ops(board, ada, "a6", object("op", "delete", "id", paid)));

        BoardId id = BoardId.parse(board);
        List<Long> seqs = checkpoints.list(id).stream().map(Checkpoint::seq).toList();
        assertThat(seqs).as("three taken by hand, three phase changes").hasSize(6);
        CheckpointService wholeLog = new CheckpointService(order, log, boards, formats, history, provenances, wall, json, holding(0));
        // oldest first, each going on from the one before; then newest first, each kept; then again
        long last = seqs.get(seqs.size() - 1);
        List<Long> newestFirst = new ArrayList<>(seqs);
        Collections.reverse(newestFirst);
        List<Long> reads = new ArrayList<>(seqs);
        reads.addAll(newestFirst);
        reads.addAll(seqs);
        for (long seq : reads) {
            assertThat(checkpoints.wallAt(id, seq)).as("the wall at " + seq).isEqualTo(wholeLog.wallAt(id, seq));
        }
        assertThat(kept.nearest(id, last)).as("the last wall is kept").hasValueSatisfying(k -> assertThat(k.seq()).isEqualTo(last));

        // and the walls are the ones the workshop saw
        WallSnapshot drawn = checkpoints.wallAt(id, seqs.get(0));
        assertThat(ids(drawn)).containsExactlyInAnyOrder(placed, paid, place, shipped, arrow);
        WallSnapshot gone = checkpoints.wallAt(id, seqs.get(2));
        assertThat(ids(gone)).as("the arrow went with its end").containsExactlyInAnyOrder(placed, paid, shipped);
        assertThat(element(gone, shipped).text()).isEqualTo("Order Shipped");
        assertThat(element(gone, paid).props().get("fields").propertyNames()).containsExactlyInAnyOrder("f1", "f2");
        WallSnapshot back = checkpoints.wallAt(id, last);
        assertThat(back.board().phase().index()).isEqualTo(2);
        assertThat(element(back, paid).props().get("fields").propertyNames()).containsExactly("f2");
        assertThat(element(back, paid).z()).isEqualTo(7);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    private static void checkpoint(Api api, String board, String lead, String label) {
        ok(api.post("/api/boards/" + board + "/checkpoints", "{\"label\":\"" + label + "\"}", lead));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Map<String, Object> create(String id, String kind, String text, double x, double y) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", x, "y", y));
    }

    private static Map<String, Object> update(String id, Object set) {
        return object("op", "update", "id", id, "set", set);
    }

    private static List<String> ids(WallSnapshot snapshot) {
        return snapshot.elements().stream().map(e -> e.id().toString()).toList();
    }

    private static Element element(WallSnapshot snapshot, String id) {
        return snapshot.elements().stream().filter(e -> e.id().toString().equals(id)).findFirst().orElseThrow();
    }

    /** A cache that keeps walls weighing {@code elements} at most. */
    private static ReplayCache holding(long elements) {
        return new ReplayCache(new WallProperties(10_000, elements));
    }
}
