package io.stormwall.collab.internal;

import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.apache.tomcat.websocket.DirectFrames;
import org.apache.tomcat.websocket.EncodedText;

/**
 * One client's outgoing messages, sent asynchronously one at a time, so a slow client never holds up the thread
 * that broadcasts to everyone else. Past its byte budget, or when a send fails or times out, the client is given
 * up on ({@code onGiveUp}); it catches up when it reconnects.
 */
final class Outbox implements SendHandler {

    private final Session session;
    private final long maxBytes;
    private final Consumer<Outbox> onGiveUp;
    /** The connection's socket, for frames written straight to it; null where that can't be done. */
    private final DirectFrames direct;
    /** Text frames as {@link TextFrame}s, binary ones (a compressed snapshot) as {@code ByteBuffer}s. */
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    /** Frames written to a socket at once, at most (a system call takes up to 1,024 buffers). */
    private static final int MOST_IN_ONE_WRITE = 64;
    /** Frames written whole straight to their socket, on every connection: tests read it to see that path taken. */
    private static final LongAdder WRITTEN_WHOLE = new LongAdder();
    /** Frames the socket took only part of, the rest left to the web server: how often that path is taken. */
    private static final LongAdder WRITTEN_IN_PART = new LongAdder();
    /** Writes that took several frames at once: how often messages that queued together went out together. */
    private static final LongAdder WRITTEN_TOGETHER = new LongAdder();
    private long queuedBytes;
    private boolean sending;
    private boolean pumping;
    private boolean closed;
    /** A close asked for while a message was being written: it follows that message's completion. */
    private Runnable closing;

    Outbox(Session session, long maxBytes, Consumer<Outbox> onGiveUp) {
        this.session = session;
        this.maxBytes = maxBytes;
        this.onGiveUp = onGiveUp;
        this.direct = DirectFrames.of(session);
    }

    /** Queues a message; false when the client is gone or has just been found too slow. */
    boolean send(TextFrame message) {
        return queue(List.of(message), message.size());
    }

    /** Queues messages in their order; the ones that queue together go to the socket in one write where they can. */
    boolean sendAll(List<TextFrame> messages) {
        return queue(messages, messages.stream().mapToLong(TextFrame::size).sum());
    }

    /** Queues one binary frame. */
    boolean sendBinary(ByteBuffer frame) {
        return queue(List.of(frame), frame.remaining());
    }

    /**
     * Frames in their order. One frame is sent at once when nothing is in flight or waiting (a live connection almost
     * always), without passing through the queue: a broadcast does this once per receiver.
     */
    private boolean queue(List<?> frames, long size) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queuedBytes + size <= maxBytes) {
                if (frames.size() == 1 && !sending && queue.isEmpty()) {
                    start(frames.get(0));
                } else {
                    queue.addAll(frames);
                    queuedBytes += size;
                }
                pump();
                return true;
            }
            closed = true;
            queue.clear();
        }
        onGiveUp.accept(this);
        return false;
    }

    static long writtenWhole() {
        return WRITTEN_WHOLE.sum();
    }

    static long writtenInPart() {
        return WRITTEN_IN_PART.sum();
    }

    static long writtenTogether() {
        return WRITTEN_TOGETHER.sum();
    }

    /** Bytes waiting behind the message in flight: how far this client lags. */
    synchronized long backlogBytes() {
        return queuedBytes;
    }

    synchronized boolean closed() {
        return closed;
    }

    synchronized void close() {
        closed = true;
        queue.clear();
    }

    /**
     * Stops sending and closes the connection once the message being written (if one is) has gone: a close frame
     * written during another write fails, and the client would see the connection drop (1006) instead of the code.
     */
    void closeAfterWrite(Runnable close) {
        synchronized (this) {
            closed = true;
            queue.clear();
            if (sending) {
                closing = close;
                return;
            }
        }
        close.run();
    }

    @Override
    public void onResult(SendResult result) {
        Runnable close;
        synchronized (this) {
            sending = false;
            close = closing;
            closing = null;
        }
        if (close != null) {
            close.run();
            return;
        }
        synchronized (this) {
            if (result.isOK()) {
                if (!pumping) {
                    pump();
                }
                return;
            }
            closed = true;
            queue.clear();
        }
        onGiveUp.accept(this);
    }

    /**
     * Writes the messages' whole frames straight to the socket, in one write, where they have them and the connection
     * allows.
     */
    private DirectFrames.Written writeWhole(List<TextFrame> texts) {
        if (direct == null || texts.get(0).wholeFrame() == null) {
            return DirectFrames.Written.NOT;
        }
        DirectFrames.Written written;
        if (texts.size() == 1) {
            written = direct.write(texts.get(0).wholeFrame(), this);
        } else {
            ByteBuffer[] frames = new ByteBuffer[texts.size()];
            for (int i = 0; i < frames.length; i++) {
                frames[i] = texts.get(i).wholeFrame();
            }
            written = direct.write(frames, this);
            if (written != DirectFrames.Written.NOT) {
                WRITTEN_TOGETHER.increment();
            }
        }
        if (written == DirectFrames.Written.WHOLE) {
            WRITTEN_WHOLE.add(texts.size());
        } else if (written == DirectFrames.Written.PART) {
            WRITTEN_IN_PART.increment();
        }
        return written;
    }

    /**
     * {@code first} and the messages queued right behind it that can go to the socket in the same write (taken from
     * the queue): only whole frames, and only where frames are written straight to the socket.
     */
    private List<TextFrame> together(TextFrame first) {
        if (direct == null || first.wholeFrame() == null || !(queue.peek() instanceof TextFrame next) || next.wholeFrame() == null) {
            return List.of(first);
        }
        List<TextFrame> texts = new ArrayList<>();
        texts.add(first);
        while (texts.size() < MOST_IN_ONE_WRITE && queue.peek() instanceof TextFrame more && more.wholeFrame() != null) {
            queue.poll();
            queuedBytes -= more.size();
            texts.add(more);
        }
        return texts;
    }

    /** Puts back, in front of the queue, the messages of {@code texts} after the first. */
    private void putBack(List<TextFrame> texts) {
        for (int i = texts.size() - 1; i > 0; i--) {
            queue.addFirst(texts.get(i));
            queuedBytes += texts.get(i).size();
        }
    }

    /** Sends the messages that wait, one send at a time, while none is in flight. Called with the lock held. */
    private void pump() {
        while (!sending && !closed) {
            Object next = queue.poll();
            if (next == null) {
                return;
            }
            queuedBytes -= next instanceof TextFrame text ? text.size() : ((ByteBuffer) next).remaining();
            start(next);
        }
    }

    /**
     * Starts sending {@code next} (and the whole frames queued right behind it). Called with the lock held and nothing
     * in flight. A frame the socket takes whole is done at once; the web server's own send, when it completes at once,
     * calls {@link #onResult} on this same thread, which then leaves the next message to {@link #pump} instead of
     * recursing. ({@code onGiveUp} only schedules a close, so calling it under the lock is safe.)
     */
    private void start(Object next) {
        sending = true;
        pumping = true;
        try {
            if (next instanceof TextFrame text) {
                List<TextFrame> texts = together(text);
                switch (writeWhole(texts)) {
                    case WHOLE -> sending = false; // done: no completion follows
                    case PART -> { } // the rest follows, then the completion (from the web server's threads)
                    case NOT -> {
                        putBack(texts);
                        sendTheUsualWay(text);
                    }
                }
            } else {
                boolean writing = SendCompletions.writing();
                try {
                    session.getAsyncRemote().sendBinary((ByteBuffer) next, this);
                } finally {
                    SendCompletions.doneWriting(writing);
                }
            }
        } catch (RuntimeException e) {
            sending = false;
            closed = true;
            queue.clear();
            onGiveUp.accept(this);
        } finally {
            pumping = false;
        }
    }

    /** Through the web server's send, whose completion may then run on this thread ({@link SendCompletions}). */
    private void sendTheUsualWay(TextFrame text) {
        boolean writing = SendCompletions.writing();
        try {
            if (!EncodedText.send(session.getAsyncRemote(), text.payload(), this)) {
                session.getAsyncRemote().sendText(text.text(), this);
            }
        } finally {
            SendCompletions.doneWriting(writing);
        }
    }
}
