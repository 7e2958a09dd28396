package io.stormwall.board.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens are 256-bit random secrets, so a plain SHA-256 is enough to store them safely (there is nothing to
 * brute-force); comparison is constant-time so timing says nothing about how close a guess was.
 */
final class TokenHash {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHash() {}

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static byte[] of(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static boolean matches(byte[] hash, byte[] candidate) {
        return MessageDigest.isEqual(hash, candidate);
    }
}
