package io.stormwall.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST calls that set a board up: create it, then put stickies on it in one batch. */
final class Rest {

    record Board(String id, String participantToken) {}

    /** The live protocol's version the benchmarks speak (docs/protocol.md). */
    static final int PROTOCOL = 3;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final Options options;
    private final JsonMapper json = JsonMapper.builder().build();

    Rest(HttpClient http, Options options) {
        this.http = http;
        this.options = options;
    }

    /** Fails with a readable message unless the server answers its health check. */
    void checkHealth() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(options.http("/actuator/health")).timeout(Duration.ofSeconds(5)).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("No server answers at " + options.base + " (" + e + ")", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("Health check at " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    Board createBoard(String title) throws IOException, InterruptedException {
        String body = "{\"title\":" + json.writeValueAsString(title) + ",\"format\":\"free\"}";
        JsonNode created = post("/api/boards", null, body, 201);
        return new Board(created.get("id").asString(), created.get("tokens").get("participant").asString());
    }

    /** Creates {@code count} event stickies on a grid in one batch; returns their ids. */
    List<String> createStickies(Board board, int count) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>(count);
        StringBuilder body = new StringBuilder("{\"clientOpId\":\"bench-setup\",\"ops\":[");
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"op\":\"create\",\"element\":{\"id\":\"").append(id)
                    .append("\",\"kind\":\"event\",\"text\":\"Sticky ").append(i + 1)
                    .append("\",\"x\":").append((i % 10) * 200)
                    .append(",\"y\":").append((i / 10) * 150).append("}}");
        }
        body.append("]}");
        post("/api/boards/" + board.id() + "/ops", board.participantToken(), body.toString(), 200);
        return List.copyOf(ids);
    }

    private JsonNode post(String path, String token, String body, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(options.http(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
