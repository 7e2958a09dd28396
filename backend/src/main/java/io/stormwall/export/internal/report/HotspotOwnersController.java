package io.stormwall.export.internal.report;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.export.internal.Attachments;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The hotspot review's owner list as Markdown and CSV: {@code GET /api/boards/{id}/export.owners.md|csv}. */
@RestController
class HotspotOwnersController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Wall wall;
    private final BoardAccess access;

    HotspotOwnersController(Wall wall, BoardAccess access) {
        this.wall = wall;
        this.access = access;
    }

    @GetMapping("/api/boards/{id}/export.owners.md")
    ResponseEntity<String> markdown(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return export(id, authorization, "owners.md", ReportController.MARKDOWN, (snapshot, rows) -> HotspotOwners.markdown(snapshot.board().title(), rows));
    }

    @GetMapping("/api/boards/{id}/export.owners.csv")
    ResponseEntity<String> csv(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return export(id, authorization, "owners.csv", TEXT_CSV, (snapshot, rows) -> HotspotOwners.csv(rows));
    }

    private ResponseEntity<String> export(String id, String authorization, String extension, MediaType type,
            BiFunction<WallSnapshot, List<HotspotOwners.Row>, String> writer) {
        Access granted = access.require(BoardId.parse(id), authorization);
        WallSnapshot snapshot = wall.snapshot(granted.boardId());
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(snapshot.board().title(), extension))
                .header("X-Content-Type-Options", "nosniff")
                .body(writer.apply(snapshot, HotspotOwners.rows(snapshot, base)));
    }
}
