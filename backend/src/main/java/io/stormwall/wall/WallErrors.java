package io.stormwall.wall;

import io.stormwall.web.ApiException;
import io.stormwall.web.ErrorCode;
import org.springframework.http.HttpStatus;

/** The refusals of an edit batch; over WebSocket they travel as {@code rejected} with the same code. */
public final class WallErrors {

    public static final String ELEMENT_NOT_FOUND = "ELEMENT_NOT_FOUND";
    public static final String ELEMENT_EXISTS = "ELEMENT_EXISTS";
    public static final String BATCH_TOO_LARGE = "BATCH_TOO_LARGE";
    public static final String BOARD_FULL = "BOARD_FULL";
    /** The board's current phase has not unlocked the kind an op creates or changes an element into. */
    public static final String PHASE_LOCKED = "PHASE_LOCKED";
    /** The facilitator has frozen the wall: only the facilitator's batches are accepted. */
    public static final String WALL_FROZEN = "WALL_FROZEN";
    public static final String KIND_FROZEN = "KIND_FROZEN";

    private WallErrors() {}

    public static ApiException invalid(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, detail, field);
    }

    public static ApiException conflict(String code, String field, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail, field);
    }
}
