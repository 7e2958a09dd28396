package io.stormwall.collab.internal;

import io.stormwall.wall.BatchApplied;
import io.stormwall.web.ApiException;
import io.stormwall.web.ReadableJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the server's messages of docs/protocol.md: each is a {@link ServerMessage} record, written by Jackson, but
 * {@code applied}. Every message is made well-formed here, once for all who receive it: a lone surrogate would make
 * the frame unwritable and the server would give up on every client of the board as if each were too slow.
 */
@Component
class Messages {

    private final JsonMapper json;
    private final ObjectWriter writer;

    Messages(JsonMapper json) {
        this.json = json;
        this.writer = json.writerFor(ServerMessage.class);
    }

    /**
     * Built by hand around the stored ops text, the hot path (once per batch for every client), with {@code ops} as
     * one reader may see them ({@link BatchApplied#opsFor}); clients are sent batches through {@link AppliedMessage},
     * which picks them.
     */
    String applied(BatchApplied batch, String ops) {
        StringBuilder text = new StringBuilder(96 + ops.length()).append("{\"type\":\"applied\",\"seq\":").append(batch.seq());
        quoted(text.append(",\"origin\":"), batch.origin().value());
        quoted(text.append(",\"clientOpId\":"), batch.clientOpId());
        quoted(text.append(",\"by\":"), batch.by());
        quoted(text.append(",\"at\":"), batch.at().toString());
        return ReadableJson.wellFormed(text.append(",\"ops\":").append(ops).append('}').toString());
    }

    /**
     * A JSON string as Jackson writes it. Names and ids seldom hold anything to escape: those are copied as they are,
     * without a generator per string (four of them per batch were a third of what building its message cost).
     */
    private void quoted(StringBuilder text, String value) {
        if (value == null || needsEscaping(value)) {
            text.append(json.writeValueAsString(value));
            return;
        }
        text.append('"').append(value).append('"');
    }

    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    String write(ServerMessage message) {
        return ReadableJson.wellFormed(writer.writeValueAsString(message));
    }

    /** A batch or control refused: its code, why, and the field at fault. */
    String rejected(String clientOpId, ApiException refusal) {
        return write(new ServerMessage.Rejected(clientOpId, refusal.code(), refusal.getMessage(), refusal.field()));
    }
}
