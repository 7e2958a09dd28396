package io.stormwall.wall;

import java.time.Instant;

/** One phase change as the board's history keeps it; the gap between two of them is the time spent in a phase. */
public record PhaseTransition(long seq, int from, int to, String by, String role, Instant at) {}
