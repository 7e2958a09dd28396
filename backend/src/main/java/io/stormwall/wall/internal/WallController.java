package io.stormwall.wall.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.format.PhaseRef;
import io.stormwall.wall.BoardSummary;
import io.stormwall.wall.ContinuedFrom;
import io.stormwall.wall.EditOutcome;
import io.stormwall.wall.Element;
import io.stormwall.wall.Origin;
import io.stormwall.wall.PersonId;
import io.stormwall.wall.PhaseTransition;
import io.stormwall.wall.SilentRound;
import io.stormwall.wall.VotingRound;
import io.stormwall.wall.Wall;
import io.stormwall.wall.WallErrors;
import io.stormwall.wall.WallSnapshot;
import io.stormwall.wall.WallTimer;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The REST twin of the live protocol, for scripts and integrations. */
@RestController
class WallController {

    private final Wall wall;
    private final BoardAccess access;
    private final Provenances provenances;

    WallController(Wall wall, BoardAccess access, Provenances provenances) {
        this.wall = wall;
        this.access = access;
        this.provenances = provenances;
    }

    record BoardWithElements(UUID id, String title, String format, PhaseRef phase, long seq, Instant createdAt,
            boolean gatingLifted, boolean frozen, WallTimer timer, VotingRound voting, SilentRound silent, @JsonInclude(JsonInclude.Include.NON_NULL) ContinuedFrom continuedFrom,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Element> elements,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<PhaseTransition> phaseHistory) {

        static BoardWithElements of(WallSnapshot snapshot, ContinuedFrom continuedFrom) {
            return of(snapshot.board(), continuedFrom, snapshot.elements(), snapshot.phaseHistory());
        }

        static BoardWithElements of(BoardSummary b, ContinuedFrom continuedFrom, List<Element> elements, List<PhaseTransition> history) {
            return new BoardWithElements(b.id(), b.title(), b.format(), b.phase(), b.seq(), b.createdAt(),
                    b.gatingLifted(), b.frozen(), b.timer(), b.voting(), b.silent(), continuedFrom, elements, history);
        }
    }

    record Accepted(long seq, boolean duplicate) {}

    @GetMapping("/api/boards/{id}")
    BoardWithElements board(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "elements", defaultValue = "true") boolean withElements) {
        Access granted = access.require(BoardId.parse(id), authorization);
        ContinuedFrom continuedFrom = provenances.of(granted.boardId()).orElse(null);
        if (!withElements) {
            // The browser takes the wall from the live snapshot; reading it here too would double a large board's load.
            return BoardWithElements.of(wall.summary(granted.boardId()).orElseThrow(BoardId::notFound), continuedFrom, null, null);
        }
        return BoardWithElements.of(wall.snapshot(granted.boardId()), continuedFrom);
    }

    @PostMapping("/api/boards/{id}/ops")
    Accepted edit(@PathVariable String id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody JsonNode body) {
        Access granted = access.require(BoardId.parse(id), authorization);
        List<InputProblem> problems = JsonContract.get().problemsAround(JsonContract.Document.PROTOCOL, "batch", body, "ops");
        if (!problems.isEmpty()) {
            throw WallErrors.invalid(problems.get(0).path(), problems.get(0).message());
        }
        String clientOpId = body.get("clientOpId").stringValue();
        EditOutcome outcome = wall.apply(granted, Origin.rest(granted.role()), PersonId.rest(granted.role()), clientOpId, body.get("ops"),
                granted.role().id() + " (API)");
        return new Accepted(outcome.seq(), outcome instanceof EditOutcome.Duplicate);
    }
}
