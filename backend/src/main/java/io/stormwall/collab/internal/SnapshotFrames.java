package io.stormwall.collab.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A large snapshot compressed once, for a client that asked for it ({@code /ws?snapshot=gzip}): the live socket
 * negotiates no permessage-deflate, which would compress every broadcast once per receiver, so the one message that
 * gains from compression is compressed here instead and sent as a binary frame.
 */
final class SnapshotFrames {

    /** Below this many characters a snapshot goes out as text: compressing it saves less than it costs. */
    static final int GZIP_ABOVE_CHARS = 16 * 1024;
    static final String QUERY = "snapshot=gzip";

    private SnapshotFrames() {}

    static boolean asked(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.equals(QUERY)) {
                return true;
            }
        }
        return false;
    }

    /** The gzip member of the snapshot's UTF-8 text, at the fastest level: most of the gain for a fraction of the time. */
    static ByteBuffer gzip(String snapshot) {
        byte[] text = snapshot.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 6 + 64);
        try (OutputStream gzip = new FastGzip(out)) {
            gzip.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ByteBuffer.wrap(out.toByteArray());
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
