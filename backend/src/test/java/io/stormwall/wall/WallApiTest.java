package io.stormwall.wall;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@StormwallTest
class WallApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;

    WallApiTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    @Test
    void createsUpdatesAndDeletesElementsInOneServerOrder() {
        Api.TestBoard board = api.createBoard("Wall", "free");
        String event = UUID.randomUUID().toString();
        String command = UUID.randomUUID().toString();
        String arrow = UUID.randomUUID().toString();

        Api.Response first = api.ops(board.id(), board.participant(), "op-1",
                create(event, "event", "Order Placed", 100, 50),
                create(command, "command", "Place Order", -100, 50),
                object("op", "create", "element", object("id", arrow, "kind", "arrow", "from", command, "to", event, "label", "results in")));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("seq").asLong()).isEqualTo(1);

        api.ops(board.id(), board.facilitator(), "op-2",
                object("op", "update", "id", event, "set", object("x", 140, "text", "Order placed")));
        JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(wall.get("seq").asLong()).isEqualTo(2);
        JsonNode stored = element(wall, event);
        assertThat(stored.get("x").asDouble()).isEqualTo(140);
        assertThat(stored.get("y").asDouble()).isEqualTo(50);
        assertThat(stored.get("text").asString()).isEqualTo("Order placed");
        assertThat(stored.get("w").asDouble()).isEqualTo(160);
        assertThat(stored.get("h").asDouble()).isEqualTo(120);
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("updatedBy").asString()).isEqualTo("facilitator (API)");
        assertThat(element(wall, arrow).get("label").asString()).isEqualTo("results in");

        api.ops(board.id(), board.participant(), "op-3", object("op", "delete", "id", command));
        JsonNode after = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(after.get("elements")).hasSize(1);
        assertThat(after.get("elements").get(0).get("id").asString()).isEqualTo(event);
    }

    @Test
    void mergesPropsPerKeyAndChecksThemAgainstTheKind() {
        Api.TestBoard board = api.createBoard("Props", "free");
        String hotspot = UUID.randomUUID().toString();
        Api.Response created = api.ops(board.id(), board.participant(), "p1", object("op", "create", "element",
                object("id", hotspot, "kind", "hotspot", "text", "What if payment times out?", "props", object("status", "open"))));
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        api.ops(board.id(), board.participant(), "p2", object("op", "update", "id", hotspot, "set", object("props", object("owner", "Grace"))));
        assertThat(element(api.get("/api/boards/" + board.id(), board.observer()).json(), hotspot).get("props").toString())
                .contains("\"status\":\"open\"", "\"owner\":\"Grace\"");

        Api.Response wrongProp = api.ops(board.id(), board.participant(), "p3",
                object("op", "update", "id", hotspot, "set", object("props", object("mode", "reactive"))));
        assertThat(wrongProp.status()).isEqualTo(400);
        assertThat(wrongProp.json().get("field").asString()).isEqualTo("ops[0].set.props.mode");
    }

    @Test
    void appliesABatchAtomicallyOrNotAtAll() {
        Api.TestBoard board = api.createBoard("Atomic", "free");
        String event = UUID.randomUUID().toString();

        Api.Response refused = api.ops(board.id(), board.participant(), "bad",
                create(event, "event", "Kept out", 0, 0),
                object("op", "update", "id", UUID.randomUUID().toString(), "set", object("x", 1)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("ELEMENT_NOT_FOUND");
        assertThat(refused.json().get("field").asString()).isEqualTo("ops[1].id");
        JsonNode wall = api.get("/api/boards/" + board.id(), board.observer()).json();
        assertThat(wall.get("elements")).isEmpty();
        assertThat(wall.get("seq").asLong()).isZero();
    }

    @Test
    void appliesAResentBatchOnce() {
        Api.TestBoard board = api.createBoard("Idempotent", "free");
        Object op = create(UUID.randomUUID().toString(), "event", "Once", 0, 0);

        JsonNode first = api.ops(board.id(), board.participant(), "same", op).json();
        JsonNode again = api.ops(board.id(), board.participant(), "same", op).json();

        assertThat(again.get("seq").asLong()).isEqualTo(first.get("seq").asLong());
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")).hasSize(1);
    }

    @Test
    void observersCannotEditAndStrangersCannotReach() {
        Api.TestBoard board = api.createBoard("Roles", "free");
        Object op = create(UUID.randomUUID().toString(), "event", "Nope", 0, 0);

        Api.Response observer = api.ops(board.id(), board.observer(), "o1", op);
        assertThat(observer.status()).isEqualTo(403);
        assertThat(observer.json().get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(api.ops(board.id(), null, "o2", op).status()).isEqualTo(401);
        assertThat(api.ops(board.id(), "guess", "o3", op).status()).isEqualTo(404);
        assertThat(api.get("/api/boards/" + board.id(), board.facilitator()).json().get("elements")).isEmpty();
    }

    static Stream<Arguments> badBatches() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("unknown kind", object("op", "create", "element", object("kind", "sticky")), "ops[0].element.kind"),
                Arguments.of("text too long", object("op", "create", "element", object("kind", "event", "text", "x".repeat(1001))), "ops[0].element.text"),
                Arguments.of("x out of range", object("op", "create", "element", object("kind", "event", "x", 1e7)), "ops[0].element.x"),
                Arguments.of("x of wrong type", object("op", "create", "element", object("kind", "event", "x", "12")), "ops[0].element.x"),
                Arguments.of("width too small", object("op", "create", "element", object("kind", "event", "w", 1)), "ops[0].element.w"),
                Arguments.of("unknown field", object("op", "create", "element", object("kind", "event", "colour", "red")), "ops[0].element.colour"),
                Arguments.of("unknown op", object("op", "explode", "id", id), "ops[0].op"),
                Arguments.of("bad id", object("op", "delete", "id", "123"), "ops[0].id"),
                Arguments.of("arrow without ends", object("op", "create", "element", object("kind", "arrow")), "ops[0].element.from"),
                Arguments.of("arrow to a missing element", object("op", "create", "element", object("kind", "arrow", "from", id, "to", UUID.randomUUID().toString())), "ops[0].element.from"),
                Arguments.of("label on a sticky", object("op", "create", "element", object("kind", "event", "label", "x")), "ops[0].element.label"),
                Arguments.of("props of another kind", object("op", "create", "element", object("kind", "event", "props", object("status", "open"))), "ops[0].element.props.status"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBatches")
    void refusesBadOpsNamingTheField(String name, Map<String, Object> op, String field) {
        Api.TestBoard board = api.createBoard("Bad input", "free");

        Api.Response response = api.ops(board.id(), board.participant(), "bad", op);

        assertThat(response.status()).as(response.body()).isIn(400, 409);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("seq").asLong()).isZero();
    }

    static Stream<Arguments> badClientOpIds() {
        return Stream.of(Arguments.of("empty", ""), Arguments.of("blank", "   "), Arguments.of("101 characters", "o".repeat(101)),
                Arguments.of("a number", 42), Arguments.of("missing", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClientOpIds")
    void refusesABatchWhoseClientOpIdBreaksTheRule(String name, Object clientOpId) {
        Api.TestBoard board = api.createBoard("Bad op id", "free");
        String body = JSON.writeValueAsString(object("clientOpId", clientOpId, "ops", List.of(create(UUID.randomUUID().toString(), "event", "Not kept", 0, 0))));

        Api.Response response = api.post("/api/boards/" + board.id() + "/ops", body, board.participant());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("field").asString()).isEqualTo("clientOpId");
        assertThat(response.json().get("detail").asString()).contains("'clientOpId'");
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("seq").asLong()).isZero();
    }

    @Test
    void acceptsAClientOpIdOfTheLongestLength() {
        Api.TestBoard board = api.createBoard("Long op id", "free");

        Api.Response response = api.ops(board.id(), board.participant(), "o".repeat(100), create(UUID.randomUUID().toString(), "event", "Kept", 0, 0));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theBoardsDetailsCanBeReadWithoutItsWall() {
        Api.TestBoard board = api.createBoard("Details only", "free");
        api.ops(board.id(), board.participant(), "e", create(UUID.randomUUID().toString(), "event", "E", 0, 0));

        JsonNode details = api.get("/api/boards/" + board.id() + "?elements=false", board.observer()).json();

        assertThat(details.get("title").asString()).isEqualTo("Details only");
        assertThat(details.get("seq").asLong()).isEqualTo(1);
        assertThat(details.has("elements")).isFalse();
        assertThat(details.has("phaseHistory")).isFalse();
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("elements")).hasSize(1);
    }

    @Test
    void anArrowsLabelAndPlaceChangeWithoutRestatingItsEnds() {
        Api.TestBoard board = api.createBoard("Arrow edits", "free");
        String command = UUID.randomUUID().toString();
        String event = UUID.randomUUID().toString();
        String arrow = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "draw", create(command, "command", "Renew", 0, 0), create(event, "event", "Renewed", 300, 0),
                object("op", "create", "element", object("id", arrow, "kind", "arrow", "from", command, "to", event)));

        Api.Response labelled = api.ops(board.id(), board.participant(), "label",
                object("op", "update", "id", arrow, "set", object("label", "results in", "z", 50)));

        assertThat(labelled.status()).as(labelled.body()).isEqualTo(200);
        JsonNode stored = element(api.get("/api/boards/" + board.id(), board.observer()).json(), arrow);
        assertThat(stored.get("label").asString()).isEqualTo("results in");
        assertThat(stored.get("from").asString()).isEqualTo(command);
        assertThat(stored.get("to").asString()).isEqualTo(event);
    }

    @Test
    void refusesAnArrowToItselfAndTooLargeBatches() {
        Api.TestBoard board = api.createBoard("Limits", "free");
        String event = UUID.randomUUID().toString();
        api.ops(board.id(), board.participant(), "e", create(event, "event", "E", 0, 0));

        Api.Response loop = api.ops(board.id(), board.participant(), "loop",
                object("op", "create", "element", object("kind", "arrow", "from", event, "to", event)));
        assertThat(loop.json().get("field").asString()).isEqualTo("ops[0].element.to");

        Object[] tooMany = new Object[501];
        for (int i = 0; i < tooMany.length; i++) {
            tooMany[i] = object("op", "create", "element", object("kind", "event"));
        }
        Api.Response large = api.ops(board.id(), board.participant(), "large", tooMany);
        assertThat(large.json().get("code").asString()).isEqualTo("BATCH_TOO_LARGE");
    }

    static Map<String, Object> create(String id, String kind, String text, double x, double y) {
        return object("op", "create", "element", object("id", id, "kind", kind, "text", text, "x", x, "y", y));
    }

    @Test
    void numbersBeyondALongOrNotFiniteAreRefusedAndMinusZeroIsZero() {
        Api.TestBoard board = api.createBoard("Numbers", "free");
        String path = "/api/boards/" + board.id() + "/ops";
        for (String[] bad : new String[][] {
            {"\"x\":1e400", "ops[0].element.x", "not a finite number"},
            {"\"z\":9223372036854775808", "ops[0].element.z", "9223372036854775807"},
            {"\"y\":-1e19", "ops[0].element.y", "9223372036854775807"}}) {
            Api.Response refused = api.post(path, "{\"clientOpId\":\"n\",\"ops\":[{\"op\":\"create\",\"element\":"
                    + "{\"kind\":\"event\",\"text\":\"Paid\"," + bad[0] + "}}]}", board.participant());
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().get("field").asString()).isEqualTo(bad[1]);
            assertThat(refused.json().get("detail").asString()).contains(bad[2]);
        }
        Api.Response zero = api.post(path, "{\"clientOpId\":\"z\",\"ops\":[{\"op\":\"create\",\"element\":"
                + "{\"kind\":\"event\",\"text\":\"Paid\",\"x\":-0.0,\"y\":-0}}]}", board.participant());
        assertThat(zero.status()).as(zero.body()).isEqualTo(200);
        JsonNode stored = api.get("/api/boards/" + board.id(), board.observer()).json().get("elements").get(0);
        assertThat(1 / stored.get("x").asDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(1 / stored.get("y").asDouble()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    private static JsonNode element(JsonNode wall, String id) {
        for (JsonNode e : wall.get("elements")) {
            if (e.get("id").asString().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element " + id + " in " + wall);
    }
}
