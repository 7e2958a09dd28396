package io.stormwall.collab;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.Json;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.WsClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A person is who owns votes and unrevealed stickies: every tab and every reconnect of one device is one person, two
 * devices are two, and what others see of a person never lets them act as it.
 */
@StormwallTest
class PersonTest {

    private final int port;
    private final Api api;

    PersonTest(@LocalServerPort int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void twoTabsOfOneDeviceAreOnePersonAndAnotherDeviceIsAnother() {
        Api.TestBoard board = api.createBoard("People", "free");
        try (WsClient first = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-tab-1", "ada");
                WsClient second = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada-tab-2", "ada");
                WsClient other = WsClient.joinAsPerson(port, board.id(), board.participant(), "grace", "grace")) {

            assertThat(second.personId()).isEqualTo(first.personId());
            assertThat(other.personId()).isNotEqualTo(first.personId());
            assertThat(first.origin()).as("the tabs are still two clients").isNotEqualTo(second.origin());
            assertThat(first.personId()).isEqualTo(expected(board.id(), WsClient.secret("person:ada")));
        }
    }

    @Test
    void everyoneSeesWhichPersonEachParticipantIsButNeverTheKey() {
        Api.TestBoard board = api.createBoard("Seen", "free");
        try (WsClient ada = WsClient.joinAsPerson(port, board.id(), board.participant(), "ada", "ada");
                WsClient grace = WsClient.joinAsPerson(port, board.id(), board.facilitator(), "grace", "grace")) {

            JsonNode joined = ada.await(m -> "participantJoined".equals(m.path("type").asString()), "Grace joining");

            assertThat(joined.at("/participant/personId").asString()).isEqualTo(grace.personId());
            assertThat(joined.toString()).doesNotContain(WsClient.secret("person:grace"));
            assertThat(grace.welcome().get("participants").findValuesAsString("personId")).contains(ada.personId());
        }
    }

    @Test
    void aClientWithoutAPersonKeyIsAPersonOfItsOwn() {
        Api.TestBoard board = api.createBoard("Alone", "free");
        try (WsClient first = WsClient.join(port, board.id(), board.participant(), "tab-1", null);
                WsClient second = WsClient.join(port, board.id(), board.participant(), "tab-2", null)) {

            assertThat(first.personId()).isNotEqualTo(second.personId()).isEqualTo(expected(board.id(), WsClient.secret("tab-1")));
        }
    }

    @Test
    void aPersonKeyTooShortToBeSecretIsRefusedNamingIt() {
        Api.TestBoard board = api.createBoard("Short", "free");
        try (WsClient client = WsClient.connect(port)) {
            client.send(Json.object("type", "join", "protocol", WsClient.PROTOCOL, "boardId", board.id(), "token",
                    board.participant(), "clientId", WsClient.secret("short"), "personKey", "ada"));

            JsonNode error = client.await("error");

            assertThat(error.get("code").asString()).isEqualTo("INVALID_MESSAGE");
            assertThat(error.get("field").asString()).isEqualTo("personKey");
        }
    }

    private static String expected(String boardId, String personKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((boardId + ":person:" + personKey).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
