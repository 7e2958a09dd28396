package io.stormwall.wall.internal;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.board.CreatedBoard;
import io.stormwall.format.PhaseRef;
import io.stormwall.wall.ContinuedFrom;
import io.stormwall.wall.FacilitatorControls;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** "Continue as architecture session" over REST: answered like creating a board, plus where it came from. */
@RestController
class ContinuationController {

    private final Continuation continuation;
    private final BoardAccess access;

    ContinuationController(Continuation continuation, BoardAccess access) {
        this.continuation = continuation;
        this.access = access;
    }

    record ContinuedBoard(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
            Map<String, String> tokens, Map<String, String> links, ContinuedFrom continuedFrom) {}

    @PostMapping("/api/boards/{id}/continue")
    ResponseEntity<ContinuedBoard> continueOn(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) JsonNode body) {
        Access granted = access.require(BoardId.parse(id), authorization);
        granted.requireSteer();
        JsonNode request = body == null ? JsonNodeFactory.instance.objectNode() : body;
        FacilitatorControls.checkBody(request, "continuation");
        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Continuation.Continued continued = continuation.continueOn(granted, text(request, "title"), text(request, "format"),
                origin, granted.role().id());
        CreatedBoard b = continued.board();
        return ResponseEntity.created(URI.create("/api/boards/" + b.id()))
                .body(new ContinuedBoard(b.id(), b.title(), b.format(), b.phase(), b.seq(), b.createdAt(), b.tokens(), b.links(),
                        continued.continuedFrom()));
    }

    /** The schema has held it to text or null. */
    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }
}
