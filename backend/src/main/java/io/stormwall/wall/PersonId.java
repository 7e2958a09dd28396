package io.stormwall.wall;

import io.stormwall.board.BoardId;
import io.stormwall.board.Role;

/**
 * Who owns what a person holds on a board across tabs and reconnects (votes, stickies written unseen), as everyone may
 * see it. Derived from a secret the person's device keeps, so nobody who sees it can act as that person; REST calls
 * are one person per role, {@code rest:<role>}.
 */
public record PersonId(String value) {

    public PersonId {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A person id is not empty.");
        }
    }

    /** The first 22 characters of the URL-safe base64 of SHA-256 over {@code "<boardId>:person:<personKey>"}. */
    public static PersonId of(BoardId board, String personKey) {
        return new PersonId(Origin.digest(board.value() + ":person:" + personKey));
    }

    public static PersonId rest(Role role) {
        return new PersonId("rest:" + role.id());
    }

    @Override
    public String toString() {
        return value;
    }
}
