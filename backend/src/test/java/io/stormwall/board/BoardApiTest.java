package io.stormwall.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@StormwallTest
class BoardApiTest {

    private final Api api;

    BoardApiTest(@LocalServerPort int port) {
        this.api = new Api(port);
    }

    @Test
    void createsABoardInItsFormatsFirstPhaseAndReadsItBack() {
        Api.Response created = api.post("/api/boards", """
                {"title": "  Subscription billing  ", "format": "process-level"}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode board = created.json();
        assertThat(board.get("title").asString()).isEqualTo("Subscription billing");
        assertThat(board.get("format").asString()).isEqualTo("process-level");
        assertThat(board.get("phase").get("index").asInt()).isEqualTo(1);
        assertThat(board.get("phase").get("id").asString()).isEqualTo("chaotic-exploration");
        assertThat(board.get("phase").get("name").asString()).isEqualTo("Chaotic exploration");
        assertThat(board.get("seq").asLong()).isZero();
        String id = board.get("id").asString();
        for (String role : new String[] {"facilitator", "participant", "observer"}) {
            String token = board.get("tokens").get(role).asString();
            assertThat(token).hasSizeGreaterThanOrEqualTo(22);
            assertThat(board.get("links").get(role).asString()).endsWith("/b/" + id + "#k=" + token);
        }

        Api.Response read = api.get("/api/boards/" + id, board.get("tokens").get("observer").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("title").asString()).isEqualTo("Subscription billing");
        assertThat(read.json().get("elements").isArray()).isTrue();
    }

    @Test
    void defaultsToTheProcessLevelFormat() {
        JsonNode board = api.post("/api/boards", "{\"title\": \"No format given\"}").json();

        assertThat(board.get("format").asString()).isEqualTo("process-level");
    }

    @Test
    void servesTheFormatCatalog() {
        JsonNode formats = api.get("/api/formats").json();

        assertThat(formats.findValuesAsString("id")).contains("process-level", "free");
        JsonNode processLevel = formats.get(0);
        assertThat(processLevel.get("phases")).hasSize(8);
        assertThat(processLevel.get("phases").get(2).get("unlocks").toString())
                .isEqualTo("[\"command\",\"actor\",\"externalSystem\",\"arrow\"]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON      | {"title": "x",            | MALFORMED_JSON    |
            empty body          | ''                        | MALFORMED_JSON    |
            missing title       | {"format": "free"}        | VALIDATION_FAILED | title
            blank title         | {"title": "   "}          | VALIDATION_FAILED | title
            field of wrong type | {"title": "x", "format": ["x"]} | VALIDATION_FAILED | format
            unknown field       | {"title": "x", "colour": "red"} | VALIDATION_FAILED | colour
            unknown format      | {"title": "x", "format": "waterfall"} | UNKNOWN_FORMAT | format
            """)
    void refusesBadInputNamingTheProblem(String name, String body, String code, String field) {
        Api.Response response = api.post("/api/boards", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
    }

    @Test
    void refusesATooLongTitle() {
        JsonNode problem = api.post("/api/boards", "{\"title\": \"" + "x".repeat(201) + "\"}").json();

        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("field").asString()).isEqualTo("title");
        assertThat(problem.get("detail").asString()).contains("200");
    }

    @Test
    void issuesDistinctTokensPerRoleAndBoard() {
        Api.TestBoard one = api.createBoard("One", "free");
        Api.TestBoard two = api.createBoard("Two", "free");

        assertThat(java.util.Set.of(one.facilitator(), one.participant(), one.observer(), two.facilitator(),
                two.participant(), two.observer())).hasSize(6);
    }

    @Test
    void readingABoardNeedsItsToken() {
        Api.TestBoard board = api.createBoard("Private", "free");
        Api.TestBoard other = api.createBoard("Other", "free");

        Api.Response anonymous = api.get("/api/boards/" + board.id());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("code").asString()).isEqualTo("TOKEN_REQUIRED");

        for (String wrong : new String[] {"not-the-token", other.facilitator(), board.participant() + "x"}) {
            Api.Response refused = api.get("/api/boards/" + board.id(), wrong);
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.json().get("code").asString()).isEqualTo("BOARD_NOT_FOUND");
        }
    }

    @ParameterizedTest
    @CsvSource({"0b7e6a2c-1f0d-4f5e-9a51-3c2d8e7f6a10", "not-a-uuid"})
    void answersAnUnknownBoardLikeAWrongToken(String id) {
        Api.Response response = api.get("/api/boards/" + id, "some-token");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("BOARD_NOT_FOUND");
    }

    @Test
    void servesTheBrowserAppForBoardPages() {
        Api.Response page = api.get("/b/0b7e6a2c-1f0d-4f5e-9a51-3c2d8e7f6a10");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"app\">");
    }

    @Test
    void reportsHealth() {
        Api.Response health = api.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
