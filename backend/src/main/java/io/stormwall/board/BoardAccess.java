package io.stormwall.board;

import java.util.Map;
import java.util.Optional;

/** Capability links: issuing each role's secret token for a board and checking a presented one. */
public interface BoardAccess {

    /** Makes a fresh token for every role of a new board; only their hashes are kept. */
    Map<Role, String> issueTokens(BoardId board);

    /** The role a token grants on a board; empty for a wrong token or an unknown board alike. */
    Optional<Access> check(BoardId board, String token);

    /**
     * For REST: the access an {@code Authorization: Bearer} header grants, or the API error that says why not —
     * 401 without a token, 404 for a wrong one (the same answer as for a board that doesn't exist).
     */
    Access require(BoardId board, String authorizationHeader);

    /**
     * Replaces a role's token; the old one stops opening the board when this commits. Only a facilitator may.
     *
     * @return the role's new token
     */
    String rotate(Access by, Role role);
}
