package io.stormwall.security;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a batch broadcasts about its sender must not let anyone else send as that sender: a second connection
 * taking the victim's identity as seen on the wire and sending the victim's next (predictable) client op id first
 * must not turn the victim's real batch into an {@code ack duplicate} that was never applied.
 */
@StormwallTest
class ForgedResendTest {

    private final int port;
    private final Api api;

    ForgedResendTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aForgerWithTheVictimsIdentityAsSeenOnTheWireCannotPreemptTheirNextBatch() {
        Api.TestBoard board = api.createBoard("Forged", "free");
        try (WsClient victim = WsClient.join(port, board.id(), board.participant(), "victim", null)) {
            victim.send(batch("op-1", UUID.randomUUID().toString(), "First"));
            String seen = whoSent(victim.await("applied"));

            try (WsClient forger = WsClient.joinWithClientId(port, board.id(), board.participant(), seen, "forger", null)) {
                forger.send(batch("op-2", UUID.randomUUID().toString(), "Forged"));
                JsonNode forged = forger.await(m -> m.path("type").asString().matches("applied|ack|rejected"), "the forged batch's answer");
                assertThat(forged.path("type").asString()).as("the forger's batch is its own").isEqualTo("applied");
            }

            String edit = UUID.randomUUID().toString();
            victim.send(batch("op-2", edit, "The victim's edit"));
            JsonNode answer = victim.await(m -> m.path("type").asString().matches("ack|rejected")
                    || "applied".equals(m.path("type").asString()) && m.path("ops").toString().contains(edit), "the victim's answer");

            assertThat(answer.path("type").asString()).as("the victim's batch is applied, not taken for a resend").isEqualTo("applied");
            assertThat(texts(board)).contains("The victim's edit");
        }
    }

    @Test
    void aLiveClientNamedAfterARestRoleCannotPreemptAScriptsBatch() {
        Api.TestBoard board = api.createBoard("Scripted", "free");
        assertThat(api.ops(board.id(), board.participant(), "nightly-1", create(UUID.randomUUID().toString(), "Imported 1")).status()).isEqualTo(200);
        for (String name : List.of("rest:participant", "rest:facilitator")) {
            try (WsClient forger = WsClient.joinWithClientId(port, board.id(), board.participant(), name, "forger", null)) {
                forger.send(batch("nightly-2", UUID.randomUUID().toString(), "Forged as " + name));
                assertThat(forger.await(m -> m.path("type").asString().matches("applied|ack|rejected"), "the forged batch's answer")
                        .path("type").asString()).isEqualTo("applied");
            }
        }

        Api.Response script = api.ops(board.id(), board.participant(), "nightly-2", create(UUID.randomUUID().toString(), "Imported 2"));

        assertThat(script.status()).as(script.body()).isEqualTo(200);
        assertThat(script.json().get("duplicate").asBoolean()).as("the script's batch is applied").isFalse();
        assertThat(texts(board)).contains("Imported 2");
    }

    @Test
    void aForgerCannotPreemptTheFacilitatorsFreeze() {
        Api.TestBoard board = api.createBoard("Frozen", "free");
        try (WsClient lead = WsClient.join(port, board.id(), board.facilitator(), "lead", null)) {
            lead.send(object("type", "gating", "clientOpId", "op-1", "lifted", true));
            String seen = whoSent(lead.await("applied"));

            try (WsClient forger = WsClient.joinWithClientId(port, board.id(), board.participant(), seen, "forger", null)) {
                forger.send(batch("op-2", UUID.randomUUID().toString(), "Forged"));
                assertThat(forger.await(m -> m.path("type").asString().matches("applied|ack|rejected"), "the forged batch's answer")
                        .path("type").asString()).isEqualTo("applied");
            }
            lead.send(object("type", "freeze", "clientOpId", "op-2", "frozen", true));
            JsonNode answer = lead.await(m -> m.path("type").asString().matches("ack|rejected")
                    || "applied".equals(m.path("type").asString()) && "op-2".equals(m.path("clientOpId").asString())
                    && m.path("ops").toString().contains("freeze"), "the freeze's answer");

            assertThat(answer.path("type").asString()).as("the freeze is applied, not taken for a resend").isEqualTo("applied");
            assertThat(api.get("/api/boards/" + board.id(), board.observer()).json().get("frozen").asBoolean()).isTrue();
        }
    }

    @Test
    void aResendByTheClientHoldingTheSecretIsStillRecognised() {
        Api.TestBoard board = api.createBoard("Resent", "free");
        Map<String, Object> batch = batch("op-1", UUID.randomUUID().toString(), "Once");
        try (WsClient first = WsClient.join(port, board.id(), board.participant(), "tab", null)) {
            first.send(batch);
            first.await("applied");
        }
        try (WsClient again = WsClient.join(port, board.id(), board.participant(), "tab", 1L)) {
            again.send(batch);
            assertThat(again.await("ack").get("seq").asLong()).isEqualTo(1);
        }
        assertThat(texts(board)).containsExactly("Once");
    }

    /** Whatever the broadcast says about who sent a batch: all a forger has to go on. */
    private static String whoSent(JsonNode applied) {
        return applied.hasNonNull("origin") ? applied.get("origin").asString() : applied.get("clientId").asString();
    }

    private List<String> texts(Api.TestBoard board) {
        return api.get("/api/boards/" + board.id(), board.observer()).json().get("elements").valueStream()
                .map(e -> e.get("text").asString()).toList();
    }

    private static Map<String, Object> batch(String clientOpId, String id, String text) {
        return object("type", "ops", "clientOpId", clientOpId, "ops", List.of(create(id, text)));
    }

    private static Map<String, Object> create(String id, String text) {
        return object("op", "create", "element", object("id", id, "kind", "event", "text", text, "x", 0, "y", 0));
    }
}
