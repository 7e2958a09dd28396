package io.stormwall.wall;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the facilitator does to the voting round: {@code open} with a budget per person and, optionally, the kinds
 * that may get votes; {@code reveal}; {@code close}. Read from the {@code voting} message or its REST twin, which the
 * schema has already held to their shape.
 */
public record VotingAction(String action, Integer votesPerPerson, List<String> kinds) {

    public static final int MAX_VOTES = 50;

    public static VotingAction parse(JsonNode body) {
        String action = body.path("action").asString("");
        JsonNode votes = body.get("votesPerPerson");
        JsonNode kinds = body.get("kinds");
        if (!"open".equals(action) && (votes != null || kinds != null)) {
            throw WallErrors.invalid(votes != null ? "votesPerPerson" : "kinds", "Only 'open' takes votesPerPerson and kinds.");
        }
        if ("open".equals(action) && votes == null) {
            throw WallErrors.invalid("votesPerPerson", "Opening a round needs 'votesPerPerson' (1 to " + MAX_VOTES + ").");
        }
        List<String> allowed = null;
        if (kinds != null) {
            allowed = new ArrayList<>();
            for (JsonNode kind : kinds) {
                ElementKind known = ElementKind.fromId(kind.asString()).orElseThrow(() -> WallErrors.invalid("kinds",
                        "Unknown kind '" + kind.asString() + "'."));
                if (known == ElementKind.ARROW) {
                    throw WallErrors.invalid("kinds", "Arrows can't get votes.");
                }
                if (!allowed.contains(known.id())) {
                    allowed.add(known.id());
                }
            }
        }
        return new VotingAction(action, votes == null ? null : votes.intValue(), allowed == null ? null : List.copyOf(allowed));
    }
}
