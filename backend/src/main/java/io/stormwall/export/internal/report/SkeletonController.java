package io.stormwall.export.internal.report;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.export.internal.Attachments;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The wall as a Java source skeleton in a zip, for any role: the model the team leaves with, ready to become code. */
@RestController
class SkeletonController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final Wall wall;
    private final BoardAccess access;

    SkeletonController(Wall wall, BoardAccess access) {
        this.wall = wall;
        this.access = access;
    }

    @GetMapping("/api/boards/{id}/export.zip")
    ResponseEntity<byte[]> skeleton(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        WallSnapshot snapshot = wall.snapshot(granted.boardId());
        Map<String, String> files = CodeSkeleton.of(new WallModel(snapshot));
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(snapshot.board().title(), "java", "zip"))
                .header("X-Content-Type-Options", "nosniff")
                .body(zipped(readme(snapshot), files));
    }

    private static String readme(WallSnapshot snapshot) {
        return "# " + MarkdownText.inline(snapshot.board().title()) + ": source skeleton\n\n"
                + "Written from the wall at edit " + snapshot.board().seq() + ": one package per bounded context (per aggregate\n"
                + "when the wall has no contexts), a record per event, command and read model with its fields, an aggregate\n"
                + "class with one handler per command, an interface per policy and a projection per read model.\n\n"
                + "It compiles with Java 17 as it is: `javac -d out $(find src -name '*.java')`. The bodies are yours to write.\n";
    }

    private static byte[] zipped(String readme, Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "README.md", readme);
            for (Map.Entry<String, String> file : files.entrySet()) {
                add(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String path, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
