package io.stormwall.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch whose envelope plainly holds to the schema is read without the schema's check: it must come out as the
 * schema's reading and Jackson's binding make it, and anything not plainly so must still be refused as the schema
 * says. No server.
 */
@Tag("rules")
class ClientMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPlainBatchIsReadAsTheSchemaAndTheBindingReadIt() {
        for (String clientOpId : List.of("1", "e42@1733100000", " x ", "\u00e9\u20ac", "\uD83D\uDE00", "a".repeat(100), "\u00a0")) {
            JsonNode message = JSON.readTree("{\"type\":\"ops\",\"clientOpId\":" + JSON.writeValueAsString(clientOpId)
                    + ",\"ops\":[{\"op\":\"update\",\"id\":\"x\",\"set\":{\"x\":1}}]}");
            ClientMessage bound = JsonMapper.shared().treeToValue(message, ClientMessage.class);
            assertThat(ClientMessages.read(message, true)).as(clientOpId).isEqualTo(bound);
        }
    }

    @Test
    void anEnvelopeThatIsNotPlainlySoIsRefusedAsTheSchemaSays() {
        refused("{\"type\":\"ops\",\"clientOpId\":\"\",\"ops\":[]}", "clientOpId");
        refused("{\"type\":\"ops\",\"clientOpId\":\" \\t\\n\\u000b\\f\\r\",\"ops\":[]}", "clientOpId");
        refused("{\"type\":\"ops\",\"clientOpId\":\"" + "a".repeat(101) + "\",\"ops\":[]}", "clientOpId");
        refused("{\"type\":\"ops\",\"clientOpId\":7,\"ops\":[]}", "clientOpId");
        refused("{\"type\":\"ops\",\"clientOpId\":\"1\",\"ops\":[],\"extra\":true}", "extra");
        refused("{\"type\":\"ops\",\"clientOpId\":\"1\"}", "ops");
        refused("{\"type\":\"ops\",\"clientOpId\":\"1\",\"ops\":{}}", "ops");
        refused("{\"type\":\"ops\",\"clientOpId\":\"1\",\"ops\":[\"\\ud800\"]}", "ops[0]");
    }

    @Test
    void aClientOpIdOfAHundredCodePointsInMoreCharactersStillHoldsToTheSchema() {
        JsonNode message = JSON.readTree("{\"type\":\"ops\",\"clientOpId\":" + JSON.writeValueAsString("\uD83D\uDE00".repeat(100))
                + ",\"ops\":[]}");
        assertThat(ClientMessages.read(message, true)).isEqualTo(JsonMapper.shared().treeToValue(message, ClientMessage.class));
    }

    private static void refused(String text, String field) {
        assertThatThrownBy(() -> ClientMessages.read(JSON.readTree(text), true)).as(text)
                .isInstanceOfSatisfying(ClientMessages.Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo(field));
    }
}
