package io.stormwall.coach.internal;

import io.stormwall.wall.ElementKind;
import java.util.List;
import java.util.Set;

/**
 * One rule of the method the coach checks. It runs only when the board's phase has unlocked every kind it
 * {@code reads} (no boundary rules during chaotic exploration), and {@code timing} may narrow that further.
 * {@code source} names the passage of the method the rule comes from; {@code message} may quote the hit's figures
 * ({@link String#format}), never a sticky's text. The completeness rules must name the fields they mean, so their
 * messages quote field names: every place that shows a message writes it as text (the report escapes it, the browser
 * sets it as a text node), never as markup.
 */
record Rule(String id, Severity severity, Set<ElementKind> reads, Timing timing, String source, String message,
        String hint, Detector detector) {

    /** When in a workshop the rule is worth saying. */
    enum Timing {
        /** As soon as the kinds it reads are on the wall. */
        WHEN_UNLOCKED,
        /** At the end: the format's wrap-up phase, or its last phase when it has none. */
        AT_WRAP_UP
    }

    @FunctionalInterface
    interface Detector {
        List<Hit> find(WallView wall);
    }

    boolean appliesTo(WallView wall) {
        return reads.stream().allMatch(wall::unlocked) && (timing == Timing.WHEN_UNLOCKED || wall.atWrapUp());
    }

    String messageFor(Hit hit) {
        return hit.figures().length == 0 ? message : String.format(java.util.Locale.ROOT, message, hit.figures());
    }
}
