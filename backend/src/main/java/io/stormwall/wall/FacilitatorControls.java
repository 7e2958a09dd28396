package io.stormwall.wall;

import io.stormwall.board.Access;
import io.stormwall.board.BoardAccess;
import io.stormwall.board.BoardId;
import io.stormwall.web.InputProblem;
import io.stormwall.web.JsonContract;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What every facilitator control over REST shares (docs/api.md: phase, gating, freeze, timer, the coach's switch
 * and acceptances): only the facilitator gets as far as the body, the body is held to the contract, and the act is
 * recorded as one op of the board's order under an id of its own, by the role "(API)".
 */
public final class FacilitatorControls {

    private FacilitatorControls() {}

    /** Refuses non-facilitators before looking at the body, so they learn nothing from its validation. */
    public static Access steering(BoardAccess access, String boardId, String authorization) {
        Access granted = access.require(BoardId.parse(boardId), authorization);
        granted.requireSteer();
        return granted;
    }

    /**
     * Refuses a body that is not the definition {@code def} of docs/protocol/protocol.schema.json, naming the first
     * fault by its path, as a batch over REST is refused.
     */
    public static void checkBody(JsonNode body, String def) {
        List<InputProblem> problems = JsonContract.get().problems(JsonContract.Document.PROTOCOL, def, body, "");
        if (!problems.isEmpty()) {
            throw WallErrors.invalid(problems.get(0).path(), problems.get(0).message());
        }
    }

    public static Origin origin(Access granted) {
        return Origin.rest(granted.role());
    }

    /** A REST call is one act: it can't be resent under the same id, so each gets its own. */
    public static String oneOff() {
        return "steer:" + UUID.randomUUID();
    }

    public static String actor(Access granted) {
        return granted.role().id() + " (API)";
    }

    /** The answer to a control that only switches something: where it took its place, and whether it was a repeat. */
    public record Switched(long seq, boolean duplicate) {

        public static Switched of(EditOutcome outcome) {
            return new Switched(outcome.seq(), outcome instanceof EditOutcome.Duplicate);
        }
    }
}
