package io.stormwall.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.Origin;
import java.time.Instant;
import java.util.UUID;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever text reaches the writer, what it writes can be sent as UTF-8: one unwritable frame would make the server
 * give up on every client of a board as if each were too slow. No server.
 */
@Tag("rules")
class MessagesTest {

    private final Messages messages = new Messages(JsonMapper.builder().build());

    @Test
    void everyMessageIsWellFormedWhateverTextItCarries() throws CharacterCodingException {
        String written = messages.write(new ServerMessage.Error("UNKNOWN_TYPE", "Unknown message type 'x\uD800'.", null, null));
        assertEncodable(written);
        assertThat(written).contains("x\uFFFD");
    }

    @Test
    void anAppliedBatchIsWellFormedWhateverItsStoredOpsHold() throws CharacterCodingException {
        BatchApplied batch = new BatchApplied(new BoardId(UUID.randomUUID()), 7, new Origin("ada"), "ada:1", "Ada\uDC00", Instant.EPOCH,
                "[{\"op\":\"update\",\"id\":\"x\",\"set\":{\"text\":\"Paid\uD800\"}}]");
        String written = messages.applied(batch, batch.opsFor(null));
        assertEncodable(written);
        assertThat(JsonMapper.shared().readTree(written).get("ops").get(0).get("set").get("text").asString()).isEqualTo("Paid\uFFFD");
    }

    @Test
    void anAppliedBatchWritesItsTextsAsJacksonWouldWhateverTheyHold() {
        JsonMapper json = JsonMapper.builder().build();
        for (String text : java.util.List.of("Ada", "", "a/b", "quote \" and \\ back", "tab\tnew\nline\u0001\u001f", "\u00e9\u2028\uD83D\uDE00",
                "\u007f\u0080")) {
            BatchApplied batch = new BatchApplied(new BoardId(UUID.randomUUID()), 3, new Origin("o" + text), text, text, Instant.EPOCH, "[]");
            String expected = "{\"type\":\"applied\",\"seq\":3,\"origin\":" + json.writeValueAsString("o" + text) + ",\"clientOpId\":"
                    + json.writeValueAsString(text) + ",\"by\":" + json.writeValueAsString(text) + ",\"at\":\"1970-01-01T00:00:00Z\",\"ops\":[]}";
            assertThat(messages.applied(batch, "[]")).as(text).isEqualTo(expected);
        }
    }

    private static void assertEncodable(String message) throws CharacterCodingException {
        StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(message));
    }
}
