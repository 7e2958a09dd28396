package io.stormwall.export.internal.json;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardCreationGuard;
import io.stormwall.board.BoardId;
import io.stormwall.export.internal.CheckpointSeq;
import io.stormwall.wall.Checkpoints;
import io.stormwall.coach.Coach;
import io.stormwall.board.CreatedBoard;
import io.stormwall.export.internal.Attachments;
import io.stormwall.wall.Wall;
import io.stormwall.web.ApiException;
import io.stormwall.web.ErrorCode;
import io.stormwall.web.InputProblem;
import io.stormwall.web.ReadableJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The board as a lossless JSON file, and a new board made from such a file. */
@RestController
class JsonExportController {

    static final String IMPORT_TOO_LARGE = "IMPORT_TOO_LARGE";
    /** Enough to fix a file by; a list of a million problems would help nobody. */
    static final int MAX_LISTED_PROBLEMS = 1_000;

    private final BoardAccess access;
    private final Wall wall;
    private final BoardFileReader reader;
    private final BoardImport imports;
    private final JsonMapper json;
    private final ImportProperties properties;
    private final BoardCreationGuard guard;
    private final Coach coach;
    private final Checkpoints checkpoints;

    JsonExportController(BoardAccess access, Wall wall, BoardFileReader reader, BoardImport imports, JsonMapper json,
            ImportProperties properties, BoardCreationGuard guard, Coach coach, Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.coach = coach;
        this.guard = guard;
        this.access = access;
        this.wall = wall;
        this.reader = reader;
        this.imports = imports;
        this.json = json;
        this.properties = properties;
    }

    @GetMapping("/api/boards/{id}/export.json")
    ResponseEntity<BoardFile> export(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        BoardFile file = BoardFile.of(wall.snapshot(granted.boardId()), coach.setting(granted.boardId()),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(file.meta().title(), "json"))
                .body(file);
    }

    /** The wall as it stood at a checkpoint, as a file that imports like any export (docs/api.md, Checkpoints). */
    @GetMapping("/api/boards/{id}/checkpoints/{seq}/export.json")
    ResponseEntity<BoardFile> exportCheckpoint(@PathVariable String id, @PathVariable String seq,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        BoardFile file = BoardFile.of(checkpoints.wallAt(granted.boardId(), CheckpointSeq.parse(seq)), coach.setting(granted.boardId()),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(file.meta().title(), "json"))
                .body(file);
    }

    @PostMapping(path = "/api/boards/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedBoard> importBoard(InputStream body,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) throws IOException {
        // Before reading the body: on an instance with an admin token, strangers learn nothing from validation.
        guard.check(authorization);
        JsonNode file = parse(boundedBody(body));
        // before the schema, whose messages would quote the text
        ReadableJson.problemIn(file).ifPresent(problem -> {
            throw refusal(List.of(problem));
        });
        BoardFileReader.Reading reading = reader.read(file);
        if (!reading.problems().isEmpty()) {
            throw refusal(reading.problems());
        }
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        CreatedBoard board = imports.create(reading.title(), reading.format(), reading.seed(), reading.coach(), origin);
        return ResponseEntity.created(URI.create("/api/boards/" + board.id())).body(board);
    }

    /** Reads at most the limit (plus one byte, to tell a file of exactly the limit from a larger one). */
    private byte[] boundedBody(InputStream body) throws IOException {
        long limit = properties.importMaxBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, IMPORT_TOO_LARGE,
                    "An imported board file may be at most " + limit + " bytes.");
        }
        return bytes;
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_JSON, "Send a board's export.json file as the body.");
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            ReadableJson.problemInRefused(bytes).ifPresent(problem -> {
                throw refusal(List.of(problem));
            });
            throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_JSON,
                    "The file is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static ApiException refusal(List<InputProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        String listed = problems.size() > MAX_LISTED_PROBLEMS ? " (the first " + MAX_LISTED_PROBLEMS + " are listed)" : "";
        return ApiException.invalidAll(ErrorCode.VALIDATION_FAILED,
                "This file can't be imported: " + count + listed + ". Nothing was created.",
                problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
    }
}
