package io.stormwall.collab.internal;

import io.stormwall.web.JsonContract;
import org.springframework.web.socket.CloseStatus;

/** The close codes of docs/protocol.md, by the names the schema's {@code $defs.closeCode} gives them. */
final class CloseCodes {

    static final CloseStatus PROTOCOL_VIOLATION = code("protocolViolation", "protocol violation");
    static final CloseStatus UNAUTHORIZED = code("unauthorized", "the token does not open this board");
    static final CloseStatus LINK_ROTATED = code("linkRotated", "link rotated: the token no longer opens this board");
    static final CloseStatus TOO_MANY_CONNECTIONS = code("tooManyConnections", "too many connections");
    static final CloseStatus TOO_SLOW = code("tooSlow", "too slow: catch up with lastSeq");
    /** A batch failed for a server reason: the client resends it and every later one, in order, on a new connection. */
    static final CloseStatus RESEND = code("resend", "resend");
    /** The client speaks another protocol version than this server: it reloads to fetch the app that matches. */
    static final CloseStatus PROTOCOL_MISMATCH = code("protocolMismatch", "protocol version mismatch: reload");

    private CloseCodes() {}

    private static CloseStatus code(String title, String reason) {
        for (var code : JsonContract.get().at(JsonContract.Document.PROTOCOL, "/$defs/closeCode/oneOf")) {
            if (code.path("title").asString("").equals(title)) {
                return new CloseStatus(code.path("const").asInt(), reason);
            }
        }
        throw new IllegalStateException("The schema names no close code '" + title + "'.");
    }
}
