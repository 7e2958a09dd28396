package io.stormwall.web.internal;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Ends the process on an OutOfMemoryError, even without {@code -XX:+ExitOnOutOfMemoryError}: a server that ran out
 * of heap in its poller or acceptor threads stays alive answering nothing, and no supervisor restarts it. The web
 * server catches and logs such errors in places, so both the uncaught ones and the logged ones count. The logged
 * ones are seen by an appender on the root logger, which runs only for what is written: a turbo filter would run on
 * every level check of every logger, the many a request or a batch makes and never writes included.
 */
@Component
class OutOfMemoryExit implements DisposableBean {

    /** The status the JVM's own {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    static final int STATUS = 3;

    private final Runnable halt;
    private final ILoggerFactory loggers;
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private final AppenderBase<ILoggingEvent> watch = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getThrowableProxy() instanceof ThrowableProxy logged) {
                haltIfOutOfMemory(logged.getThrowable());
            }
        }
    };

    OutOfMemoryExit() {
        this(() -> {
            // no logging, no shutdown hooks: either may need the memory that is not there
            System.err.println("Out of memory: exiting so that the process is restarted.");
            Runtime.getRuntime().halt(STATUS);
        }, LoggerFactory.getILoggerFactory());
    }

    OutOfMemoryExit(Runnable halt, ILoggerFactory loggers) {
        this.halt = halt;
        this.loggers = loggers;
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            haltIfOutOfMemory(failure);
            if (before != null) {
                before.uncaughtException(thread, failure);
            } else {
                System.err.println("Exception in thread \"" + thread.getName() + "\"");
                failure.printStackTrace();
            }
        });
        if (loggers instanceof LoggerContext logback) {
            watch.setName("out-of-memory-exit");
            watch.setContext(logback);
            watch.start();
            logback.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(watch);
        }
    }

    void haltIfOutOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                halt.run();
                return;
            }
        }
    }

    @Override
    public void destroy() {
        if (loggers instanceof LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(watch);
        }
        watch.stop();
        Thread.setDefaultUncaughtExceptionHandler(before);
    }
}
