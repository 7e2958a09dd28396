package io.stormwall.web.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Ends the process on an OutOfMemoryError, even without {@code -XX:+ExitOnOutOfMemoryError}: a server that ran out
 * of heap in its poller or acceptor threads stays alive answering nothing, and no supervisor restarts it. The web
 * server catches and logs such errors in places, so both the uncaught ones and the logged ones count.
 */
@Component
class OutOfMemoryExit {

    /** The status the JVM's own {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    static final int STATUS = 3;

    OutOfMemoryExit() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            haltIfOutOfMemory(failure);
            if (before != null) {
                before.uncaughtException(thread, failure);
            } else {
                System.err.println("Exception in thread \"" + thread.getName() + "\"");
                failure.printStackTrace();
            }
        });
        ILoggerFactory loggers = LoggerFactory.getILoggerFactory();
        if (loggers instanceof LoggerContext logback) {
            logback.addTurboFilter(new TurboFilter() {
                @Override
                public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
                    haltIfOutOfMemory(t);
                    if (t == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
                        haltIfOutOfMemory(last);
                    }
                    return FilterReply.NEUTRAL;
                }
            });
        }
    }

    static void haltIfOutOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                // no logging, no shutdown hooks: either may need the memory that is not there
                System.err.println("Out of memory: exiting so that the process is restarted.");
                Runtime.getRuntime().halt(STATUS);
            }
        }
    }
}
