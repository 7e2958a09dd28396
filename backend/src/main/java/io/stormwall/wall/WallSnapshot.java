package io.stormwall.wall;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole wall at one {@code seq} ({@code board.seq()}), read in one consistent transaction, as one reader may see
 * it: {@code votes} are the reader's own dots of the voting round, by sticky (none for a reader who is nobody in
 * particular, such as an export); {@code unseen} are the ids of the reader's own stickies written during silent
 * writing, which {@code elements} holds for that reader alone until the reveal.
 */
public record WallSnapshot(BoardSummary board, List<Element> elements, List<PhaseTransition> phaseHistory,
        Map<UUID, Integer> votes, List<UUID> unseen) {

    public WallSnapshot(BoardSummary board, List<Element> elements, List<PhaseTransition> phaseHistory) {
        this(board, elements, phaseHistory, Map.of(), List.of());
    }

    public WallSnapshot(BoardSummary board, List<Element> elements, List<PhaseTransition> phaseHistory,
            Map<UUID, Integer> votes) {
        this(board, elements, phaseHistory, votes, List.of());
    }
}
