package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hotspot review: a hotspot's theme, status and owner are props like any other (held to the schema, merged per
 * prop, kept through JSON export and import), and the wrap-up's owner list comes out as Markdown and CSV that stay
 * text whatever people typed.
 */
@StormwallTest
class HotspotReviewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;

    HotspotReviewTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    @Test
    void aHotspotsThemeStatusAndOwnerAreHeldToTheSchemaAndMergedPerProp() {
        Api.TestBoard board = api.createBoard("Review props", "free");
        String id = UUID.randomUUID().toString();
        assertThat(api.ops(board.id(), board.participant(), "c1", object("op", "create", "element", object("id", id,
                "kind", "hotspot", "text", "Who may cancel?", "props", object("theme", "invariant", "status", "in-progress")))).status())
                .isEqualTo(200);
        // two people editing two props of one hotspot both keep theirs
        assertThat(api.ops(board.id(), board.participant(), "c2", object("op", "update", "id", id, "set",
                object("props", object("owner", "Grace")))).status()).isEqualTo(200);
        assertThat(api.ops(board.id(), board.facilitator(), "c3", object("op", "update", "id", id, "set",
                object("props", object("theme", "api")))).status()).isEqualTo(200);
        JsonNode props = hotspot(board, id).get("props");
        assertThat(props.get("theme").asString()).isEqualTo("api");
        assertThat(props.get("status").asString()).isEqualTo("in-progress");
        assertThat(props.get("owner").asString()).isEqualTo("Grace");

        refused(board, "c4", object("op", "update", "id", id, "set", object("props", object("theme", "weather"))), "ops[0].set.props.theme");
        refused(board, "c5", object("op", "create", "element", object("kind", "event", "text", "Order Placed",
                "props", object("theme", "api"))), "ops[0].element.props.theme");
        refused(board, "c6", object("op", "update", "id", id, "set", object("props", object("status", "done"))), "ops[0].set.props.status");
        assertThat(hotspot(board, id).get("props")).isEqualTo(props);

        assertThat(api.ops(board.id(), board.participant(), "c7", object("op", "update", "id", id, "set",
                object("props", java.util.Collections.singletonMap("theme", null)))).status()).isEqualTo(200);
        assertThat(hotspot(board, id).get("props").has("theme")).as("a null removes the prop").isFalse();
    }

    @Test
    void theThemeTravelsThroughJsonExportAndImport() {
        Api.TestBoard board = api.createBoard("Review file", "free");
        String id = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "c1", object("op", "create", "element", object("id", id, "kind", "hotspot",
                "text", "Which API does shipping call?", "props", object("theme", "integration", "status", "deferred", "owner", "Ada"))));
        String file = api.get("/api/boards/" + board.id() + "/export.json", board.observer()).body();
        Api.Response imported = api.post("/api/boards/import", file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode copy = imported.json();
        JsonNode props = api.get("/api/boards/" + copy.get("id").asString(), copy.get("tokens").get("observer").asString())
                .json().get("elements").get(0).get("props");
        assertThat(props.get("theme").asString()).isEqualTo("integration");
        assertThat(props.get("owner").asString()).isEqualTo("Ada");

        ObjectNode broken = (ObjectNode) JSON.readTree(file);
        ((ObjectNode) broken.get("elements").get(0).get("props")).put("theme", "weather");
        Api.Response refused = api.post("/api/boards/import", broken.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("elements[0].props.theme");
    }

    @Test
    void theOwnerListGroupsByOwnerWithTheContextAndStaysTextWhateverWasTyped() {
        Api.TestBoard board = api.createBoard("Owners | <b>wrap-up</b>", "free");
        String cancel = UUID.randomUUID().toString();
        String hostile = UUID.randomUUID().toString();
        String loose = UUID.randomUUID().toString();
        Api.Response made = api.ops(board.id(), board.facilitator(), "c1",
                object("op", "create", "element", object("kind", "boundary", "text", "Billing", "x", 0, "y", 0, "w", 800, "h", 500)),
                object("op", "create", "element", object("id", cancel, "kind", "hotspot", "text", "Who may cancel?",
                        "x", 100, "y", 100, "props", object("theme", "invariant", "status", "in-progress", "owner", "Grace"))),
                object("op", "create", "element", object("id", hostile, "kind", "hotspot", "text", "=HYPERLINK(\"http://x\") | <img src=x>\n# not a heading",
                        "x", 300, "y", 100, "props", object("theme", "api", "owner", "@Ada"))),
                object("op", "create", "element", object("id", loose, "kind", "hotspot", "text", "Refund rules?", "x", 2000, "y", 0)));
        assertThat(made.status()).as(made.body()).isEqualTo(200);

        Api.Response csv = api.get("/api/boards/" + board.id() + "/export.owners.csv", board.observer());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"owners-b-wrap-up-b.owners.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("owner,hotspot,theme,status,context,link");
        assertThat(lines).hasSize(4);
        // owners in order, the one without an owner last; a typed formula stays text
        assertThat(lines.get(1)).startsWith("'@Ada,\"'=HYPERLINK(\"\"http://x\"\") | <img src=x> # not a heading\",API to design,open,Billing,http")
                .endsWith("/b/" + board.id() + "#e=" + hostile);
        assertThat(lines.get(2)).startsWith("Grace,Who may cancel?,Unclear invariant,in progress,Billing,http");
        assertThat(lines.get(3)).startsWith(",Refund rules?,,open,,http").endsWith("#e=" + loose);

        Api.Response md = api.get("/api/boards/" + board.id() + "/export.owners.md", board.participant());
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.contentType()).isEqualToIgnoringCase("text/markdown;charset=UTF-8");
        String text = md.body();
        assertThat(text).startsWith("# Hotspot owners: Owners \\| &lt;b&gt;wrap-up&lt;/b&gt;\n\n3 hotspots, 1 without an owner.\n");
        assertThat(text).contains("\n## @Ada\n\n| Hotspot | Theme | Status | Context | Link |\n|---|---|---|---|---|\n"
                + "| \\=HYPERLINK(\"http://x\") \\| &lt;img src=x&gt; \\# not a heading | API to design | open | Billing | <");
        assertThat(text).contains("\n## Grace\n\n").contains("| Who may cancel? | Unclear invariant | in progress | Billing | <");
        assertThat(text).contains("\n## Without an owner\n\n").contains("| Refund rules? | — | open | — | <");
        assertThat(text.indexOf("## @Ada")).isLessThan(text.indexOf("## Grace"));
        assertThat(text.indexOf("## Grace")).isLessThan(text.indexOf("## Without an owner"));
        assertThat(text).doesNotContain("<img").doesNotContain("\n# not");

        assertThat(api.get("/api/boards/" + board.id() + "/export.owners.md").status()).isEqualTo(401);
        assertThat(api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body())
                .as("the report links the owner list").contains("/api/boards/" + board.id() + "/export.owners.md");
    }

    private JsonNode hotspot(Api.TestBoard board, String id) {
        for (JsonNode e : api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")) {
            if (e.get("id").asString().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private void refused(Api.TestBoard board, String clientOpId, Object op, String field) {
        Api.Response response = api.ops(board.id(), board.participant(), clientOpId, op);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }
}
