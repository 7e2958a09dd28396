package io.stormwall.wall;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole wall at one {@code seq} ({@code board.seq()}), read in one consistent transaction, as one reader may see
 * it: {@code votes} are the reader's own dots of the voting round, by sticky (none for a reader who is nobody in
 * particular, such as an export).
 */
public record WallSnapshot(BoardSummary board, List<Element> elements, List<PhaseTransition> phaseHistory,
        Map<UUID, Integer> votes) {

    public WallSnapshot(BoardSummary board, List<Element> elements, List<PhaseTransition> phaseHistory) {
        this(board, elements, phaseHistory, Map.of());
    }
}
