package io.stormwall.wall;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

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

    /** The wall as one reader sees it: this (everyone's) wall with the reader's own dots and unseen stickies added. */
    public WallSnapshot seenBy(PrivateView own) {
        if (own.isEmpty()) {
            return this;
        }
        List<Element> seen = Stream.concat(elements.stream(), own.unseen().stream())
                .sorted(Comparator.comparingLong(Element::z).thenComparing(e -> e.id().toString())).toList();
        return new WallSnapshot(board, seen, phaseHistory, own.votes(), own.unseen().stream().map(Element::id).toList());
    }

    /** The wall as everyone may see it: without this reader's own dots and unseen stickies. */
    public WallSnapshot forEveryone() {
        if (votes.isEmpty() && unseen.isEmpty()) {
            return this;
        }
        Set<UUID> own = new HashSet<>(unseen);
        return new WallSnapshot(board, elements.stream().filter(e -> !own.contains(e.id())).toList(), phaseHistory);
    }
}
