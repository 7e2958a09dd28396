package io.stormwall.wall;

import io.stormwall.board.Access;
import io.stormwall.board.BoardId;
import java.util.UUID;

/**
 * Dot voting on a board's wall. The facilitator opens a round (each person's budget, optionally the kinds that may
 * get votes), reveals its tally and closes it; anyone who may edit places dots on stickies and takes them back.
 * Every act is a batch of the board's order. A vote is its person's alone until the reveal: the batch is sent in
 * full to that person's clients only, and everyone else learns just how many dots that person has used.
 */
public interface Voting {

    /** Error codes of docs/api.md. */
    String VOTE_BUDGET_SPENT = "VOTE_BUDGET_SPENT";
    String VOTING_NOT_OPEN = "VOTING_NOT_OPEN";
    String NOT_VOTABLE = "NOT_VOTABLE";
    String VOTES_HIDDEN = "VOTES_HIDDEN";

    /** Facilitator only: open (clearing the last round's votes), reveal or close the round. */
    EditOutcome steer(Access access, Origin origin, String clientOpId, VotingAction action, String actor);

    /** One more dot ({@code add}) or one less on {@code element}, as {@code person}; the budget holds across tabs. */
    EditOutcome vote(Access access, Origin origin, PersonId person, String clientOpId, UUID element, boolean add, String actor);

    /** The round with its tally; refused with {@link #VOTES_HIDDEN} while the votes are not revealed. */
    VotingRound revealed(BoardId board);
}
