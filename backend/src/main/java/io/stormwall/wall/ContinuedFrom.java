package io.stormwall.wall;

import java.time.Instant;
import java.util.UUID;

/**
 * A board's provenance when it continues another workshop: the source board, and how far its op log had come
 * ({@code seq}) when its elements were carried over, so the new wall can be traced to exactly that state.
 */
public record ContinuedFrom(UUID boardId, String title, String format, long seq, Instant at, String by) {}
