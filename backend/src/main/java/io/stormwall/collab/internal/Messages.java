package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.web.ApiException;
import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes the server's messages of docs/protocol.md. */
@Component
class Messages {

    private final JsonMapper json;
    private final ObjectWriter writer;

    Messages(JsonMapper json) {
        this.json = json;
        this.writer = json.writerFor(ServerMessage.class);
    }

    /** Built by hand around the stored ops text: the hot path, once per batch for every client. */
    String applied(BatchApplied batch) {
        return "{\"type\":\"applied\",\"seq\":" + batch.seq()
                + ",\"clientId\":" + json.writeValueAsString(batch.clientId())
                + ",\"clientOpId\":" + json.writeValueAsString(batch.clientOpId())
                + ",\"by\":" + json.writeValueAsString(batch.by())
                + ",\"at\":" + json.writeValueAsString(batch.at().toString())
                + ",\"ops\":" + batch.ops() + "}";
    }

    String write(ServerMessage message) {
        return writer.writeValueAsString(message);
    }

    String welcome(BoardId board, Participant you, long seq, String catchUp, Collection<Participant> participants) {
        return write(new ServerMessage.Welcome(ClientMessages.PROTOCOL_VERSION, board.value().toString(), you.sessionId(),
                you.role(), seq, catchUp, participants, Instant.now().toEpochMilli()));
    }

    String rejected(String clientOpId, ApiException refusal) {
        return write(new ServerMessage.Rejected(clientOpId, refusal.code(), refusal.getMessage(), refusal.field()));
    }

    String error(String code, String text) {
        return write(new ServerMessage.Error(code, text));
    }

    String error(String code, String text, String clientOpId) {
        return write(new ServerMessage.Error(code, text, clientOpId));
    }
}
