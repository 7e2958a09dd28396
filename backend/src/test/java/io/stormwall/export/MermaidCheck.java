package io.stormwall.export;

import static org.assertj.core.api.Assertions.fail;

import io.stormwall.support.Frontend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses Mermaid text with the real {@code mermaid} package (frontend/scripts/check-mermaid.mjs under Node). Without
 * Node or the front end's packages the check is skipped loudly, unless E2E_REQUIRED=1 makes that a failure.
 */
final class MermaidCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long DEADLINE_SECONDS = 120;

    private MermaidCheck() {}

    /** One JSON answer per text: {@code ok}, {@code nodes} ({@code id}, {@code text}), {@code edges}, {@code clicks}, or {@code error}. */
    static List<JsonNode> parse(String... texts) throws IOException, InterruptedException {
        Path frontend = Frontend.dir();
        Frontend.requireOrSkip("MERMAID CHECK", Files.isDirectory(frontend.resolve("node_modules/mermaid")),
                "the mermaid package is not installed in " + frontend + " (run npm ci there)");
        List<String> command = new ArrayList<>(List.of("node", "scripts/check-mermaid.mjs"));
        List<Path> files = new ArrayList<>();
        for (String text : texts) {
            Path file = Files.createTempFile("stormwall-export", ".mmd");
            Files.writeString(file, text);
            files.add(file);
            command.add(file.toString());
        }
        Process process;
        try {
            process = new ProcessBuilder(command).directory(frontend.toFile()).redirectErrorStream(true).start();
        } catch (IOException noNode) {
            Frontend.requireOrSkip("MERMAID CHECK", false, "node could not be started: " + noNode.getMessage());
            throw noNode;
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the Mermaid check did not finish within " + DEADLINE_SECONDS + " s");
            }
            List<JsonNode> answers = new ArrayList<>();
            output.lines().filter(l -> l.startsWith("{")).forEach(l -> answers.add(JSON.readTree(l)));
            if (answers.size() != texts.length) {
                fail("the Mermaid check answered " + answers.size() + " of " + texts.length + " files:\n" + output);
            }
            return answers;
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }


}
