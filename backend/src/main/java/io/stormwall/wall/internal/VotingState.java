package io.stormwall.wall.internal;

import io.stormwall.wall.ElementKind;
import io.stormwall.wall.VotingRound;
import java.util.List;

/**
 * The voting round as the wall's live state holds it (V11.1's voting_* columns); the votes themselves are in
 * {@link Votes}. {@code kinds} null: every sticky kind may get votes.
 */
record VotingState(String state, int votesPerPerson, List<String> kinds, boolean revealed) {

    static final VotingState NONE = new VotingState(VotingRound.NONE, 0, null, false);

    boolean open() {
        return VotingRound.OPEN.equals(state);
    }

    boolean allows(String kind) {
        if (kinds != null) {
            return kinds.contains(kind);
        }
        return !ElementKind.ARROW.id().equals(kind) && !ElementKind.BOUNDARY.id().equals(kind);
    }

    VotingState revealing() {
        return new VotingState(VotingRound.REVEALED, votesPerPerson, kinds, true);
    }

    VotingState closing() {
        return new VotingState(VotingRound.CLOSED, votesPerPerson, kinds, revealed);
    }
}
