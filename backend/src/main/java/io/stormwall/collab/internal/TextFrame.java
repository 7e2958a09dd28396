package io.stormwall.collab.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A text message encoded to UTF-8 once, however many clients it goes to: a broadcast is written and encoded once
 * per board, not once per receiver. Each send reads its own view of the bytes. A message of up to
 * {@link #WHOLE_FRAME_BYTES} also keeps its whole WebSocket frame, header included, outside the heap, which every
 * receiver's socket is given as it is ({@link Outbox}): a server's frames are neither masked nor, here, compressed,
 * so the frame is the same for all of them.
 *
 * @param wholeFrame the whole frame, or null for a message sent through the web server's own path
 */
record TextFrame(ByteBuffer utf8, ByteBuffer wholeFrame) {

    /** Larger messages (a whole wall as text) are rare, and go through the web server's own send path. */
    static final int WHOLE_FRAME_BYTES = 64 * 1024;

    private static final byte FIN_TEXT = (byte) 0x81;

    /** The message's bytes are held once: as the payload part of its whole frame, when it has one. */
    static TextFrame of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = bytes.length <= WHOLE_FRAME_BYTES ? frameOf(bytes) : null;
        if (frame == null) {
            return new TextFrame(ByteBuffer.wrap(bytes).asReadOnlyBuffer(), null);
        }
        return new TextFrame(frame.slice(frame.limit() - bytes.length, bytes.length).asReadOnlyBuffer(), frame.asReadOnlyBuffer());
    }

    /**
     * RFC 6455, 5.2: FIN and the text opcode, then the payload's length in 7, 7+16 or 7+64 bits; no mask. Null when
     * the memory outside the heap (bounded by -XX:MaxDirectMemorySize) is used up: the message then goes the usual way.
     */
    static ByteBuffer frameOf(byte[] payload) {
        int header = payload.length < 126 ? 2 : payload.length <= 0xFFFF ? 4 : 10;
        ByteBuffer frame;
        try {
            frame = ByteBuffer.allocateDirect(header + payload.length);
        } catch (OutOfMemoryError directMemoryUsedUp) {
            return null;
        }
        frame.put(FIN_TEXT);
        if (payload.length < 126) {
            frame.put((byte) payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.put((byte) 126).putShort((short) payload.length);
        } else {
            frame.put((byte) 127).putLong(payload.length);
        }
        return frame.put(payload).flip();
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
