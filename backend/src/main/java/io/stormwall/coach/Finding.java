package io.stormwall.coach;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One place where the wall breaks a rule of the method. {@code key} is the rule and the sorted ids of the elements
 * it names, so the same rule on the same stickies keeps its key from one change of the wall to the next; that is
 * what the facilitator accepts. {@code accepted} is null until then.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(String key, String rule, String severity, List<String> elements, String message, String hint,
        Acceptance accepted) {

    public Finding {
        elements = List.copyOf(elements);
    }

    public Finding withAccepted(Acceptance acceptance) {
        return new Finding(key, rule, severity, elements, message, hint, acceptance);
    }
}
