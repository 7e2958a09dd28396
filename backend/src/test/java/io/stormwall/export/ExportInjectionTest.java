package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contextmapper.dsl.contextMappingDSL.Aggregate;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.contextmapper.dsl.contextMappingDSL.BoundedContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Sticky text that looks like markup, links, diagram statements or code comes out of every written export as text. */
@StormwallTest
class ExportInjectionTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";
    static final String LINK = "[x](javascript:alert(1))";
    static final String TABLE = "| a | b |";
    static final String FENCE = "```\nline two";
    static final String CLICK = "\"]; click A call alert()";
    static final String DIRECTIVE = "%%{init: {\"securityLevel\": \"loose\"}}%%";
    static final String QUOTES = "Say \"hi\" & 'bye' \\ #quot;";

    private static final List<Extension> TABLES = List.of(TablesExtension.create());

    private final Api api;

    ExportInjectionTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    /** A context and aggregate holding a chain whose every sticky carries one of the hostile texts. */
    private Api.TestBoard hostileWall() {
        Api.TestBoard board = api.createBoard("<b>Hostile</b> | wall", "free");
        List<Map<String, Object>> ops = new ArrayList<>();
        create(ops, "boundary", SCRIPT, 0, 0, 1600, 900, null);
        create(ops, "aggregate", CLICK, 40, 40, 1400, 400, null);
        String actor = create(ops, "actor", IMAGE, 60, 100, 120, 60, null);
        String command = create(ops, "command", LINK, 220, 100, 160, 120, null);
        String event = create(ops, "event", FENCE, 420, 100, 160, 120, null);
        String policy = create(ops, "policy", TABLE, 620, 100, 160, 120, object("mode", "long-running"));
        String next = create(ops, "command", DIRECTIVE, 820, 100, 160, 120, null);
        String last = create(ops, "event", QUOTES, 1020, 100, 160, 120, null);
        create(ops, "hotspot", QUOTES, 1220, 100, 160, 120, object("status", "open", "owner", SCRIPT));
        for (String[] arrow : new String[][] {{actor, command}, {command, event}, {event, policy}, {policy, next}, {next, last}}) {
            ops.add(object("op", "create", "element", object("kind", "arrow", "from", arrow[0], "to", arrow[1])));
        }
        Api.Response sent = api.ops(board.id(), board.participant(), "hostile", ops.toArray());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return board;
    }

    @Test
    void markdownShowsHostileTextAsText() {
        Api.TestBoard board = hostileWall();
        String report = api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body();

        assertThat(report).startsWith("# Workshop report: &lt;b&gt;Hostile&lt;/b&gt; \\| wall\n");
        assertThat(report).contains("### Bounded context: &lt;script&gt;alert(1)&lt;/script&gt;\n");
        assertThat(report).contains("#### Aggregate: \"\\]; click A call alert()\n");
        assertThat(report).contains("| \\[x\\](javascript:alert(1)) | &lt;img src=x onerror=alert(1)&gt; (actor) | \"\\]; click A call alert() | \\`\\`\\` line two |");
        assertThat(report).contains("| \\| a \\| b \\| | \\`\\`\\` line two | " + DIRECTIVE + " | — | **long-running** |");
        assertThat(report).contains("| Say \"hi\" &amp; 'bye' \\\\ \\#quot; | open | &lt;script&gt;alert(1)&lt;/script&gt; | bounded context &lt;script&gt;alert(1)&lt;/script&gt;, aggregate \"\\]; click A call alert() |");

        String html = HtmlRenderer.builder().extensions(TABLES).build()
                .render(Parser.builder().extensions(TABLES).build().parse(report));
        assertThat(html).doesNotContain("<script", "<img", "<a ", "<b>", "<em>", "<strong>Hostile")
                .contains("<h3>Bounded context: &lt;script&gt;alert(1)&lt;/script&gt;</h3>",
                        "<td>[x](javascript:alert(1))</td>", "<td>| a | b |</td>", "<td>``` line two</td>")
                .containsOnlyOnce("<pre><code");
        assertThat(html.split("<tr>")).allSatisfy(row -> assertThat(row.split("<t[dh]>").length - 1).isIn(0, 2, 4, 5, 6));

        String outsideDiagram = report.replaceAll("(?s)```mermaid\n.*?```\n", "");
        assertThat(outsideDiagram).doesNotContain("<script", "<img", "```", "<b>").doesNotContainPattern("(?<!\\\\)\\]\\(");
        assertThat(tables(outsideDiagram)).isNotEmpty().allSatisfy(table -> assertThat(table.stream()
                .map(row -> row.replace("\\|", "").chars().filter(c -> c == '|').count()).distinct()).as(table.toString()).hasSize(1));
    }

    @Test
    void hostileFieldsAndScenariosStayTextInTheReportAndThePhoto() {
        Api.TestBoard board = api.createBoard("Fields", "free");
        List<Map<String, Object>> ops = new ArrayList<>();
        Map<String, Object> fields = object("a", object("name", SCRIPT, "type", LINK, "at", 1),
                "b", object("name", TABLE, "type", IMAGE, "at", 2));
        String command = create(ops, "command", "Place Order", 0, 0, 160, 120, object("fields", fields,
                "scenarios", object("s", object("title", FENCE, "given", List.of(SCRIPT), "then", List.of(TABLE), "at", 1))));
        String event = create(ops, "event", "Order Placed", 200, 0, 160, 120, object("fields", fields));
        ops.add(object("op", "create", "element", object("kind", "arrow", "from", command, "to", event)));
        Api.Response sent = api.ops(board.id(), board.participant(), "fields", ops.toArray());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        String report = api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body();
        assertThat(report).contains("- Order Placed (&lt;script&gt;alert(1)&lt;/script&gt;: \\[x\\](javascript:alert(1)), "
                + "\\| a \\| b \\|: &lt;img src=x onerror=alert(1)&gt;)");
        String html = HtmlRenderer.builder().extensions(TABLES).build()
                .render(Parser.builder().extensions(TABLES).build().parse(report));
        assertThat(html).doesNotContain("<script", "<img", "<a ", "<em>\\`").containsOnlyOnce("<pre><code");
        assertThat(html.split("<tr>")).allSatisfy(row -> assertThat(row.split("<t[dh]>").length - 1).isIn(0, 2, 3, 4, 5, 6));

        String svg = api.get("/api/boards/" + board.id() + "/export.svg", board.observer()).body();
        assertThat(svg).doesNotContain("<script", "<img");
    }

    @Test
    void mermaidLabelsCannotEndTheirStringOrCarryMarkup() throws Exception {
        Api.TestBoard board = hostileWall();
        String chart = api.get("/api/boards/" + board.id() + "/export.mmd", board.observer()).body();

        assertThat(chart).contains(
                "  A1([\"#60;img src=x onerror=alert(1)#62;\"])\n",
                "  C1[\"[x](javascript:alert(1))\"]\n",
                "  C2[\"#37;#37;{init: {#quot;securityLevel#quot;: #quot;loose#quot;}}#37;#37;\"]\n",
                "  E1[\"#96;#96;#96; line two\"]\n",
                "  E2[\"Say #quot;hi#quot; #38; 'bye' \\ #35;quot;\"]\n",
                "  P1{{\"| a | b |\"}}\n");
        assertThat(chart.lines()).noneMatch(l -> l.strip().startsWith("click") || l.strip().startsWith("%%"));

        JsonNode parsed = MermaidCheck.parse(chart).get(0);
        assertThat(parsed.get("ok").asBoolean()).as(parsed.toString()).isTrue();
        assertThat(parsed.get("clicks").asInt()).isZero();
        assertThat(parsed.get("nodes")).extracting(n -> n.get("id").asString()).containsExactly("A1", "C1", "C2", "E1", "E2", "P1");
    }

    @Test
    void contextMapperKeepsHostileTextAsEscapedStrings() {
        Api.TestBoard board = hostileWall();
        String cml = api.get("/api/boards/" + board.id() + "/export.cml", board.observer()).body();

        assertThat(cml).contains(
                "// Context Mapper model of the Stormwall board <b>Hostile</b> | wall\n",
                "// Bounded context on the wall: <script>alert(1)</script>\nBoundedContext ScriptAlert1Script {\n"
                        + "  // Policy | a | b |: when LineTwo then InitSecurityLevelLoose\n",
                "  \"\\\"]; click A call alert()\"\n  Aggregate ClickACallAlert {\n",
                "    \"```\\nline two\"\n    DomainEvent LineTwo\n",
                "    \"Say \\\"hi\\\" & 'bye' \\\\ #quot;\"\n    DomainEvent SayHiByeQuot\n",
                "    \"%%{init: {\\\"securityLevel\\\": \\\"loose\\\"}}%%\"\n    Command InitSecurityLevelLoose\n");

        ContextMapperCheck.Parsed parsed = ContextMapperCheck.parse(cml);
        assertThat(parsed.errors()).as(cml).isEmpty();
        BoundedContext context = parsed.model().getBoundedContexts().get(0);
        Aggregate aggregate = context.getAggregates().get(0);
        assertThat(aggregate.getDoc()).isEqualTo(CLICK);
        assertThat(aggregate.getDomainObjects()).extracting(o -> o.getDoc())
                .containsExactlyInAnyOrder(LINK, DIRECTIVE, FENCE, QUOTES);
    }

    /** Each table of the report as its rows; a cell's text can't add a column when its pipes are escaped. */
    private static List<List<String>> tables(String markdown) {
        List<List<String>> tables = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("|")) {
                current.add(line);
            } else if (!current.isEmpty()) {
                tables.add(current);
                current = new ArrayList<>();
            }
        }
        return tables;
    }

    private static String create(List<Map<String, Object>> ops, String kind, String text, int x, int y, int w, int h, Map<String, Object> props) {
        String id = UUID.randomUUID().toString();
        ops.add(object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", x, "y", y, "w", w, "h", h, "props", props)));
        return id;
    }
}
