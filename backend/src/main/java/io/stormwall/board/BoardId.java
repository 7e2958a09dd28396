package io.stormwall.board;

import io.stormwall.web.ApiException;
import java.util.UUID;

public record BoardId(UUID value) {

    public static final String NOT_FOUND = "BOARD_NOT_FOUND";

    public static BoardId random() {
        return new BoardId(UUID.randomUUID());
    }

    /** A malformed id names no board, so it gets the same answer as an unknown one. */
    public static BoardId parse(String text) {
        try {
            return new BoardId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    public static ApiException notFound() {
        return ApiException.notFound(NOT_FOUND, "No board with this id, or the link does not open it.");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
