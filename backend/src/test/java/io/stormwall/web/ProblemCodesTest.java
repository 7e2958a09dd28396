package io.stormwall.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Answers Spring refuses before any controller runs still carry the documented {@code code}. */
@StormwallTest
class ProblemCodesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ProblemCodesTest(@LocalServerPort int port) {
        this.port = port;
    }

    @Test
    void anUnknownApiPathIsNotFound() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/api/nowhere")).GET()), 404, "NOT_FOUND");
    }

    @Test
    void anUnknownBoardExportIsNotFound() throws Exception {
        Api.TestBoard board = new Api(port).createBoard("Codes", "free");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/boards/" + board.id() + "/export.nothing")).GET()),
                404, "NOT_FOUND");
    }

    @Test
    void aWrongMethodIsNotAllowed() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/api/boards")).DELETE()), 405, "METHOD_NOT_ALLOWED");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/formats")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/api/boards"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("title=Wall"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asString()).as(response.body()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).as(response.body()).isNotBlank();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
