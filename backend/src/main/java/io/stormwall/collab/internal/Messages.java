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
        return ReadableJson.wellFormed("{\"type\":\"applied\",\"seq\":" + batch.seq()
                + ",\"origin\":" + json.writeValueAsString(batch.origin().value())
                + ",\"clientOpId\":" + json.writeValueAsString(batch.clientOpId())
                + ",\"by\":" + json.writeValueAsString(batch.by())
                + ",\"at\":" + json.writeValueAsString(batch.at().toString())
                + ",\"ops\":" + ops + "}");
    }

    String write(ServerMessage message) {
        return ReadableJson.wellFormed(writer.writeValueAsString(message));
    }

    /** A batch or control refused: its code, why, and the field at fault. */
    String rejected(String clientOpId, ApiException refusal) {
        return write(new ServerMessage.Rejected(clientOpId, refusal.code(), refusal.getMessage(), refusal.field()));
    }
}
