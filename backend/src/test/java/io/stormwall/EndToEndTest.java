package io.stormwall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.stormwall.support.Frontend;
import io.stormwall.support.StormwallTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the browser tests (frontend/e2e, TypeScript with playwright-core) against this test's server, which sits on
 * the run's fresh database. Without Chromium they are skipped loudly, unless E2E_REQUIRED=1.
 */
@StormwallTest
class EndToEndTest {

    private static final long DEADLINE_MINUTES = 30;

    @LocalServerPort
    int port;

    @Test
    void browserTestsPass() throws IOException, InterruptedException {
        Path chromium = Path.of(Objects.requireNonNullElse(System.getenv("CHROMIUM_PATH"), "/usr/bin/chromium"));
        Path frontend = Frontend.dir();
        Frontend.requireOrSkip("END-TO-END TESTS", Files.isExecutable(chromium), "no Chromium at " + chromium + " (set CHROMIUM_PATH)");
        Frontend.requireOrSkip("END-TO-END TESTS", Files.isDirectory(frontend.resolve("node_modules/playwright-core")),
                "front-end dependencies are not installed in " + frontend + " (build without -DskipUi)");

        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "e2e")
                .directory(frontend.toFile())
                .redirectErrorStream(true);
        npm.environment().put("STORMWALL_URL", "http://localhost:" + port);
        npm.environment().put("CHROMIUM_PATH", chromium.toString());
        npm.environment().put("SCREENSHOT_DIR", screenshots.toString());
        npm.environment().put("FORCE_COLOR", "0");
        Process process = npm.start();
        Thread output = echo(process);
        if (!process.waitFor(DEADLINE_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("browser tests did not finish within " + DEADLINE_MINUTES + " minutes");
        }
        output.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(process.exitValue()).as("exit code of the browser tests (output above)").isZero();
    }



    private static Thread echo(Process process) {
        Thread thread = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(line -> System.out.println("[e2e] " + line));
            } catch (IOException e) {
                System.out.println("[e2e] output lost: " + e.getMessage());
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
