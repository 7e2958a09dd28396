package org.apache.tomcat.websocket;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import java.nio.ByteBuffer;

/**
 * Sends a text message that is already UTF-8 as one text frame. The standard API takes text only as a {@code String}
 * and encodes it again for every receiver, which for a broadcast to a whole board was over half of what each send
 * cost; this hands Tomcat the bytes encoded once, through the same path its own binary sends take. It lives in
 * Tomcat's package because that path is package-private; a change of it breaks the build, not a running server.
 */
public final class EncodedText {

    private EncodedText() {
    }

    /** @return false when {@code remote} is not Tomcat's, and the caller must send the text itself */
    public static boolean send(RemoteEndpoint.Async remote, ByteBuffer utf8, SendHandler handler) {
        if (!(remote instanceof WsRemoteEndpointBase tomcat)) {
            return false;
        }
        tomcat.base.startMessage(Constants.OPCODE_TEXT, utf8, true, handler);
        return true;
    }
}
