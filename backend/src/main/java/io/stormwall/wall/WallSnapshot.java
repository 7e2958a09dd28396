package io.stormwall.wall;

import java.util.List;

/** The whole wall at one {@code seq} ({@code board.seq()}), read in one consistent transaction. */
public record WallSnapshot(BoardSummary board, List<Element> elements, List<PhaseTransition> phaseHistory) {}
