package io.stormwall.collab.internal;

import io.stormwall.board.BoardId;
import io.stormwall.wall.BatchApplied;
import io.stormwall.wall.WallSnapshot;
import io.stormwall.web.ApiException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the server's messages of docs/protocol.md. */
@Component
class Messages {

    private final JsonMapper json;

    Messages(JsonMapper json) {
        this.json = json;
    }

    /** Built by hand around the stored ops text: the hot path, once per batch for every client. */
    String applied(BatchApplied batch) {
        return "{\"type\":\"applied\",\"seq\":" + batch.seq()
                + ",\"clientId\":" + quote(batch.clientId())
                + ",\"clientOpId\":" + quote(batch.clientOpId())
                + ",\"by\":" + quote(batch.by())
                + ",\"at\":" + quote(batch.at().toString())
                + ",\"ops\":" + batch.ops() + "}";
    }

    /** {@code serverTime} lets a client read the timer's end on the server's clock rather than its own. */
    String welcome(BoardId board, Participant you, long seq, String catchUp, Collection<Participant> participants) {
        return write(message("welcome",
                "boardId", board.value(), "sessionId", you.sessionId(), "role", you.role(), "seq", seq,
                "catchUp", catchUp, "participants", participants, "serverTime", Instant.now().toEpochMilli()));
    }

    String snapshot(WallSnapshot snapshot) {
        return write(message("snapshot", "seq", snapshot.board().seq(), "board", snapshot.board(), "elements", snapshot.elements()));
    }

    String ack(String clientOpId, long seq) {
        return write(message("ack", "clientOpId", clientOpId, "seq", seq, "duplicate", true));
    }

    String rejected(String clientOpId, ApiException refusal) {
        Map<String, Object> m = message("rejected", "clientOpId", clientOpId, "code", refusal.code(), "message", refusal.getMessage());
        if (refusal.field() != null) {
            m.put("field", refusal.field());
        }
        return write(m);
    }

    String presence(Collection<Map<String, Object>> updates) {
        return write(message("presence", "updates", updates));
    }

    String joined(Participant participant) {
        return write(message("participantJoined", "participant", participant));
    }

    String left(String sessionId) {
        return write(message("participantLeft", "sessionId", sessionId));
    }

    /** Between nodes only: who is on the board at the sending node. */
    String roster(Collection<Participant> participants) {
        return write(message("roster", "participants", participants));
    }

    String error(String code, String text) {
        return write(message("error", "code", code, "message", text));
    }

    String pong(Object t) {
        return write(message("pong", "t", t));
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    private String quote(String text) {
        return json.writeValueAsString(text);
    }

    private static Map<String, Object> message(String type, Object... fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            m.put((String) fields[i], fields[i + 1]);
        }
        return m;
    }
}
