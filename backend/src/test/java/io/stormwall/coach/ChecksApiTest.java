package io.stormwall.coach;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.SubscriptionWall;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The coach over REST: what it says about a board, to every role, and the facilitator's switch and acceptances. */
@StormwallTest
class ChecksApiTest {

    private static final Set<String> LANGUAGE_RULES = Set.of("event-not-past-tense", "command-not-imperative",
            "crud-event", "policy-not-when-then");

    private final Api api;

    ChecksApiTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    @Test
    void everyRoleReadsTheFindingsOfTheWallAsItIsNow() {
        Api.TestBoard board = api.createBoard("Checks", "free");
        String sends = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "c:1", create(sends, "event", "Invoice Sends"),
                create(UUID.randomUUID().toString(), "event", "Invoice Sent"));

        for (String token : List.of(board.facilitator(), board.participant(), board.observer())) {
            Api.Response response = api.get("/api/boards/" + board.id() + "/checks", token);
            assertThat(response.status()).isEqualTo(200);
            JsonNode checks = response.json();
            assertThat(checks.get("seq").asLong()).isEqualTo(1);
            assertThat(checks.get("enabled").asBoolean()).isTrue();
            assertThat(checks.get("findings")).singleElement().satisfies(f -> {
                assertThat(f.get("key").asString()).isEqualTo("event-not-past-tense:" + sends);
                assertThat(f.get("rule").asString()).isEqualTo("event-not-past-tense");
                assertThat(f.get("severity").asString()).isEqualTo("error");
                assertThat(f.get("elements").get(0).asString()).isEqualTo(sends);
                assertThat(f.get("message").asString()).isNotBlank();
                assertThat(f.get("hint").asString()).isNotBlank();
                assertThat(f.get("accepted").isNull()).isTrue();
            });
        }

        api.ops(board.id(), board.participant(), "c:2", object("op", "update", "id", sends, "set", object("text", "Invoice Sent")));
        JsonNode fixed = api.get("/api/boards/" + board.id() + "/checks", board.observer()).json();
        assertThat(fixed.get("seq").asLong()).isEqualTo(2);
        assertThat(fixed.get("findings")).isEmpty();
    }

    @Test
    void withoutAValidTokenThereAreNoChecks() {
        Api.TestBoard board = api.createBoard("Checks closed", "free");
        assertThat(api.get("/api/boards/" + board.id() + "/checks").status()).isEqualTo(401);
        assertThat(api.get("/api/boards/" + board.id() + "/checks", "wrong").status()).isIn(401, 403, 404);
        assertThat(api.get("/api/boards/" + UUID.randomUUID() + "/checks", board.facilitator()).status()).isIn(401, 404);
    }

    @Test
    void theSeedsSubscriptionWallHasNoFalseLanguageFinding() {
        SubscriptionWall wall = SubscriptionWall.build(api);
        JsonNode checks = api.get("/api/boards/" + wall.board.id() + "/checks", wall.board.observer()).json();
        assertThat(checks.get("findings")).noneMatch(f -> LANGUAGE_RULES.contains(f.get("rule").asString()));
    }

    @Test
    void theFacilitatorSwitchesTheCoachOffAndOnAgain() {
        Api.TestBoard board = api.createBoard("Coach switch", "free");
        api.ops(board.id(), board.participant(), "c:1", create(UUID.randomUUID().toString(), "event", "Payment Capture"));

        assertThat(api.post("/api/boards/" + board.id() + "/coach", "{\"enabled\":false}", board.participant()).json()
                .get("code").asString()).isEqualTo("FORBIDDEN");
        Api.Response off = api.post("/api/boards/" + board.id() + "/coach", "{\"enabled\":false}", board.facilitator());
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("seq").asLong()).isEqualTo(2);
        JsonNode silent = api.get("/api/boards/" + board.id() + "/checks", board.participant()).json();
        assertThat(silent.get("enabled").asBoolean()).isFalse();
        assertThat(silent.get("findings")).isEmpty();

        api.post("/api/boards/" + board.id() + "/coach", "{\"enabled\":true}", board.facilitator());
        assertThat(api.get("/api/boards/" + board.id() + "/checks", board.participant()).json().get("findings")).hasSize(1);

        Api.Response bad = api.post("/api/boards/" + board.id() + "/coach", "{\"enabled\":\"no\"}", board.facilitator());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("enabled");
    }

    @Test
    void theFacilitatorAcceptsAFindingForTheBoardAndTakesItBack() {
        Api.TestBoard board = api.createBoard("Coach accept", "free");
        String capture = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "c:1", create(capture, "event", "Payment Capture"));
        String key = "event-not-past-tense:" + capture;

        Api.Response accepted = api.post("/api/boards/" + board.id() + "/checks/accepted",
                "{\"key\":\"" + key + "\",\"accepted\":true}", board.facilitator());
        assertThat(accepted.status()).isEqualTo(200);
        JsonNode finding = api.get("/api/boards/" + board.id() + "/checks", board.observer()).json().get("findings").get(0);
        assertThat(finding.get("accepted").get("by").asString()).isEqualTo("facilitator (API)");
        assertThat(finding.get("accepted").get("at").asString()).isNotBlank();

        api.post("/api/boards/" + board.id() + "/checks/accepted", "{\"key\":\"" + key + "\",\"accepted\":false}", board.facilitator());
        assertThat(api.get("/api/boards/" + board.id() + "/checks", board.observer()).json().get("findings").get(0)
                .get("accepted").isNull()).isTrue();

        Api.Response notAKey = api.post("/api/boards/" + board.id() + "/checks/accepted",
                "{\"key\":\"no-such-rule:" + capture + "\",\"accepted\":true}", board.facilitator());
        assertThat(notAKey.status()).isEqualTo(400);
        assertThat(notAKey.json().get("field").asString()).isEqualTo("key");
        assertThat(notAKey.json().get("detail").asString()).contains("no-such-rule");
        assertThat(api.post("/api/boards/" + board.id() + "/checks/accepted", "{\"key\":\"" + key + "\",\"accepted\":true}",
                board.participant()).status()).isEqualTo(403);
    }

    @Test
    void theControlsBodiesAreHeldToTheContractAndNothingIsKeptFromARefusedOne() {
        Api.TestBoard board = api.createBoard("Coach bodies", "free");
        String capture = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "c:1", create(capture, "event", "Payment Capture"));
        String key = "event-not-past-tense:" + capture;
        String accepted = "/api/boards/" + board.id() + "/checks/accepted";

        Map<String, String> refused = Map.of(
                "{\"key\":\"" + key + "\",\"accepted\":true,\"by\":\"Grace\"}", "by",
                "{\"key\":42,\"accepted\":true}", "key",
                "{\"key\":\"" + key + "\",\"accepted\":\"yes\"}", "accepted",
                "{\"key\":\"" + key + "\"}", "accepted");
        refused.forEach((body, field) -> {
            Api.Response response = api.post(accepted, body, board.facilitator());
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(response.json().get("field").asString()).as(body).isEqualTo(field);
        });
        Api.Response extra = api.post("/api/boards/" + board.id() + "/coach", "{\"enabled\":false,\"why\":\"noise\"}", board.facilitator());
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().get("field").asString()).isEqualTo("why");

        JsonNode checks = api.get("/api/boards/" + board.id() + "/checks", board.observer()).json();
        assertThat(checks.get("enabled").asBoolean()).isTrue();
        assertThat(checks.get("findings").get(0).get("accepted").isNull()).isTrue();
    }

    @Test
    void theReportReviewsTheNotationByRule() {
        Api.TestBoard board = api.createBoard("Coach report", "free");
        String sends = UUID.randomUUID().toString();
        String hostile = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "c:1", create(sends, "event", "Invoice Sends"),
                create(hostile, "event", "<script>alert(1)</script> [x](javascript:alert(1)) Sends"),
                create(UUID.randomUUID().toString(), "command", "Cancellation"));
        api.post("/api/boards/" + board.id() + "/checks/accepted",
                "{\"key\":\"event-not-past-tense:" + sends + "\",\"accepted\":true}", board.facilitator());

        String report = api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body();
        String review = report.substring(report.indexOf("## 10. Notation review"));
        assertThat(review).contains("4 findings of 3 rules, 1 accepted by the facilitator.",
                "### event-not-past-tense (error)", "### command-not-imperative (warning)",
                "- Invoice Sends (event): An event records a fact", "— accepted by facilitator (API), ",
                "- Cancellation (command): A command is an intention");
        assertThat(review).contains("&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) Sends (event)")
                .doesNotContain("<script");

        api.post("/api/boards/" + board.id() + "/coach", "{\"enabled\":false}", board.facilitator());
        assertThat(api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body())
                .contains("## 10. Notation review\n\nThe notation coach is switched off for this board.");
    }

    @Test
    void theJsonExportCarriesAcceptedFindingsAndAnImportTakesThemBack() {
        Api.TestBoard board = api.createBoard("Coach export", "free");
        String sends = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "c:1", create(sends, "event", "Invoice Sends"));
        String key = "event-not-past-tense:" + sends;
        api.post("/api/boards/" + board.id() + "/checks/accepted", "{\"key\":\"" + key + "\",\"accepted\":true}", board.facilitator());

        JsonNode file = api.get("/api/boards/" + board.id() + "/export.json", board.observer()).json();
        assertThat(file.get("coach").get("enabled").asBoolean()).isTrue();
        assertThat(file.get("coach").get("accepted")).singleElement().satisfies(a -> {
            assertThat(a.get("key").asString()).isEqualTo(key);
            assertThat(a.get("by").asString()).isEqualTo("facilitator (API)");
        });

        Api.Response imported = api.post("/api/boards/import", file.toString());
        assertThat(imported.status()).isEqualTo(201);
        JsonNode copy = imported.json();
        JsonNode finding = api.get("/api/boards/" + copy.get("id").asString() + "/checks",
                copy.get("tokens").get("observer").asString()).json().get("findings").get(0);
        assertThat(finding.get("key").asString()).isEqualTo(key);
        assertThat(finding.get("accepted").get("by").asString()).isEqualTo("facilitator (API)");

        String broken = file.toString().replace(key, "no-such-rule:" + sends);
        Api.Response refused = api.post("/api/boards/import", broken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("coach.accepted[0].key");
    }

    @Test
    void theReportListsEachRulesFindingsAsTheWallReadsLeftToRight() {
        Api.TestBoard board = api.createBoard("Coach report order", "free");
        List<String> texts = List.of("Refund Sends", "Invoice Sends", "Order Ships", "Parcel Leaves");
        List<Integer> xs = List.of(900, 0, 450, 0);
        List<Integer> ys = List.of(0, 300, 0, 0);
        // ids sort the other way round from the wall's reading order, which a list by key would show
        List<String> ids = List.of("c", "e", "d", "f").stream().map(c -> c.repeat(8) + UUID.randomUUID().toString().substring(8)).toList();
        Object[] ops = new Object[texts.size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = object("op", "create", "element", object("id", ids.get(i), "kind", "event", "text", texts.get(i),
                    "x", xs.get(i), "y", ys.get(i)));
        }
        api.ops(board.id(), board.participant(), "c:1", ops);

        String report = api.get("/api/boards/" + board.id() + "/export.md", board.observer()).body();
        String review = report.substring(report.indexOf("### event-not-past-tense"));
        List<Integer> at = Stream.of("Parcel Leaves", "Invoice Sends", "Order Ships", "Refund Sends").map(text -> review.indexOf("- " + text + " (event)")).toList();
        assertThat(at).as(review).doesNotContain(-1).isSorted();
    }

    private static Object create(String id, String kind, String text) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", 0, "y", 0));
    }
}
