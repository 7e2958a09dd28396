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

    private static void assertEncodable(String message) throws CharacterCodingException {
        StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(message));
    }
}
