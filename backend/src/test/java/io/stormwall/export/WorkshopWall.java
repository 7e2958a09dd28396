package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import java.util.Map;
import java.util.UUID;

/**
 * A small workshop wall built through the public API: a bounded context around an aggregate with an event, a
 * command joined to it by a labelled arrow, a long-running policy and an open hotspot; two phase changes, gating
 * lifted, the wall frozen at the end.
 */
final class WorkshopWall {

    static final String XSS = "<script>alert(1)</script>";

    final Api.TestBoard board;
    final String event = UUID.randomUUID().toString();
    final String command = UUID.randomUUID().toString();
    final String aggregate = UUID.randomUUID().toString();
    final String context = UUID.randomUUID().toString();
    final String policy = UUID.randomUUID().toString();
    final String hotspot = UUID.randomUUID().toString();
    final String arrow = UUID.randomUUID().toString();

    WorkshopWall(Api api, String title) {
        board = api.createBoard(title, "process-level");
        ok(api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", board.facilitator()));
        ok(api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", board.facilitator()));
        ok(api.post("/api/boards/" + board.id() + "/gating", "{\"lifted\":true}", board.facilitator()));
        ok(api.ops(board.id(), board.participant(), "wall-1",
                create(context, "boundary", "Billing", -500, -300, object("w", 1200, "h", 900)),
                create(aggregate, "aggregate", "Subscription", -100, -100, object()),
                create(event, "event", XSS, 0, 0, object()),
                create(command, "command", "=HYPERLINK(\"http://evil\"), \"quoted\"\nsecond line", -400, 0, object()),
                create(policy, "policy", "+Renew when due", 300, 400, object("props", object("mode", "long-running"))),
                create(hotspot, "hotspot", "@Who decides?", 2000, 2000,
                        object("props", object("status", "open", "owner", "-Grace"))),
                object("op", "create", "element",
                        object("id", arrow, "kind", "arrow", "from", command, "to", event, "label", "results in"))));
        ok(api.post("/api/boards/" + board.id() + "/freeze", "{\"frozen\":true}", board.facilitator()));
    }

    private static Map<String, Object> create(String id, String kind, String text, double x, double y, Map<String, Object> more) {
        Map<String, Object> element = object("id", id, "kind", kind, "text", text, "x", x, "y", y);
        element.putAll(more);
        return object("op", "create", "element", element);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
