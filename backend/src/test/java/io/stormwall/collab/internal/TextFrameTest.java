package io.stormwall.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The whole frame a message keeps is RFC 6455's unmasked text frame of exactly its bytes, in each length's form. */
class TextFrameTest {

    @Test
    void aShortMessageHasItsLengthInTheSecondByte() {
        TextFrame message = TextFrame.of("{\"type\":\"pong\",\"t\":1}");
        assertThat(header(message, 2)).containsExactly(0x81, 21);
        assertFramesItsPayload(message, 2);
    }

    @Test
    void aMessageOf126BytesOrMoreHasA16BitLength() {
        TextFrame message = TextFrame.of("ü".repeat(150)); // 300 bytes of UTF-8
        assertThat(header(message, 4)).containsExactly(0x81, 126, 300 >> 8, 300 & 0xFF);
        assertFramesItsPayload(message, 4);
    }

    @Test
    void aMessageOver65535BytesHasA64BitLength() {
        TextFrame message = TextFrame.of("x".repeat(TextFrame.WHOLE_FRAME_BYTES));
        assertThat(header(message, 10)).containsExactly(0x81, 127, 0, 0, 0, 0, 0, 1, 0, 0);
        assertFramesItsPayload(message, 10);
    }

    @Test
    void aLargerMessageHasNoWholeFrameAndIsSentTheUsualWay() {
        TextFrame message = TextFrame.of("x".repeat(TextFrame.WHOLE_FRAME_BYTES + 1));
        assertThat(message.wholeFrame()).isNull();
        assertThat(message.size()).isEqualTo(TextFrame.WHOLE_FRAME_BYTES + 1);
    }

    private static int[] header(TextFrame message, int length) {
        ByteBuffer frame = message.wholeFrame().duplicate();
        int[] header = new int[length];
        for (int i = 0; i < length; i++) {
            header[i] = frame.get() & 0xFF;
        }
        return header;
    }

    private static void assertFramesItsPayload(TextFrame message, int headerLength) {
        ByteBuffer frame = message.wholeFrame().duplicate();
        assertThat(frame.remaining()).isEqualTo(headerLength + message.size());
        frame.position(headerLength);
        byte[] payload = new byte[frame.remaining()];
        frame.get(payload);
        assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo(message.text());
        assertThat(message.payload()).isEqualTo(ByteBuffer.wrap(payload));
    }
}
