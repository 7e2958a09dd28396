package io.stormwall.collab.internal;

import io.stormwall.wall.WallSnapshot;
import java.nio.ByteBuffer;

/**
 * A whole wall as everyone may see it at one seq, written and compressed at most once for all the joins that find
 * the board still at that seq: twenty people opening a large board at the start of a workshop cost one read, one
 * serialisation and one encoding or compression, not twenty.
 */
final class SharedSnapshot {

    private final WallSnapshot wall;
    private final Messages messages;
    private String text;
    private ByteBuffer gzip;
    private TextFrame frame;

    SharedSnapshot(WallSnapshot everyone, Messages messages) {
        this.wall = everyone;
        this.messages = messages;
    }

    long seq() {
        return wall.board().seq();
    }

    WallSnapshot wall() {
        return wall;
    }

    synchronized String text() {
        if (text == null) {
            text = write(messages, wall);
        }
        return text;
    }

    synchronized TextFrame frame() {
        if (frame == null) {
            frame = TextFrame.of(text());
        }
        return frame;
    }

    /** Each caller gets its own view of the one compressed frame: outboxes read their buffers as they send them. */
    synchronized ByteBuffer gzip() {
        if (gzip == null) {
            gzip = SnapshotFrames.gzip(text());
        }
        return gzip.asReadOnlyBuffer();
    }

    static String write(Messages messages, WallSnapshot read) {
        return messages.write(new ServerMessage.Snapshot(read.board().seq(), read.board(), read.elements(), read.votes(), read.unseen()));
    }
}
