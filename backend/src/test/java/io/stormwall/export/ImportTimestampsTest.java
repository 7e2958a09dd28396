package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The instants of an imported file: one a wall can't hold is refused naming its field, never a failure of the
 * server; one finer than PostgreSQL keeps is kept to the microsecond, so export → import → export changes nothing.
 */
@StormwallTest
class ImportTimestampsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final JdbcClient jdbc;

    @Autowired
    ImportTimestampsTest(@LocalServerPort int port, JdbcClient jdbc) {
        this.api = new Api(port);
        this.jdbc = jdbc;
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z", "10000-01-01T00:00:00Z",
        "0000-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T10:00:60Z",
        "2026-11-23T10:00:00+01:00", "2026-11-23T10:00:00Z\n"})
    void anInstantNoWallCanHoldIsRefusedNamingItsField(String at) {
        ObjectNode file = exported();
        ((ObjectNode) file.get("elements").get(0)).put("updatedAt", at);
        ((ObjectNode) file.get("phaseHistory").get(0)).put("at", at);
        long boards = boardCount();

        Api.Response refused = api.post("/api/boards/import", JSON.writeValueAsString(file));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("path").asString()).toList())
                .contains("elements[0].updatedAt", "phaseHistory[0].at");
        assertThat(boardCount()).isEqualTo(boards);
    }

    @Test
    void instantsAreKeptToTheMicrosecondSoAFileRoundTripsExactly() {
        ObjectNode file = exported();
        ((ObjectNode) file.get("elements").get(0)).put("updatedAt", "2026-11-23T10:00:00.123456789Z");
        ((ObjectNode) file.get("phaseHistory").get(0)).put("at", "9999-12-31T23:59:59.9999999Z");

        JsonNode once = exportOf(imported(file));
        assertThat(once.get("elements").get(0).get("updatedAt").asString()).isEqualTo("2026-11-23T10:00:00.123456Z");
        assertThat(once.get("phaseHistory").get(0).get("at").asString()).isEqualTo("9999-12-31T23:59:59.999999Z");

        JsonNode twice = exportOf(imported((ObjectNode) once));
        assertThat(twice.get("elements")).isEqualTo(once.get("elements"));
        assertThat(twice.get("phaseHistory")).isEqualTo(once.get("phaseHistory"));
    }

    @Test
    void numbersBeyondALongAreRefusedAndMinusZeroIsZero() {
        long boards = boardCount();
        ObjectNode hugeSeq = exported();
        hugeSeq.put("seq", new BigInteger("9223372036854775808"));
        assertRefused(api.post("/api/boards/import", JSON.writeValueAsString(hugeSeq)), "seq");
        ObjectNode infinite = exported();
        ((ObjectNode) infinite.get("elements").get(0)).put("x", new BigDecimal("1e400"));
        assertRefused(api.post("/api/boards/import", JSON.writeValueAsString(infinite)), "elements[0].x");
        assertThat(boardCount()).isEqualTo(boards + 2); // the two exported, nothing imported

        ObjectNode minusZero = exported();
        ((ObjectNode) minusZero.get("elements").get(0)).put("x", -0.0);
        double x = exportOf(imported(minusZero)).get("elements").get(0).get("x").asDouble();
        assertThat(1 / x).as("x = %s", x).isEqualTo(Double.POSITIVE_INFINITY);
    }

    /** A file of a board with one sticky and one phase change. */
    private ObjectNode exported() {
        Api.TestBoard board = api.createBoard("Instants", "process-level");
        api.ops(board.id(), board.participant(), "one", object("op", "create", "element", object("kind", "event", "text", "Order Placed", "x", 40)));
        assertThat(api.post("/api/boards/" + board.id() + "/phase", "{\"action\":\"next\"}", board.facilitator()).status()).isEqualTo(200);
        JsonNode file = api.get("/api/boards/" + board.id() + "/export.json", board.participant()).json();
        assertThat(file.get("phaseHistory")).hasSize(1);
        assertThat(file.get("elements")).hasSize(1);
        return (ObjectNode) file;
    }

    private Api.TestBoard imported(ObjectNode file) {
        Api.Response created = api.post("/api/boards/import", JSON.writeValueAsString(file));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode tokens = created.json().get("tokens");
        return new Api.TestBoard(created.json().get("id").asString(), tokens.get("facilitator").asString(),
                tokens.get("participant").asString(), tokens.get("observer").asString());
    }

    private JsonNode exportOf(Api.TestBoard board) {
        return api.get("/api/boards/" + board.id() + "/export.json", board.participant()).json();
    }

    private static void assertRefused(Api.Response response, String path) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        List<String> paths = problem.get("errors").valueStream().map(e -> e.get("path").asString()).toList();
        assertThat(paths).containsExactly(path);
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("9223372036854775807");
    }

    private long boardCount() {
        return jdbc.sql("select count(*) from board").query(Long.class).single();
    }
}
