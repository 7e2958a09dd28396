package io.stormwall.wall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * The facilitator's dot-voting round as everyone may see it: its state, each person's budget, which kinds may get
 * votes ({@code null}: every sticky kind), how many dots each person has used (not where), and, once revealed, the
 * tally. Where a person's dots are stays with that person until the reveal.
 *
 * @param state    none (never opened), open (voting), revealed (the tally is shown; no more votes), closed
 * @param revealed whether the tally was shown; a round closed without a reveal keeps its votes hidden
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VotingRound(String state, int votesPerPerson, List<String> kinds, boolean revealed, List<Used> used,
        List<Tally> tally) {

    public static final String NONE = "none", OPEN = "open", REVEALED = "revealed", CLOSED = "closed";

    public static final VotingRound IDLE = new VotingRound(NONE, 0, null, false, List.of(), null);

    /** How many of their dots one person has placed. */
    public record Used(String person, int dots) {}

    /** One sticky's dots once the round is revealed, most first. */
    public record Tally(UUID element, int votes) {}
}
