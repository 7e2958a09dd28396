package io.stormwall.collab.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web pages may open the live connection.
 *
 * @param allowedOrigins origins (such as {@code https://workshop.example.org}) whose pages may open {@code /ws}
 *                       besides the server's own origin (the request's Host), which is always allowed; empty by
 *                       default: same origin only. Other origins get 403 at the handshake; clients that send no
 *                       Origin (scripts, not browsers) are let through to the token check.
 */
@ConfigurationProperties("stormwall.security")
record OriginProperties(@DefaultValue({}) List<String> allowedOrigins) {}
