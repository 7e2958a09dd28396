package io.stormwall.board;

import io.stormwall.web.ApiException;
import org.springframework.http.HttpStatus;

/** Proof that a request's token opens a board, and in which role. */
public record Access(BoardId boardId, Role role) {

    public static final String FORBIDDEN = "FORBIDDEN";

    public void requireEdit() {
        if (!role.canEdit()) {
            throw forbidden("Observers can't edit the wall.");
        }
    }

    /** Guards every facilitator-only act (phases, timer, freezing, links). */
    public void requireSteer() {
        if (!role.canSteer()) {
            throw forbidden("Only the facilitator can do this.");
        }
    }

    private static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, FORBIDDEN, detail);
    }
}
