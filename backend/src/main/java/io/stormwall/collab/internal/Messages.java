package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.web.ApiException;
import io.stormwall.web.ReadableJson;
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

    /**
     * Built by hand around the stored ops text: the hot path, once per batch for every client. Every message is made
     * well-formed here and in {@link #write}, once for all who receive it: a lone surrogate would make the frame
     * unwritable and the server would give up on every client of the board as if each were too slow.
     */
    String applied(BatchApplied batch) {
        return applied(batch, batch.opsFor(null));
    }

    /**
     * The applied message with {@code ops} as one reader may see them ({@link BatchApplied#opsFor}); clients are sent
     * batches through {@link AppliedMessage}, which picks them.
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

    String welcome(BoardId board, Client.Joined you, long seq, String catchUp, Collection<Participant> participants) {
        Participant person = you.participant();
        return write(new ServerMessage.Welcome(ClientMessages.PROTOCOL_VERSION, board.value().toString(), person.sessionId(),
                person.role(), you.origin().value(), you.person().value(), seq, catchUp, participants,
                Instant.now().toEpochMilli()));
    }

    String checks(io.stormwall.coach.Checks checks) {
        return write(new ServerMessage.Checks(checks.seq(), checks.enabled(), checks.findings()));
    }

    String checksChanged(io.stormwall.coach.ChecksDelta delta) {
        return write(new ServerMessage.ChecksChanged(delta.since(), delta.seq(), delta.added(), delta.removed()));
    }

    String rejected(String clientOpId, ApiException refusal) {
        return write(new ServerMessage.Rejected(clientOpId, refusal.code(), refusal.getMessage(), refusal.field()));
    }

    String error(String code, String text) {
        return error(code, text, null);
    }

    String error(String code, String text, String field) {
        return write(new ServerMessage.Error(code, text, field, null));
    }

    /** An error about one batch, naming it, so the client knows which batch failed. */
    String batchError(String code, String text, String clientOpId) {
        return write(new ServerMessage.Error(code, text, null, clientOpId));
    }
}
