package io.stormwall.board.internal;

import io.stormwall.board.BoardCreationGuard;
import io.stormwall.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Enforces the optional admin token, and the instance's board limit before a board is created. */
@Component
class CreationGuard implements BoardCreationGuard {

    private static final String BEARER = "Bearer ";

    private final AdminTokenProperties admin;
    private final CreationProperties limits;
    private final JdbcClient jdbc;

    CreationGuard(AdminTokenProperties admin, CreationProperties limits, JdbcClient jdbc) {
        this.admin = admin;
        this.limits = limits;
        this.jdbc = jdbc;
    }

    @Override
    public void check(String authorizationHeader) {
        if (admin.required() && !carriesAdminToken(authorizationHeader)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, ADMIN_TOKEN_REQUIRED,
                    "This instance creates boards only for its administrators: send its admin token as 'Authorization: Bearer <token>'.");
        }
    }

    /** Throws 409 {@code INSTANCE_FULL} when the instance holds its maximum number of boards. */
    void checkRoom() {
        long boards = jdbc.sql("select count(*) from board").query(Long.class).single();
        if (boards >= limits.maxBoards()) {
            throw new ApiException(HttpStatus.CONFLICT, INSTANCE_FULL,
                    "This instance holds its maximum of " + limits.maxBoards() + " boards (stormwall.board.max-boards).");
        }
    }

    /** Compares hashes, so the time taken says nothing about how much of a guess was right, nor its length. */
    private boolean carriesAdminToken(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return TokenHash.matches(TokenHash.of(admin.adminToken()), TokenHash.of(header.substring(BEARER.length()).strip()));
    }
}
