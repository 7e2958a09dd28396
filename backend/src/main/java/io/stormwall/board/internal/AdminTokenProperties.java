package io.stormwall.board.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An instance can keep board creation to those who know its admin token.
 *
 * @param adminToken when set (not blank), creating a board needs {@code Authorization: Bearer <admin token>};
 *                   empty by default: anyone who reaches the instance may create boards
 */
@ConfigurationProperties("stormwall.security")
record AdminTokenProperties(@DefaultValue("") String adminToken) {

    boolean required() {
        return adminToken != null && !adminToken.isBlank();
    }
}
