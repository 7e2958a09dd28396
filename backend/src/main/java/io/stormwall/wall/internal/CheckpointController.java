package io.stormwall.wall.internal;

import static io.stormwall.wall.FacilitatorControls.actor;
import static io.stormwall.wall.FacilitatorControls.oneOff;
import static io.stormwall.wall.FacilitatorControls.origin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardCreation;
import io.stormwall.board.BoardId;
import io.stormwall.board.CreatedBoard;
import io.stormwall.format.PhaseRef;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.Checkpoint;
import io.stormwall.wall.CheckpointDiff;
import io.stormwall.wall.Checkpoints;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Element;
import io.stormwall.wall.FacilitatorControls;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.WallErrors;
import io.stormwall.wall.WallSnapshot;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** A board's checkpoints over REST: any role reads them; the facilitator takes one, or starts a new board from one. */
@RestController
class CheckpointController {

    private final Checkpoints checkpoints;
    private final BoardAccess access;
    private final Continuation continuation;

    CheckpointController(Checkpoints checkpoints, BoardAccess access, Continuation continuation) {
        this.checkpoints = checkpoints;
        this.access = access;
        this.continuation = continuation;
    }

    record CheckpointList(List<Checkpoint> checkpoints) {}

    record Taken(long seq, boolean duplicate, Checkpoint checkpoint) {}

    /** The wall at a checkpoint, in the shape of GET /api/boards/{id}, with the checkpoint it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckpointWall(Checkpoint checkpoint, UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
            boolean gatingLifted, boolean frozen, List<Element> elements, List<PhaseTransition> phaseHistory) {

        static CheckpointWall of(Checkpoint checkpoint, WallSnapshot wall) {
            BoardSummary b = wall.board();
            return new CheckpointWall(checkpoint, b.id(), b.title(), b.format(), b.phase(), b.seq(), b.createdAt(), b.gatingLifted(),
                    b.frozen(), wall.elements(), wall.phaseHistory());
        }
    }

    @GetMapping("/api/boards/{id}/checkpoints")
    CheckpointList list(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        return new CheckpointList(checkpoints.list(granted.boardId()));
    }

    @PostMapping("/api/boards/{id}/checkpoints")
    ResponseEntity<Taken> take(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization, @RequestBody(required = false) JsonNode body) {
        Access granted = FacilitatorControls.steering(access, id, authorization);
        FacilitatorControls.checkBody(body == null ? JsonNodeFactory.instance.missingNode() : body, "checkpointControl");
        EditOutcome outcome = checkpoints.take(granted, origin(granted), oneOff(), body.get("label").stringValue(), actor(granted));
        Checkpoint taken = checkpoints.find(granted.boardId(), outcome.seq());
        return ResponseEntity.created(URI.create("/api/boards/" + granted.boardId() + "/checkpoints/" + outcome.seq()))
                .body(new Taken(outcome.seq(), outcome instanceof EditOutcome.Duplicate, taken));
    }

    @GetMapping("/api/boards/{id}/checkpoints/{seq}")
    CheckpointWall wall(@PathVariable String id, @PathVariable String seq,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        long at = seq(seq);
        return CheckpointWall.of(checkpoints.find(granted.boardId(), at), checkpoints.wallAt(granted.boardId(), at));
    }

    @GetMapping("/api/boards/{id}/checkpoints/{seq}/diff")
    CheckpointDiff diff(@PathVariable String id, @PathVariable String seq,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Access granted = access.require(BoardId.parse(id), authorization);
        return checkpoints.diff(granted.boardId(), seq(seq));
    }

    /** A new board in the same format that starts with the checkpoint's wall, like continuing a workshop. */
    @PostMapping("/api/boards/{id}/checkpoints/{seq}/board")
    ResponseEntity<ContinuationController.ContinuedBoard> newBoard(@PathVariable String id, @PathVariable String seq,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) JsonNode body) {
        Access granted = FacilitatorControls.steering(access, id, authorization);
        JsonNode request = body == null ? JsonNodeFactory.instance.objectNode() : body;
        FacilitatorControls.checkBody(request, "checkpointBoard");
        JsonNode asked = request.get("title");
        long at = seq(seq);
        Checkpoint checkpoint = checkpoints.find(granted.boardId(), at);
        WallSnapshot source = checkpoints.wallAt(granted.boardId(), at);
        String title = asked == null || asked.isNull() ? titleFor(source.board().title(), checkpoint.label()) : asked.stringValue();
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Continuation.Continued continued = continuation.continueFrom(source, source.board().phase().index(), title, source.board().format(), origin, granted.role().id());
        CreatedBoard b = continued.board();
        return ResponseEntity.created(URI.create("/api/boards/" + b.id()))
                .body(new ContinuationController.ContinuedBoard(b.id(), b.title(), b.format(), b.phase(), b.seq(), b.createdAt(),
                        b.tokens(), b.links(), continued.continuedFrom()));
    }

    /** "Subscription billing · End of phase 2: Timeline ordering", shortened so it stays a valid title. */
    private static String titleFor(String source, String label) {
        String title = source + " · " + label;
        return title.length() > BoardCreation.MAX_TITLE_LENGTH ? title.substring(0, BoardCreation.MAX_TITLE_LENGTH - 1) + "…" : title;
    }

    private static long seq(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw WallErrors.invalid("seq", "A checkpoint is named by its seq, a whole number; '" + text + "' is not one.");
        }
    }
}
