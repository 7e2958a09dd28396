package io.stormwall.collab.internal;

import org.springframework.web.socket.CloseStatus;

/** The close codes of docs/protocol.md. */
final class CloseCodes {

    static final CloseStatus PROTOCOL_VIOLATION = new CloseStatus(4400, "protocol violation");
    static final CloseStatus UNAUTHORIZED = new CloseStatus(4401, "the token does not open this board");
    static final CloseStatus LINK_ROTATED = new CloseStatus(4403, "link rotated: the token no longer opens this board");
    static final CloseStatus TOO_MANY_CONNECTIONS = new CloseStatus(4429, "too many connections");
    static final CloseStatus TOO_SLOW = new CloseStatus(4408, "too slow: catch up with lastSeq");

    private CloseCodes() {}
}
