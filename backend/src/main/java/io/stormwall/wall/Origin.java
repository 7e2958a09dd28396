package io.stormwall.wall;

import io.stormwall.board.BoardId;
import io.stormwall.board.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Whose batch it is, as everyone on the board may see it: the key that, with the client op id, recognises a resend.
 * A live client's origin is derived from the secret client id it chose, so nobody who only sees the origin can send
 * under it; REST batches (scripts) share one origin per role, {@code rest:<role>}, which the ':' keeps apart from
 * every derived one.
 */
public record Origin(String value) {

    /** Characters of the URL-safe base64 of the hash kept: 132 bits, far beyond guessing or colliding. */
    static final int LENGTH = 22;

    public Origin {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("An origin is not empty.");
        }
    }

    /** The first 22 characters of the unpadded URL-safe base64 of SHA-256 over {@code "<boardId>:<clientId>"}. */
    public static Origin of(BoardId board, String clientId) {
        return new Origin(digest(board.value() + ":" + clientId));
    }

    /** The first 22 characters of the unpadded URL-safe base64 of SHA-256 over {@code text}. */
    static String digest(String text) {
        byte[] hash = sha256(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, LENGTH);
    }

    public static Origin rest(Role role) {
        return new Origin("rest:" + role.id());
    }

    @Override
    public String toString() {
        return value;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
