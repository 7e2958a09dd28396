package io.stormwall.board;

/** The answer to rotating a role's link: the new token and the link that carries it. */
public record RotatedLink(String role, String token, String link) {}
