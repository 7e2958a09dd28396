package io.stormwall.board;

import java.time.Instant;

/** A name that joined a board in a role, and when it first did. */
public record Attendee(String name, Role role, Instant firstJoined) {}
