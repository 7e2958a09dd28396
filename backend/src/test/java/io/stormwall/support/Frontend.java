package io.stormwall.support;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/** The browser app's folder, for tests that run its tools (browser tests, the Mermaid parser) with node. */
public final class Frontend {

    private Frontend() {}

    public static Path dir() {
        String configured = System.getenv("STORMWALL_FRONTEND_DIR");
        return (configured != null ? Path.of(configured) : Path.of("..", "frontend")).toAbsolutePath().normalize();
    }

    /**
     * Skips the test, loudly, when what it needs is not there (a build with -DskipUi, no Chromium) — unless
     * {@code E2E_REQUIRED=1}, as in CI, where a missing tool is a failure.
     */
    public static void requireOrSkip(String check, boolean available, String what) {
        if (available) {
            return;
        }
        String message = check + " NOT RUN: " + what;
        System.err.println("\n" + "!".repeat(message.length()) + "\n" + message + "\n" + "!".repeat(message.length()) + "\n");
        if ("1".equals(System.getenv("E2E_REQUIRED"))) {
            fail(message + " — and E2E_REQUIRED=1");
        }
        assumeTrue(false, message);
    }
}
