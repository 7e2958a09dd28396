package io.stormwall.collab.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.LongAdder;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.threads.ResizableExecutor;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.apache.tomcat.websocket.server.WsRemoteEndpointImplServer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Lets the completion of an asynchronous WebSocket send run on the thread whose write completed it, when that thread
 * is an {@link Outbox} handing the message to Tomcat, instead of on one of the web server's worker threads. Tomcat
 * hands every such completion to its pool, so a batch broadcast to N clients woke worker threads N times, and a
 * profile of 200 receivers put those wake-ups (and the threads' parking again) at about a fifth of the server's CPU.
 * A completion is small: Tomcat releases the connection for its next message, and {@link Outbox#onResult} starts that
 * message if one waits, both without blocking, and the writing thread already holds the outbox's lock. (Most live
 * messages no longer pass through Tomcat's send at all, see {@code DirectFrames}; this serves the rest: large and
 * binary messages. The end of a frame the socket took only in part completes on the pool: the socket was full, the
 * completion waits for it anyway, and marking the writer's thread for every frame cost a thread-local lookup per
 * receiver for that rare case.)
 *
 * <p>Every other completion still goes to the pool: the one that follows a write a slow socket could not take at once,
 * and above all one that Tomcat gives from a thread holding its own lock of the connection (a close): run there, it
 * would wait for the outbox's lock while the outbox's writer waits for Tomcat's.
 *
 * <p>Tomcat's completion is a {@code Runnable} nested in {@link WsRemoteEndpointImplServer}; should that change, every
 * task goes to the pool again (the server works, only dearer), and {@code SendCompletionsTest} fails the build.
 */
@Component
class SendCompletions implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {

    private static final ClassValue<Boolean> COMPLETION = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getEnclosingClass() == WsRemoteEndpointImplServer.class;
        }
    };

    /** Tomcat's own pools, once wrapped: no longer Tomcat's to stop, so stopped here. */
    private final List<ExecutorService> pools = new CopyOnWriteArrayList<>();
    private final LongAdder ranInline = new LongAdder();

    /** Set while an outbox hands a message to Tomcat on this thread: only then may the send's completion run here. */
    private static final ThreadLocal<Boolean> WRITING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Marks this thread as an outbox's writer; {@link #doneWriting} with the result ends it. */
    static boolean writing() {
        Boolean before = WRITING.get();
        WRITING.set(Boolean.TRUE);
        return before;
    }

    static void doneWriting(boolean before) {
        WRITING.set(before);
    }

    /** Whether {@code task} is Tomcat's completion of an asynchronous WebSocket send. */
    static boolean isSendCompletion(Runnable task) {
        return COMPLETION.get(task.getClass());
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        for (Connector connector : tomcat.getTomcat().getService().findConnectors()) {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol
                    && protocol.getExecutor() instanceof ThreadPoolExecutor pool) {
                pools.add(pool);
                protocol.setExecutor(new Inline(pool, ranInline));
            }
        }
    }

    /** How many send completions ran on the thread that completed the write. */
    long ranInline() {
        return ranInline.sum();
    }

    /** Called once the web server has stopped (it stops with the context's lifecycle, before beans are destroyed). */
    @Override
    public void destroy() {
        pools.forEach(ExecutorService::shutdownNow);
    }

    /**
     * The pool as before, except for the completion of a send an outbox is writing on this thread, which runs at once
     * (the thread holds the outbox's lock, which the completion takes again). Tomcat reads its
     * threads' counts (for JMX) through {@link ResizableExecutor}.
     */
    private record Inline(ThreadPoolExecutor pool, LongAdder ranInline) implements ResizableExecutor {
        @Override
        public void execute(Runnable task) {
            if (WRITING.get() && isSendCompletion(task)) {
                ranInline.increment();
                task.run();
            } else {
                pool.execute(task);
            }
        }

        @Override
        public int getPoolSize() {
            return pool.getPoolSize();
        }

        @Override
        public int getMaxThreads() {
            return pool.getMaximumPoolSize();
        }

        @Override
        public int getActiveCount() {
            return pool.getActiveCount();
        }

        @Override
        public boolean resizePool(int corePoolSize, int maximumPoolSize) {
            pool.setCorePoolSize(corePoolSize);
            pool.setMaximumPoolSize(maximumPoolSize);
            return true;
        }

        @Override
        public boolean resizeQueue(int capacity) {
            return false;
        }
    }
}
