package io.stormwall.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for a running server, so tests see exactly what scripts and browsers see. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String body, HttpHeaders headers) {

        public Response(int status, String contentType, String body) {
            this(status, contentType, body, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** A board created over the API, with its three role tokens. */
    public record TestBoard(String id, String facilitator, String participant, String observer) {}

    public TestBoard createBoard(String title, String format) {
        JsonNode board = post("/api/boards", JSON.writeValueAsString(Json.object("title", title, "format", format))).json();
        JsonNode tokens = board.get("tokens");
        return new TestBoard(board.get("id").asString(), tokens.get("facilitator").asString(),
                tokens.get("participant").asString(), tokens.get("observer").asString());
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response get(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)), token).GET());
    }

    public Response post(String path, String json) {
        return post(path, json, null);
    }

    public Response post(String path, String json, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)), token).DELETE());
    }

    /** Sends one batch of ops to a board over REST. */
    public Response ops(String boardId, String token, String clientOpId, Object... ops) {
        return post("/api/boards/" + boardId + "/ops",
                JSON.writeValueAsString(Json.object("clientOpId", clientOpId, "ops", ops)), token);
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
