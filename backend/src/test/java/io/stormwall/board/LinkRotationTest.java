package io.stormwall.board;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.Node;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A facilitator replaces a role's link: the old token stops opening the board at once, on every node. */
@StormwallTest
class LinkRotationTest {

    private static Node nodeB;

    private final Api api;
    private final int port;

    LinkRotationTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @BeforeAll
    static void startSecondNode() {
        nodeB = Node.onTestDatabase();
    }

    @AfterAll
    static void stopSecondNode() {
        nodeB.close();
    }

    @Test
    void rotatingALinkShutsOutTheOldTokenOverRestAndClosesItsSessionsOnEveryNode() {
        Api.TestBoard board = api.createBoard("Rotation", "free");
        try (WsClient onA = WsClient.join(port, board.id(), board.participant(), "p-a", null);
                WsClient onB = WsClient.join(nodeB.port(), board.id(), board.participant(), "p-b", null);
                WsClient observer = WsClient.join(port, board.id(), board.observer(), "o-a", null)) {
            Api.Response rotated = rotate(board.id(), "participant", board.facilitator());

            assertThat(rotated.status()).isEqualTo(200);
            JsonNode link = rotated.json();
            String fresh = link.get("token").asString();
            assertThat(link.get("role").asString()).isEqualTo("participant");
            assertThat(fresh).isNotEqualTo(board.participant()).hasSize(43);
            assertThat(link.get("link").asString()).endsWith("/b/" + board.id() + "#k=" + fresh);

            assertThat(onA.awaitClose()).isEqualTo(4403);
            assertThat(onB.awaitClose()).isEqualTo(4403);
            Api.Response old = api.get("/api/boards/" + board.id(), board.participant());
            assertThat(old.status()).isEqualTo(404);
            assertThat(old.json().get("code").asString()).isEqualTo("BOARD_NOT_FOUND");
            assertThat(old.body()).doesNotContain(board.participant());
            assertThat(api.get("/api/boards/" + board.id(), fresh).status()).isEqualTo(200);
            assertThat(api.ops(board.id(), fresh, "after-rotation", object("op", "create",
                    "element", object("kind", "event", "text", "Still editing"))).status()).isEqualTo(200);

            // other roles keep their links and sessions
            assertThat(observer.await("applied").get("clientOpId").asString()).isEqualTo("after-rotation");
            assertThat(observer.isClosed()).isFalse();

            try (WsClient stale = WsClient.connect(port)) {
                stale.send(object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token", board.participant(),
                        "clientId", WsClient.secret("stale")));
                assertThat(stale.awaitClose()).isEqualTo(4401);
            }
            try (WsClient rejoined = WsClient.join(nodeB.port(), board.id(), fresh, "p-b", null)) {
                assertThat(rejoined.welcome().get("role").asString()).isEqualTo("participant");
            }
        }
    }

    @Test
    void rotatingTheFacilitatorsOwnLinkHandsOverTheNewOne() {
        Api.TestBoard board = api.createBoard("Own link", "free");
        String fresh = rotate(board.id(), "facilitator", board.facilitator()).json().get("token").asString();

        assertThat(api.get("/api/boards/" + board.id(), board.facilitator()).status()).isEqualTo(404);
        assertThat(rotate(board.id(), "observer", fresh).status()).isEqualTo(200);
    }

    @Test
    void onlyTheFacilitatorRotatesAndOnlyKnownRoles() {
        Api.TestBoard board = api.createBoard("Who rotates", "free");
        Api.TestBoard other = api.createBoard("Another", "free");

        assertThat(code(rotate(board.id(), "observer", board.participant()))).isEqualTo("403 FORBIDDEN");
        assertThat(code(rotate(board.id(), "observer", board.observer()))).isEqualTo("403 FORBIDDEN");
        assertThat(code(rotate(board.id(), "observer", null))).isEqualTo("401 TOKEN_REQUIRED");
        assertThat(code(rotate(board.id(), "observer", other.facilitator()))).isEqualTo("404 BOARD_NOT_FOUND");
        Api.Response unknown = rotate(board.id(), "admin", board.facilitator());
        assertThat(code(unknown)).isEqualTo("400 VALIDATION_FAILED");
        assertThat(unknown.json().get("field").asString()).isEqualTo("role");
        assertThat(unknown.json().get("detail").asString()).contains("'admin'");
        // none of the refusals changed a link
        assertThat(api.get("/api/boards/" + board.id(), board.observer()).status()).isEqualTo(200);
    }

    private Api.Response rotate(String boardId, String role, String token) {
        return api.post("/api/boards/" + boardId + "/links/" + role + "/rotate", "", token);
    }

    private static String code(Api.Response response) {
        return response.status() + " " + response.json().get("code").asString();
    }
}
