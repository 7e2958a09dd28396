package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static io.stormwall.support.SubscriptionWall.CHARGE_ON_CYCLE;
import static io.stormwall.support.SubscriptionWall.FULFILL_ON_PAYMENT;
import static io.stormwall.support.SubscriptionWall.GATEWAY_HOTSPOT;
import static io.stormwall.support.SubscriptionWall.PAUSE_AFTER_RETRIES;
import static io.stormwall.support.SubscriptionWall.RESUME_HOTSPOT;
import static io.stormwall.support.SubscriptionWall.RETENTION_HOTSPOT;
import static io.stormwall.support.SubscriptionWall.RETRY_FAILED_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import static io.stormwall.support.Json.object;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.SubscriptionWall;
import io.stormwall.support.WsClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The workshop report, its chain diagram and the Context Mapper model of the seeds' subscription wall. */
@StormwallTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportTest {

    private final Api api;
    private final int port;
    private SubscriptionWall wall;

    ReportExportTest(@LocalServerPort int port) {
        this.api = new Api(port);
        this.port = port;
    }

    @BeforeAll
    void buildTheWall() {
        wall = SubscriptionWall.build(api);
    }

    @Test
    void reportMapsEachCommandToItsAggregateEventsAndIssuers() {
        String report = export("md");

        assertThat(report).startsWith("# Workshop report: Subscription box\n")
                .contains("| Subscription box | Free | 1 of 1: Free modelling | ");
        assertThat(section(report, "2. Commands, aggregates and events")).contains(
                "| Command | Issued by | Aggregate | Results in |",
                "| Sign Up | Customer (actor) | Customer | Account Created |",
                "| Pause / Resume Subscription | Customer (actor) | Subscription | Subscription Paused, Subscription Resumed |",
                "| Suspend Subscription | Billing Job (actor), " + PAUSE_AFTER_RETRIES + " (policy) | Subscription | Subscription Suspended |",
                "| Cancel Subscription | Customer (actor), Support Agent (actor) | Subscription | Subscription Cancelled |",
                "| Bill Period | Scheduler (actor) | Billing | Invoice Raised, Payment Captured |",
                // both arrows of this row were drawn from the event back to the command
                "| Issue Refund | Support Agent (actor) | Billing | Refund Issued |",
                "| Record Usage | Client App (externalSystem) | Access | Usage Recorded |",
                "| Request Shipment | " + FULFILL_ON_PAYMENT + " (policy) | Shipment | Shipment Requested |",
                "| Raise / Resolve Ticket | Customer (actor) | Support | Ticket Raised, Ticket Resolved |");
        assertThat(rows(section(report, "2. Commands, aggregates and events"))).hasSize(2 + 17);
    }

    @Test
    void reportCataloguesEventsByContextAndAggregate() {
        String catalog = section(export("md"), "1. Event catalog");

        assertThat(catalog).contains("### Bounded context: Billing\n\n#### Aggregate: Billing\n\n- Invoice Raised\n- Payment Captured\n"
                + "- Payment Failed\n- Refund Issued\n- Payment Retry Failed\n");
        assertThat(catalog).contains("### Bounded context: Fulfillment\n\n#### Aggregate: Shipment\n\n- Shipment Requested\n");
        assertThat(catalog).doesNotContain("Outside any");
    }

    @Test
    void reportDefinesTheFourPoliciesAndTheReadModels() {
        String policies = section(export("md"), "3. Policies");

        assertThat(policies).contains(
                "| " + CHARGE_ON_CYCLE + " | Invoice Raised | Capture Payment | — | reactive |",
                "| " + RETRY_FAILED_PAYMENT + " | Payment Failed | Retry Payment | — | **long-running** |",
                "| " + PAUSE_AFTER_RETRIES + " | Payment Retry Failed | Suspend Subscription | — | reactive |",
                // drawn backwards on the wall: policy → event and command → policy
                "| " + FULFILL_ON_PAYMENT + " | Payment Captured | Request Shipment | — | reactive |",
                "| My Subscription | Subscription Activated, Subscription Paused, Subscription Cancelled, Subscription Resumed | Customer |",
                "| Failed Payments Dashboard | Subscription Suspended, Payment Failed, Payment Retry Failed | — |",
                "| Shipment Queue | Shipment Requested | — |");
    }

    @Test
    void contextMapCountsCommandsAndEventsCrossingBetweenContexts() {
        String map = section(export("md"), "5. Bounded context map");

        assertThat(map).contains("| Subscriptions | Subscription |", "| Fulfillment | Shipment |");
        assertThat(rows(map.substring(map.indexOf("| From |")))).containsExactly(
                "| From | To | Commands | Events | What crosses |",
                "|---|---|---|---|---|",
                "| Subscriptions | Billing | 0 | 1 | Subscription Suspended (event) |",
                "| Billing | Subscriptions | 0 | 1 | Payment Retry Failed (event) |",
                "| Billing | Fulfillment | 0 | 1 | Payment Captured (event) |",
                "| Support | Subscriptions | 1 | 0 | Cancel Subscription (command) |",
                "| Support | Billing | 1 | 0 | Issue Refund (command) |");
        assertThat(map).contains("In all, 2 commands and 3 events cross between bounded contexts.");
    }

    @Test
    void hotspotsSayWhereTheySit() {
        assertThat(section(export("md"), "7. Hotspots")).contains(
                "| " + RESUME_HOTSPOT + " | deferred | Grace | bounded context Subscriptions, aggregate Subscription |",
                "| " + GATEWAY_HOTSPOT + " | open | Billing team | bounded context Billing, aggregate Billing |",
                "| " + RETENTION_HOTSPOT + " | open | — | near event Payment Retry Failed |");
    }

    @Test
    void externalSystemsShowTheirOwnershipAndAntiCorruptionLayer() {
        assertThat(section(export("md"), "6. External systems")).isEqualTo(
                "| External system | Ownership | Anti-corruption layer | Bounded context | Issues | Reports |\n"
                        + "|---|---|---|---|---|---|\n"
                        + "| Client App | internal | no | Access | Record Usage | — |\n");

        Api.TestBoard board = api.createBoard("Gateways", "free");
        String gateway = UUID.randomUUID().toString();
        String failed = UUID.randomUUID().toString();
        Api.Response sent = api.ops(board.id(), board.participant(), "gateways",
                object("op", "create", "element", object("kind", "boundary", "text", "Billing", "x", 0, "y", 0, "w", 800, "h", 600)),
                object("op", "create", "element", object("id", failed, "kind", "event", "text", "Payment Failed", "x", 100, "y", 100)),
                object("op", "create", "element", object("id", gateway, "kind", "externalSystem", "text", "Payment | Gateway",
                        "x", 1000, "y", 100, "props", object("ownership", "external", "acl", true))),
                object("op", "create", "element", object("kind", "externalSystem", "text", "Mail Relay", "x", 1000, "y", 400)),
                object("op", "create", "element", object("kind", "arrow", "from", gateway, "to", failed)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        String report = api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body();

        assertThat(rows(section(report, "6. External systems"))).containsExactly(
                "| External system | Ownership | Anti-corruption layer | Bounded context | Issues | Reports |",
                "|---|---|---|---|---|---|",
                "| Payment \\| Gateway | external | yes | — | — | Payment Failed |",
                // nobody has said yet
                "| Mail Relay | — | — | — | — | — |");
    }

    @Test
    void participantsAreEveryoneWhoEditedOrSteered() {
        assertThat(section(export("md"), "9. Participants")).isEqualTo("- participant (API)\n");
    }

    @Test
    void participantsAreEveryoneWhoJoinedByTheirNameAndRole() {
        Api.TestBoard board = api.createBoard("Who came", "process-level");
        try (WsClient ada = WsClient.join(port, board.id(), board.facilitator(), "Ada", null);
                WsClient grace = WsClient.join(port, board.id(), board.participant(), "Grace", null);
                WsClient olga = WsClient.join(port, board.id(), board.observer(), "Olga", null);
                // the facilitator's second tab, opened on the participants' link
                WsClient adaAgain = WsClient.join(port, board.id(), board.participant(), "Ada", null);
                WsClient nameless = WsClient.connect(port)) {
            nameless.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.participant(),
                    "clientId", WsClient.secret("nameless")));
            nameless.awaitWelcome();
        }
        // Grace comes back: joining again under the same name and role lists her once
        try (WsClient grace = WsClient.join(port, board.id(), board.participant(), "Grace", null)) {
            assertThat(grace.welcome().get("type").asString()).isEqualTo("welcome");
        }
        // a script writing through the API joins nothing, yet its name is on the wall
        Api.Response sent = api.ops(board.id(), board.participant(), "script",
                object("op", "create", "element", object("kind", "event", "text", "Box Shipped", "x", 0, "y", 0)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        String report = api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body();

        assertThat(section(report, "9. Participants")).isEqualTo(
                "- Ada (facilitator, participant)\n- Grace (participant)\n- Olga (observer)\n- participant (API)\n");
        // nobody joined this one: its section says who wrote on it, without a role
        assertThat(section(export("md"), "9. Participants")).isEqualTo("- participant (API)\n");
    }

    @Test
    void chainDiagramIsTheSameInTheReportAndAlone() throws Exception {
        String alone = export("mmd");
        String report = export("md");
        Matcher block = Pattern.compile("```mermaid\n(.*?)```\n", Pattern.DOTALL).matcher(report);
        assertThat(block.find()).isTrue();
        assertThat(block.group(1)).isEqualTo(alone);

        assertThat(alone).startsWith("flowchart LR\n").contains(
                "  A11([\"Scheduler\"])\n", "  C11[\"Bill Period\"]\n", "  A11 --> C11\n", "  C11 --> E9\n", "  C11 --> E10\n",
                "  E9[\"Invoice Raised\"]\n", "  P2{{\"" + CHARGE_ON_CYCLE + "\"}}\n", "  E9 --> P2\n", "  P2 --> C10\n",
                "  X1[[\"Client App\"]]\n", "  X1 --> C15\n");

        List<JsonNode> parsed = MermaidCheck.parse(alone, block.group(1));
        for (JsonNode diagram : parsed) {
            assertThat(diagram.get("ok").asBoolean()).as(diagram.toString()).isTrue();
            assertThat(diagram.get("type").asString()).startsWith("flowchart");
            assertThat(diagram.get("nodes")).hasSize(16 + 1 + 17 + 19 + 4);
            assertThat(diagram.get("edges").asInt()).isEqualTo(46);
        }
    }

    @Test
    void contextMapperReadsTheModelWithItsOwnParser() {
        String cml = export("cml");
        assertThat(cml).contains(
                "  contains CustomerIdentity, Subscriptions, Billing, Access, Fulfillment, Support\n",
                "  Subscriptions [U]->[D] Support // 1 command and 0 events crossing\n",
                "  Billing [U]->[D] Support // 1 command and 0 events crossing\n",
                "  Subscriptions [P]<->[P] Billing // 0 commands and 2 events crossing both ways\n",
                "  Billing [U]->[D] Fulfillment // 0 commands and 1 event crossing\n",
                "BoundedContext Fulfillment {\n  // Policy " + FULFILL_ON_PAYMENT + ": when PaymentCaptured then RequestShipment\n  \"Shipment\"\n  Aggregate Shipment {\n    \"Request Shipment\"\n    Command RequestShipment\n"
                        + "    \"Shipment Requested\"\n    DomainEvent ShipmentRequested\n  }\n}\n");

        ContextMapperCheck.Parsed parsed = ContextMapperCheck.parse(cml);
        assertThat(parsed.errors()).as(cml).isEmpty();
        assertThat(parsed.model().getBoundedContexts()).extracting(c -> c.getName())
                .containsExactly("CustomerIdentity", "Subscriptions", "Billing", "Access", "Fulfillment", "Support");
        assertThat(parsed.model().getMap().getRelationships()).hasSize(4);
        var billing = parsed.model().getBoundedContexts().get(2).getAggregates().get(0);
        assertThat(billing.getDomainObjects()).extracting(o -> o.getName() + "=" + o.getDoc()).contains(
                "RetryPayment=Retry Payment", "PaymentRetryFailed=Payment Retry Failed");
    }

    @Test
    void exportsAreAttachmentsInTheirOwnTypes() throws IOException, InterruptedException {
        for (String[] expected : new String[][] {
                {"md", "text/markdown;charset=UTF-8"}, {"mmd", "text/vnd.mermaid;charset=UTF-8"}, {"cml", "text/plain;charset=UTF-8"}}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/boards/" + wall.board.id() + "/export." + expected[0]))
                    .header("Authorization", "Bearer " + wall.board.participant()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(expected[1]);
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment; filename=\"subscription-box." + expected[0] + "\"");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void everyRoleMayExportButOnlyWithAToken() {
        for (String ext : List.of("md", "mmd", "cml")) {
            String path = "/api/boards/" + wall.board.id() + "/export." + ext;
            assertThat(api.get(path, wall.board.observer()).status()).isEqualTo(200);
            assertThat(api.get(path, wall.board.facilitator()).status()).isEqualTo(200);
            Api.Response anonymous = api.get(path);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("code").asString()).isEqualTo("TOKEN_REQUIRED");
            Api.Response wrong = api.get(path, "not-the-token");
            assertThat(wrong.status()).isEqualTo(404);
            assertThat(wrong.json().get("code").asString()).isEqualTo("BOARD_NOT_FOUND");
        }
    }

    @Test
    void phaseHistoryShowsPlannedAgainstActualTime() {
        Api.TestBoard board = api.createBoard("Phased", "process-level");
        assertThat(api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", board.facilitator()).status()).isEqualTo(200);
        assertThat(api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", board.facilitator()).status()).isEqualTo(200);

        String report = api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body();

        List<String> history = rows(section(report, "8. Phase history"));
        assertThat(history).hasSize(5);
        assertThat(history.get(0)).isEqualTo("| # | Phase | Entered | By | Planned | Actual |");
        assertThat(history.get(2)).matches("\\| 1 \\| Chaotic exploration \\| \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\| \\(board created\\) \\| 25 min \\| \\d+ s \\|");
        assertThat(history.get(3)).matches("\\| 2 \\| Timeline ordering \\| .* UTC \\| facilitator \\(API\\) \\| 20 min \\| \\d+ s \\|");
        assertThat(history.get(4)).matches("\\| 3 \\| Commands and actors \\| .* UTC \\| facilitator \\(API\\) \\| 20 min \\| \\d+ s so far \\|");
        assertThat(section(report, "9. Participants")).isEqualTo("- facilitator (API)\n");
        assertThat(section(report, "1. Event catalog")).isEqualTo("No events on the wall yet.\n");
        assertThat(section(report, "2. Commands, aggregates and events")).isEqualTo("No commands on the wall yet.\n");
        assertThat(section(report, "3. Policies")).isEqualTo("No policies on the wall yet.\n");
        assertThat(section(report, "5. Bounded context map")).isEqualTo("No bounded contexts on the wall yet.\n");
        assertThat(section(report, "7. Hotspots")).isEqualTo("No hotspots on the wall.\n");
        assertThat(section(report, "6. External systems")).isEqualTo("No external systems on the wall.\n");
    }

    @Test
    void stickiesOutsideContextsAndCardsAreReadFromTheirArrows() {
        Api.TestBoard board = api.createBoard("Loose", "free");
        String order = UUID.randomUUID().toString();
        String place = UUID.randomUUID().toString();
        String placed = UUID.randomUUID().toString();
        String stray = UUID.randomUUID().toString();
        Api.Response sent = api.ops(board.id(), board.participant(), "loose",
                object("op", "create", "element", object("id", order, "kind", "aggregate", "text", "Order", "x", 0, "y", 0)),
                object("op", "create", "element", object("id", place, "kind", "command", "text", "Place Order", "x", 0, "y", 400)),
                object("op", "create", "element", object("id", placed, "kind", "event", "text", "Order Placed", "x", 400, "y", 400)),
                object("op", "create", "element", object("id", stray, "kind", "event", "text", "Stray Event", "x", 900, "y", 900)),
                object("op", "create", "element", object("kind", "arrow", "from", order, "to", place)),
                object("op", "create", "element", object("kind", "arrow", "from", order, "to", placed)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        String report = api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body();

        assertThat(section(report, "1. Event catalog")).isEqualTo("### Outside any bounded context\n\n#### Aggregate: Order\n\n"
                + "- Order Placed\n\n#### Outside any aggregate\n\n- Stray Event\n");
        assertThat(section(report, "2. Commands, aggregates and events")).contains("| Place Order | — | Order | — |");
        assertThat(section(report, "4. Chain diagram")).contains("Nothing on the wall is linked into a chain yet");

        String cml = api.get("/api/boards/" + board.id() + "/export.cml", board.observer()).body();
        assertThat(cml).doesNotContain("ContextMap").contains("BoundedContext OutsideAnyContext {\n  Application {\n"
                + "    \"Stray Event\"\n    DomainEvent StrayEvent\n  }\n  \"Order\"\n  Aggregate Order {\n");
        assertThat(ContextMapperCheck.parse(cml).errors()).as(cml).isEmpty();
    }

    private String export(String extension) {
        Api.Response response = api.get("/api/boards/" + wall.board.id() + "/export." + extension, wall.board.observer());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The body of one "## " section, without its heading and the blank lines around it. */
    static String section(String report, String title) {
        int start = report.indexOf("## " + title + "\n");
        assertThat(start).as("section " + title).isNotNegative();
        int bodyStart = start + title.length() + 4;
        int end = report.indexOf("\n## ", bodyStart);
        return report.substring(bodyStart, end < 0 ? report.length() : end + 1).strip() + "\n";
    }

    static List<String> rows(String text) {
        return text.lines().filter(l -> l.startsWith("|")).toList();
    }
}
