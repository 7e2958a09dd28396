package io.stormwall.collab.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A text message encoded to UTF-8 once, however many clients it goes to: a broadcast is written and encoded once
 * per board, not once per receiver. Each send reads its own view of the bytes.
 */
record TextFrame(ByteBuffer utf8) {

    static TextFrame of(String text) {
        return new TextFrame(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer());
    }

    ByteBuffer payload() {
        return utf8.duplicate();
    }

    int size() {
        return utf8.remaining();
    }

    String text() {
        return StandardCharsets.UTF_8.decode(payload()).toString();
    }
}
