package org.apache.tomcat.websocket;

import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.apache.tomcat.websocket.server.WsRemoteEndpointImplServer;

/**
 * Writes a whole WebSocket frame, built once for every receiver of a broadcast, straight to a connection's socket.
 * Tomcat's own send path builds each frame's header anew, queues a message part, writes header and payload as two
 * buffers (copying both to a direct buffer), and completes through its socket wrapper and a handler: a profile of a
 * batch sent to 200 clients put that at about a third of the delivering thread's time, besides the write itself.
 *
 * <p>The frame is written while Tomcat's own lock of the connection's messages (its "message part in progress") is
 * held, so that nothing Tomcat sends itself (a pong, a close) can come between its bytes; should the socket take
 * only part of it, the rest goes through Tomcat's raw write, with its write timeout and its wait for the socket, and
 * the lock is given back when that completes, as Tomcat does for its own messages. A plain socket only: a TLS one,
 * an extension that transforms frames (none is negotiated), or anything unexpected, and the caller sends the message
 * the usual way. It lives in Tomcat's package because what it needs there is package-private; a change of that
 * breaks the build, and a change of the socket wrapper's field sends every message the usual way again.
 */
public final class DirectFrames {

    /** What became of a frame handed to {@link #write}. */
    public enum Written {
        /** All of it is on the socket; the handler is not called. */
        WHOLE,
        /** Part of it is, and Tomcat writes the rest: the handler is called once that is done (or failed). */
        PART,
        /** Nothing was written: send the message the usual way. */
        NOT
    }

    private static final Field SOCKET_WRAPPER = socketWrapperField();

    private final WsRemoteEndpointImplBase endpoint;
    private final WsSession session;
    private final SocketChannel channel;

    private DirectFrames(WsRemoteEndpointImplBase endpoint, WsSession session, SocketChannel channel) {
        this.endpoint = endpoint;
        this.session = session;
        this.channel = channel;
    }

    /** @return null when frames can't be written straight to this session's socket */
    public static DirectFrames of(Session session) {
        if (SOCKET_WRAPPER == null || !(session instanceof WsSession tomcat)
                || !(tomcat.getAsyncRemote() instanceof WsRemoteEndpointBase remote)
                || !(remote.base instanceof WsRemoteEndpointImplServer server)
                || !tomcat.getNegotiatedExtensions().isEmpty()) {
            return null;
        }
        try {
            if (SOCKET_WRAPPER.get(server) instanceof SocketWrapperBase<?> wrapper
                    && wrapper.getSocket() != null && wrapper.getSocket().getClass() == NioChannel.class) {
                SocketChannel channel = ((NioChannel) wrapper.getSocket()).getIOChannel();
                return channel == null ? null : new DirectFrames(server, tomcat, channel);
            }
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Writes {@code frame} (a whole unmasked frame, header included; read through a view of its own, the caller's
     * position is left alone) unless a message of Tomcat's is being written or the connection is not plainly open.
     */
    public Written write(ByteBuffer frame, SendHandler handler) {
        if (!acquire()) {
            return Written.NOT;
        }
        ByteBuffer bytes = frame.duplicate();
        int size = bytes.remaining();
        int written;
        try {
            written = channel.write(bytes);
        } catch (IOException | RuntimeException e) {
            return nothingWritten();
        }
        return written == size ? whole(size) : rest(size, handler, new ByteBuffer[] {bytes});
    }

    /**
     * The same for several whole frames, one after the other, in one (gathering) write: the messages that queued for
     * a connection go out in one system call instead of one each.
     */
    public Written write(ByteBuffer[] frames, SendHandler handler) {
        if (!acquire()) {
            return Written.NOT;
        }
        ByteBuffer[] bytes = new ByteBuffer[frames.length];
        long size = 0;
        for (int i = 0; i < frames.length; i++) {
            bytes[i] = frames[i].duplicate();
            size += bytes[i].remaining();
        }
        long written;
        try {
            written = channel.write(bytes);
        } catch (IOException | RuntimeException e) {
            return nothingWritten();
        }
        return written == size ? whole(size) : rest(size, handler, bytes);
    }

    /** Takes Tomcat's lock of the connection's messages, if the connection is plainly open and no message holds it. */
    private boolean acquire() {
        return session.isOpen() && !endpoint.getBatchingAllowed() && endpoint.messagePartInProgress.tryAcquire();
    }

    /** Nothing was written: the usual way meets the same failure and reports it as it always has. */
    private Written nothingWritten() {
        endpoint.endMessage(null, null);
        return Written.NOT;
    }

    private Written whole(long size) {
        endpoint.updateStats(size);
        endpoint.endMessage(null, null);
        return Written.WHOLE;
    }

    /** Part of the frames went: Tomcat writes the rest, with its write timeout, and gives its lock back after. */
    private Written rest(long size, SendHandler handler, ByteBuffer[] bytes) {
        endpoint.updateStats(size);
        long timeout = endpoint.getSendTimeout();
        long expiry = timeout > 0 ? System.currentTimeMillis() + timeout : Long.MAX_VALUE;
        endpoint.doWrite(new Rest(endpoint, handler), false, expiry, rest(bytes));
        return Written.PART;
    }

    /** The buffers with bytes still to write, in order. */
    private static ByteBuffer[] rest(ByteBuffer[] bytes) {
        int first = 0;
        while (!bytes[first].hasRemaining()) {
            first++;
        }
        return first == 0 ? bytes : Arrays.copyOfRange(bytes, first, bytes.length);
    }

    /** Gives Tomcat's lock back once the rest of a frame is written, then tells the caller's handler. */
    private record Rest(WsRemoteEndpointImplBase endpoint, SendHandler handler) implements SendHandler {
        @Override
        public void onResult(SendResult result) {
            endpoint.endMessage(handler, result);
        }
    }

    private static Field socketWrapperField() {
        try {
            Field field = WsRemoteEndpointImplServer.class.getDeclaredField("socketWrapper");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
