package io.stormwall.wall;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Fields and scenarios of events, commands and read models: merged per entry, held to their rules, kept as written. */
@StormwallTest
class ElementFieldsTest {

    private final Api api;

    ElementFieldsTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    @Test
    void twoPeopleAddingAFieldEachKeepBothAndTheLastWriterOfOneFieldWins() {
        Api.TestBoard board = api.createBoard("Fields", "free");
        String event = created(board, "event", "Subscription Created");

        set(board, board.participant(), event, "fields", entries("a", field("subscriptionId", "id", 1)));
        set(board, board.facilitator(), event, "fields", entries("b", field("planId", "id", 2)));
        set(board, board.participant(), event, "fields", entries("c", field("startedAt", "string", 3)));
        set(board, board.facilitator(), event, "fields", entries("c", field("startedAt", "date", 3)));

        JsonNode fields = stored(board, event).get("props").get("fields");
        assertThat(fields.propertyNames()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(fields.get("c").get("type").asString()).isEqualTo("date");

        set(board, board.participant(), event, "fields", entries("a", null, "b", null, "c", null));
        assertThat(stored(board, event).get("props").has("fields")).isFalse();
    }

    @Test
    void scenariosOfACommandMergePerEntryToo() {
        Api.TestBoard board = api.createBoard("Scenarios", "free");
        String command = created(board, "command", "Renew Subscription");
        Map<String, Object> renewed = object("given", new String[] {"Subscription Created"}, "then",
                new String[] {"Subscription Renewed"}, "at", 1);
        Map<String, Object> declined = object("title", "card declined", "given", new String[] {"Subscription Created"}, "then",
                new String[0], "failure", "Payment Declined", "at", 2);

        set(board, board.participant(), command, "scenarios", entries("renewed", renewed));
        set(board, board.participant(), command, "scenarios", entries("declined", declined));

        JsonNode scenarios = stored(board, command).get("props").get("scenarios");
        assertThat(scenarios.propertyNames()).containsExactlyInAnyOrder("renewed", "declined");
        assertThat(scenarios.get("declined").get("failure").asString()).isEqualTo("Payment Declined");
    }

    @Test
    void refusesFieldsWhereTheNotationHasNoneAndNamesTheFault() {
        Api.TestBoard board = api.createBoard("Refusals", "free");
        String actor = created(board, "actor", "Customer");
        String event = created(board, "event", "Invoice Sent");
        String readModel = created(board, "readModel", "My Invoices");

        assertRefused(update(board, actor, "fields", entries("a", field("name", "string", 1))), "ops[0].set.props.fields");
        assertRefused(update(board, event, "scenarios", entries("s", object("given", new String[0], "then", new String[0], "at", 1))),
                "ops[0].set.props.scenarios");
        assertRefused(update(board, event, "fields", entries("a", field(" ", "string", 1))), "ops[0].set.props.fields.a.name");
        assertRefused(update(board, event, "fields", entries("a", field("amount", "money", 1, "unit", "EUR"))),
                "ops[0].set.props.fields.a.unit");
        Api.Response badKey = update(board, event, "fields", entries("no spaces", field("amount", "money", 1)));
        assertRefused(badKey, "ops[0].set.props.fields.no spaces");
        assertThat(badKey.json().get("detail").asString()).isEqualTo("The key 'no spaces' breaks its rule: "
                + "A field's or scenario's key within its element: 1 to 36 letters, digits, '-' or '_'.");

        set(board, board.participant(), event, "fields", entries("a", field("invoiceId", "id", 1)));
        Api.Response twice = update(board, event, "fields", entries("b", field("InvoiceID", "string", 2)));
        assertRefused(twice, "ops[0].set.props.fields.b.name");
        assertThat(twice.json().get("detail").asString()).contains("invoiceId");

        Map<String, Object> fifty = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("f" + i, field("field" + i, "string", i));
        }
        set(board, board.participant(), readModel, "fields", fifty);
        Api.Response fiftyFirst = update(board, readModel, "fields", entries("one-more", field("extra", "string", 51)));
        assertRefused(fiftyFirst, "ops[0].set.props.fields");
        assertThat(fiftyFirst.json().get("detail").asString()).contains("at most 50 fields");
        assertThat(stored(board, readModel).get("props").get("fields").size()).isEqualTo(50);
    }

    @Test
    void anEventModelingBoardOpensFieldsInItsFifthPhaseAndScenariosInItsSeventh() {
        Api.TestBoard board = api.createBoard("Event model", "event-modeling");
        String command = null;
        for (int phase = 1; phase < 5; phase++) {
            if (phase == 3) {
                command = created(board, "command", "Start Subscription");
            }
            if (phase >= 3) {
                Api.Response early = update(board, command, "fields", entries("a", field("planId", "id", 1)));
                assertThat(early.status()).as(early.body()).isEqualTo(409);
                assertThat(early.json().get("code").asString()).isEqualTo("PHASE_LOCKED");
                assertThat(early.json().get("detail").asString()).isEqualTo("Fields open in phase 5: Identify inputs.");
            }
            next(board);
        }
        set(board, board.participant(), command, "fields", entries("a", field("planId", "id", 1)));
        Map<String, Object> scenario = object("given", new String[0], "then", new String[] {"Subscription Started"}, "at", 1);
        assertThat(update(board, command, "scenarios", entries("s", scenario)).status()).isEqualTo(409);
        next(board);
        next(board);
        set(board, board.participant(), command, "scenarios", entries("s", scenario));
    }

    private void next(Api.TestBoard board) {
        assertThat(api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", board.facilitator()).status()).isEqualTo(200);
    }

    @Test
    void keepsHostileNamesAsTheyWereWritten() {
        Api.TestBoard board = api.createBoard("Hostile", "free");
        String event = created(board, "event", "Order Placed");
        String hostile = "\"); System.exit(1); /* */ ünïcødé";

        set(board, board.participant(), event, "fields", entries("a", field(hostile, "*/ String", 1)));

        JsonNode field = stored(board, event).get("props").get("fields").get("a");
        assertThat(field.get("name").asString()).isEqualTo(hostile);
        assertThat(field.get("type").asString()).isEqualTo("*/ String");
    }

    private String created(Api.TestBoard board, String kind, String text) {
        String id = UUID.randomUUID().toString();
        Api.Response response = api.ops(board.id(), board.participant(), "create-" + id,
                object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", 0, "y", 0)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return id;
    }

    private void set(Api.TestBoard board, String token, String id, String prop, Map<String, Object> entries) {
        Api.Response response = api.ops(board.id(), token, "set-" + UUID.randomUUID(),
                object("op", "update", "id", id, "set", object("props", object(prop, entries))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private Api.Response update(Api.TestBoard board, String id, String prop, Map<String, Object> entries) {
        return api.ops(board.id(), board.participant(), "try-" + UUID.randomUUID(),
                object("op", "update", "id", id, "set", object("props", object(prop, entries))));
    }

    private JsonNode stored(Api.TestBoard board, String id) {
        for (JsonNode element : api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")) {
            if (element.get("id").asString().equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).as(response.body()).isEqualTo(field);
    }

    private static Map<String, Object> field(String name, String type, int at, Object... more) {
        Map<String, Object> field = object("name", name, "type", type, "at", at);
        field.putAll(object(more));
        return field;
    }

    /** Keys and values, where a null value (removing the entry) is kept. */
    private static Map<String, Object> entries(Object... keysAndValues) {
        Map<String, Object> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return entries;
    }
}
