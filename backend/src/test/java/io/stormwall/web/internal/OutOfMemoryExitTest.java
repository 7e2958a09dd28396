package io.stormwall.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

@Tag("rules")
class OutOfMemoryExitTest {

    private final AtomicInteger halts = new AtomicInteger();
    // logs of their own: a server started by another test in this JVM watches the shared ones, and would really exit
    private final LoggerContext logs = new LoggerContext();
    private final Logger log = logs.getLogger("io.stormwall.test.OutOfMemoryExit");
    private OutOfMemoryExit exit;

    @BeforeEach
    void watch() {
        exit = new OutOfMemoryExit(halts::incrementAndGet, logs);
    }

    @AfterEach
    void stopWatching() {
        exit.destroy();
    }

    @Test
    void anOutOfMemoryErrorLoggedAsTheCauseOfAnotherEndsTheProcess() {
        log.error("A poller gave up", new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")));
        assertThat(halts).hasValue(1);
    }

    @Test
    void soDoesOneLoggedAsTheLastArgumentOfAMessage() {
        log.warn("Sending to {} failed", "a client", new OutOfMemoryError("Direct buffer memory"));
        assertThat(halts).hasValue(1);
    }

    @Test
    void otherFailuresAndLevelChecksLeaveItRunning() {
        log.error("A client went away", new IllegalStateException("closed"));
        log.isTraceEnabled();
        log.info("no failure at all");
        assertThat(halts).hasValue(0);
    }

    @Test
    void itAddsNoTurboFilterWhichEveryLevelCheckWouldRun() {
        assertThat(logs.getTurboFilterList()).isEmpty();
    }

    @Test
    void anOutOfMemoryErrorItselfEndsTheProcess() {
        exit.haltIfOutOfMemory(new OutOfMemoryError("unable to create native thread"));
        assertThat(halts).hasValue(1);
    }
}
