package io.stormwall.collab.internal;

import io.stormwall.board.Access;
import io.stormwall.wall.Origin;
import io.stormwall.wall.PersonId;
import java.nio.ByteBuffer;
import java.util.List;
import org.springframework.web.socket.WebSocketSession;

/** One open connection: its outbox, where it comes from, its rate limits and, once joined, who it is on which board. */
final class Client {

    final WebSocketSession session;
    final Outbox outbox;
    final String address;
    final TokenBucket messages;
    final TokenBucket edits;
    final BatchLine batches;
    private volatile Joined joined;
    final TextPieces pieces;
    /** Asked for large snapshots compressed, as one binary frame ({@link SnapshotFrames}). */
    private final boolean gzipSnapshots;

    /**
     * {@code origin} stands for the secret client id and {@code person} for the device's secret person key, neither of
     * which is kept: they are what the board sees of this client and of the person behind it.
     */
    record Joined(Access access, Origin origin, PersonId person, Participant participant) {}

    Client(WebSocketSession session, Outbox outbox, String address, CollabProperties limits, BatchLine batches) {
        this.session = session;
        this.outbox = outbox;
        this.address = address;
        this.messages = new TokenBucket(limits.messagesPerSecond(), limits.messageBurst());
        this.edits = new TokenBucket(limits.editsPerSecond(), limits.editBurst());
        this.batches = batches;
        this.pieces = new TextPieces(limits.maxFrameBytes());
        this.gzipSnapshots = session.getUri() != null && SnapshotFrames.asked(session.getUri().getRawQuery());
    }

    Joined joined() {
        return joined;
    }

    void join(Joined identity) {
        this.joined = identity;
    }

    String sessionId() {
        return joined == null ? session.getId() : joined.participant().sessionId();
    }

    boolean send(String message) {
        return outbox.send(TextFrame.of(message));
    }

    boolean send(TextFrame message) {
        return outbox.send(message);
    }

    boolean sendAll(List<TextFrame> messages) {
        return outbox.sendAll(messages);
    }

    /**
     * Makes a snapshot ready to send — compressed into one binary frame when it is large and this client asked for
     * that, else as text — so that the work is done before the room's lock is taken; running the result sends it.
     */
    Runnable snapshotSender(String snapshot) {
        if (compresses(snapshot)) {
            ByteBuffer frame = SnapshotFrames.gzip(snapshot);
            return () -> outbox.sendBinary(frame);
        }
        TextFrame frame = TextFrame.of(snapshot);
        return () -> outbox.send(frame);
    }

    /** The same, for a snapshot shared by several joins: written and compressed once for all of them. */
    Runnable snapshotSender(SharedSnapshot snapshot) {
        if (compresses(snapshot.text())) {
            ByteBuffer frame = snapshot.gzip();
            return () -> outbox.sendBinary(frame);
        }
        TextFrame frame = snapshot.frame();
        return () -> outbox.send(frame);
    }

    private boolean compresses(String snapshot) {
        return gzipSnapshots && snapshot.length() > SnapshotFrames.GZIP_ABOVE_CHARS;
    }
}
