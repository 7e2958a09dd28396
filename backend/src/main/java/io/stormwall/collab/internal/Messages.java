package io.stormwall.collab.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.stormwall.wall.BatchApplied;
import io.stormwall.web.ApiException;
import io.stormwall.web.ReadableJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the server's messages of docs/protocol.md: each is a {@link ServerMessage} record, written by Jackson, but
 * {@code applied}, which carries the stored ops as they are. Every message is made well-formed here, once for all who receive it: a lone surrogate would make
 * the frame unwritable and the server would give up on every client of the board as if each were too slow.
 */
@Component
class Messages {

    private final ObjectWriter writer;
    private final ObjectWriter appliedWriter;

    Messages(JsonMapper json) {
        this.writer = json.writerFor(ServerMessage.class);
        this.appliedWriter = json.writerFor(AppliedText.class);
    }

    /**
     * Written around the stored ops text, the hot path (once per batch for every client), with {@code ops} as
     * one reader may see them ({@link BatchApplied#opsFor}); clients are sent batches through {@link AppliedMessage},
     * which picks them.
     */
    String applied(BatchApplied batch, String ops) {
        return ReadableJson.wellFormed(appliedWriter.writeValueAsString(new AppliedText(batch.seq(), batch.origin().value(),
                batch.clientOpId(), batch.by(), batch.at().toString(), ops)));
    }

    /** The stored ops are JSON already, and go in as they are: one generator for the whole message. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"type", "seq", "origin", "clientOpId", "by", "at", "ops"})
    private record AppliedText(long seq, String origin, String clientOpId, String by, String at, @JsonRawValue String ops) {
        @JsonProperty
        String type() {
            return "applied";
        }
    }

    String write(ServerMessage message) {
        return ReadableJson.wellFormed(writer.writeValueAsString(message));
    }

    /** A batch or control refused: its code, why, and the field at fault. */
    String rejected(String clientOpId, ApiException refusal) {
        return write(new ServerMessage.Rejected(clientOpId, refusal.code(), refusal.getMessage(), refusal.field()));
    }
}
