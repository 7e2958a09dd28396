package io.stormwall.security;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Text that is not Unicode — a lone surrogate, which no UTF-8 can carry, or a NUL, which PostgreSQL can't store —
 * is refused where it enters, naming its field, over both edges; nothing of it is stored and nobody else on the
 * board notices. The messages are written by hand because a JSON library would not write such text.
 */
@StormwallTest
class UnreadableTextTest {

    /** As they travel in JSON: escapes, so the frame itself is well-formed. */
    private static final String SURROGATE = "\\ud800";
    private static final String NUL = "\\u0000";

    private final Api api;
    private final int port;

    UnreadableTextTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aStickyOfUnreadableTextIsRejectedAndTheOthersStayAndKeepReceiving() {
        Api.TestBoard board = api.createBoard("Unreadable stickies", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null);
                WsClient bob = WsClient.join(port, board.id(), board.participant(), "bob", null);
                WsClient eve = WsClient.join(port, board.id(), board.observer(), "eve", null)) {
            ada.sendText(batch("s1", "{\"op\":\"create\",\"element\":{\"kind\":\"event\",\"text\":\"Order " + SURROGATE + " Placed\"}}"));
            assertRejected(ada.await("rejected"), "s1", "ops[0].element.text");

            ada.sendText(batch("s2", "{\"op\":\"create\",\"element\":{\"kind\":\"event\",\"text\":\"Order " + NUL + " Placed\"}}"));
            assertRejected(ada.await("rejected"), "s2", "ops[0].element.text");

            // in a field's name as well as in its value
            ada.sendText(batch("s3", "{\"op\":\"create\",\"element\":{\"kind\":\"event\",\"text\":\"Fine\",\"te" + SURROGATE + "xt\":\"x\"}}"));
            JsonNode inName = assertRejected(ada.await("rejected"), "s3", "ops[0].element.te\\uD800xt");
            assertThat(inName.get("message").asString()).contains("field name");

            ada.sendText(batch("s4", "{\"op\":\"create\",\"element\":{\"kind\":\"hotspot\",\"text\":\"Who?\",\"props\":{\"owner\":\"B" + NUL + "b\"}}}"));
            assertRejected(ada.await("rejected"), "s4", "ops[0].element.props.owner");

            ada.send(object("type", "ops", "clientOpId", "fine", "ops", List.of(
                    object("op", "create", "element", object("kind", "event", "text", "Order Placed")))));
            for (WsClient client : List.of(ada, bob, eve)) {
                JsonNode applied = client.await("applied");
                assertThat(applied.get("clientOpId").asString()).isEqualTo("fine");
                assertThat(client.isClosed()).isFalse();
            }
            assertThat(texts(board)).containsExactly("Order Placed");
        }
    }

    @Test
    void aJoinUnderAnUnreadableNameIsRefusedEvenWithAnObserverLink() {
        Api.TestBoard board = api.createBoard("Unreadable names", "free");
        try (WsClient bob = WsClient.join(port, board.id(), board.participant(), "bob", null);
                WsClient mallory = WsClient.connect(port)) {
            mallory.sendText("{\"type\":\"join\",\"protocol\":" + WsClient.PROTOCOL + ",\"boardId\":\"" + board.id()
                    + "\",\"token\":\"" + board.observer() + "\",\"clientId\":\"" + WsClient.secret("mallory")
                    + "\",\"name\":\"Mal" + SURROGATE + "\"}");
            JsonNode error = mallory.await("error");
            assertThat(error.get("code").asString()).isEqualTo("INVALID_MESSAGE");
            assertThat(error.get("field").asString()).isEqualTo("name");
            assertThat(mallory.awaitClose()).isEqualTo(4400);

            api.ops(board.id(), board.participant(), "after", object("op", "create", "element", object("kind", "event", "text", "Still here")));
            assertThat(bob.await("applied").get("clientOpId").asString()).isEqualTo("after");
            assertThat(bob.isClosed()).isFalse();
            assertThat(bob.received()).noneMatch(m -> "participantJoined".equals(m.path("type").asString()));
        }
        assertThat(api.get("/api/boards/" + board.id() + "/export.md", board.facilitator()).body()).doesNotContain("Mal");
    }

    @Test
    void anUnreadableClientOpIdIsAnsweredWithAnErrorOnTheLiveEdgeAndA400OverRest() {
        Api.TestBoard board = api.createBoard("Unreadable op ids", "free");
        try (WsClient ada = WsClient.join(port, board.id(), board.participant(), "ada", null)) {
            ada.sendText("{\"type\":\"ops\",\"clientOpId\":\"op" + NUL + "\",\"ops\":[]}");
            JsonNode error = ada.await("error");
            assertThat(error.get("code").asString()).isEqualTo("INVALID_MESSAGE");
            assertThat(error.get("field").asString()).isEqualTo("clientOpId");

            ada.sendText("{\"type\":\"freeze\",\"clientOpId\":\"op" + SURROGATE + "\",\"frozen\":true}");
            assertThat(ada.await("error").get("field").asString()).isEqualTo("clientOpId");

            // unreadable content with no clientOpId to reject it under: the error names the unreadable field
            ada.sendText("{\"type\":\"ops\",\"ops\":[{\"op\":\"create\",\"element\":{\"kind\":\"event\",\"text\":\"A" + NUL + "\"}}]}");
            JsonNode unnamed = ada.await(m -> "error".equals(m.path("type").asString()) && !"clientOpId".equals(m.path("field").asString()),
                    "an error naming the unreadable field");
            assertThat(unnamed.get("code").asString()).isEqualTo("INVALID_MESSAGE");
            assertThat(unnamed.get("field").asString()).isEqualTo("ops[0].element.text");

            ada.send(object("type", "ping", "t", 1));
            assertThat(ada.await("pong").get("t").asInt()).isEqualTo(1);
            assertThat(ada.isClosed()).isFalse();
        }
        Api.Response rest = api.post("/api/boards/" + board.id() + "/ops", "{\"clientOpId\":\"op" + NUL + "\",\"ops\":[]}", board.participant());
        assertRefused(rest, "clientOpId");
        assertThat(api.get("/api/boards/" + board.id(), board.participant()).json().get("seq").asLong()).isZero();
    }

    @Test
    void aBoardTitleOfUnreadableTextIsRefused() {
        assertRefused(api.post("/api/boards", "{\"title\":\"Big" + NUL + "Picture\",\"format\":\"free\"}"), "title");
        assertRefused(api.post("/api/boards", "{\"title\":\"Big" + SURROGATE + "Picture\",\"format\":\"free\"}"), "title");
        Api.Response inName = api.post("/api/boards", "{\"title\":\"Fine\",\"" + SURROGATE + "\":\"x\"}");
        assertRefused(inName, "\\uD800");
    }

    @Test
    void aRestBatchOfUnreadableTextStoresNothingAndTheLiveClientsKeepReceiving() {
        Api.TestBoard board = api.createBoard("Unreadable owners", "free");
        try (WsClient bob = WsClient.join(port, board.id(), board.observer(), "bob", null)) {
            Api.Response owner = api.post("/api/boards/" + board.id() + "/ops", "{\"clientOpId\":\"h1\",\"ops\":[{\"op\":\"create\","
                    + "\"element\":{\"kind\":\"hotspot\",\"text\":\"Who pays?\",\"props\":{\"owner\":\"Fin" + SURROGATE + "\"}}}]}",
                    board.participant());
            assertRefused(owner, "ops[0].element.props.owner");
            Api.Response text = api.post("/api/boards/" + board.id() + "/ops", "{\"clientOpId\":\"h2\",\"ops\":[{\"op\":\"create\","
                    + "\"element\":{\"kind\":\"event\",\"text\":\"Paid" + NUL + "\"}}]}", board.participant());
            assertRefused(text, "ops[0].element.text");

            api.ops(board.id(), board.participant(), "h3", object("op", "create", "element", object("kind", "event", "text", "Paid")));
            assertThat(bob.await("applied").get("clientOpId").asString()).isEqualTo("h3");
            assertThat(bob.isClosed()).isFalse();
        }
        assertThat(texts(board)).containsExactly("Paid");
    }

    @Test
    void anImportedFileOfUnreadableTextCreatesNothing() {
        Api.TestBoard board = api.createBoard("Source", "free");
        api.ops(board.id(), board.participant(), "one", object("op", "create", "element", object("kind", "event", "text", "Order Placed")));
        String file = api.get("/api/boards/" + board.id() + "/export.json", board.participant()).body();
        Api.Response refused = api.post("/api/boards/import", file.replace("Order Placed", "Order " + NUL + "Placed"));
        assertRefused(refused, "elements[0].text");
        Api.Response inTitle = api.post("/api/boards/import", file.replace("\"Source\"", "\"Sour" + SURROGATE + "ce\""));
        assertRefused(inTitle, "meta.title");
        Api.Response inName = api.post("/api/boards/import", file.replace("\"title\"", "\"ti" + SURROGATE + "tle\""));
        assertRefused(inName, "meta.ti\\uD800tle");
    }

    private static String batch(String clientOpId, String op) {
        return "{\"type\":\"ops\",\"clientOpId\":\"" + clientOpId + "\",\"ops\":[" + op + "]}";
    }

    private static JsonNode assertRejected(JsonNode rejected, String clientOpId, String field) {
        assertThat(rejected.get("clientOpId").asString()).isEqualTo(clientOpId);
        assertThat(rejected.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(rejected.get("field").asString()).isEqualTo(field);
        return rejected;
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("field").asString()).isEqualTo(field);
        String message = problem.has("errors") ? problem.get("errors").get(0).get("message").asString() : problem.get("detail").asString();
        assertThat(message).contains("readable");
    }

    private List<String> texts(Api.TestBoard board) {
        return api.get("/api/boards/" + board.id(), board.participant()).json().get("elements").valueStream()
                .map(e -> e.get("text").asString()).toList();
    }
}
