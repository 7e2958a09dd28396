package io.stormwall.board;

/**
 * Who may create boards, and whether the instance has room for one more. Every way of creating a board (the create
 * endpoint, imports) passes through it before storing anything.
 */
public interface BoardCreationGuard {

    String ADMIN_TOKEN_REQUIRED = "ADMIN_TOKEN_REQUIRED";
    String INSTANCE_FULL = "INSTANCE_FULL";

    /**
     * Throws the API error that says why no board may be created now: 401 {@code ADMIN_TOKEN_REQUIRED} when the
     * instance requires an admin token and the {@code Authorization: Bearer} header doesn't carry it, 409
     * {@code INSTANCE_FULL} when the instance holds its maximum number of boards.
     *
     * @param authorizationHeader the request's {@code Authorization} header, or null
     */
    void check(String authorizationHeader);
}
