package io.stormwall.board;

/**
 * Who may create boards from outside any board (the create endpoint, imports): on an instance with an admin token,
 * only its administrators. Whether the instance has room for one more board is checked by every creation itself
 * ({@link BoardCreation}), so continuing a workshop on a new board counts too.
 */
public interface BoardCreationGuard {

    String ADMIN_TOKEN_REQUIRED = "ADMIN_TOKEN_REQUIRED";
    String INSTANCE_FULL = "INSTANCE_FULL";

    /**
     * Throws 401 {@code ADMIN_TOKEN_REQUIRED} when the instance requires an admin token and the
     * {@code Authorization: Bearer} header doesn't carry it.
     *
     * @param authorizationHeader the request's {@code Authorization} header, or null
     */
    void check(String authorizationHeader);
}
