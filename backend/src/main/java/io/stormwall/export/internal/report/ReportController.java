package io.stormwall.export.internal.report;

import io.stormwall.board.Access;
import io.stormwall.board.Attendance;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.export.internal.CheckpointSeq;
import io.stormwall.wall.Checkpoints;
import io.stormwall.coach.Coach;
import io.stormwall.export.internal.Attachments;
import io.stormwall.format.FormatCatalog;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallSnapshot;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The written exports of a board — the workshop report, its chain diagram, the Context Mapper model and the AsyncAPI
 * document of the events between its contexts — for any role.
 */
@RestController
class ReportController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
    static final MediaType MERMAID = MediaType.parseMediaType("text/vnd.mermaid;charset=UTF-8");
    static final MediaType CML = MediaType.parseMediaType("text/plain;charset=UTF-8");
    static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");
    private static final YAMLMapper YAML_WRITER = YAMLMapper.builder().build();

    private final Wall wall;
    private final BoardAccess access;
    private final FormatCatalog formats;
    private final Attendance attendance;
    private final Coach coach;
    private final Checkpoints checkpoints;

    ReportController(Wall wall, BoardAccess access, FormatCatalog formats, Attendance attendance, Coach coach, Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.coach = coach;
        this.wall = wall;
        this.access = access;
        this.formats = formats;
        this.attendance = attendance;
    }

    @GetMapping("/api/boards/{id}/export.md")
    ResponseEntity<String> report(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return export(id, authorization, "md", MARKDOWN,
                model -> WorkshopReport.of(model, formats.find(model.snapshot().board().format()), Instant.now(),
                        attendance.of(new BoardId(model.snapshot().board().id())), coach.checks(model.snapshot())));
    }

    /** The report of the wall as it stood at a checkpoint (docs/api.md, Checkpoints). */
    @GetMapping("/api/boards/{id}/checkpoints/{seq}/export.md")
    ResponseEntity<String> checkpointReport(@PathVariable String id, @PathVariable String seq,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        WallSnapshot snapshot = checkpoints.wallAt(granted.boardId(), CheckpointSeq.parse(seq));
        return export(snapshot, "md", MARKDOWN, model -> WorkshopReport.of(model, formats.find(snapshot.board().format()), Instant.now(),
                attendance.of(granted.boardId()), coach.checks(snapshot)));
    }

    @GetMapping("/api/boards/{id}/export.mmd")
    ResponseEntity<String> chains(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return export(id, authorization, "mmd", MERMAID, ChainDiagram::of);
    }

    @GetMapping("/api/boards/{id}/export.cml")
    ResponseEntity<String> contextMap(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return export(id, authorization, "cml", CML, ContextMapperModel::of);
    }

    @GetMapping("/api/boards/{id}/export.asyncapi.yaml")
    ResponseEntity<String> asyncApi(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return export(id, authorization, "asyncapi.yaml", YAML, model -> YAML_WRITER.writeValueAsString(AsyncApiDocument.of(model)));
    }

    private ResponseEntity<String> export(String id, String authorization, String extension, MediaType type, Function<WallModel, String> writer) {
        Access granted = access.require(BoardId.parse(id), authorization);
        return export(wall.snapshot(granted.boardId()), extension, type, writer);
    }

    private ResponseEntity<String> export(WallSnapshot snapshot, String extension, MediaType type, Function<WallModel, String> writer) {
        String body = writer.apply(new WallModel(snapshot));
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(snapshot.board().title(), extension))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
