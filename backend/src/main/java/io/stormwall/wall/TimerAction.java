package io.stormwall.wall;

import io.stormwall.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * What the facilitator does with the countdown. Each action turns the timer as it is into the timer as it will be,
 * at the server's clock, or refuses naming why (pausing a timer that isn't running, say).
 */
public sealed interface TimerAction {

    /** The longest timebox one action may set or add: a whole day covers any workshop. */
    Duration LONGEST = Duration.ofHours(24);

    /** The action's name in the op log and on the wire. */
    String name();

    /**
     * @param phaseTimebox what {@code start} without a length counts down: the current phase's default timebox
     */
    WallTimer apply(WallTimer current, Instant now, Duration phaseTimebox);

    /** Starts afresh, also over a running or paused timer; without a length, the phase's timebox. */
    record Start(Duration length) implements TimerAction {
        @Override
        public String name() {
            return "start";
        }

        @Override
        public WallTimer apply(WallTimer current, Instant now, Duration phaseTimebox) {
            Duration d = length != null ? length : phaseTimebox;
            if (d.isZero()) {
                throw ApiException.invalid("seconds", "This phase has no default timebox; say how many seconds to count down.");
            }
            return WallTimer.running(d, now.plus(d));
        }
    }

    record Pause() implements TimerAction {
        @Override
        public String name() {
            return "pause";
        }

        @Override
        public WallTimer apply(WallTimer current, Instant now, Duration phaseTimebox) {
            if (current.state() != WallTimer.State.running) {
                throw ApiException.invalid("action", "The timer is not running.");
            }
            Duration left = current.remainingAt(now);
            if (left.isZero()) {
                throw ApiException.invalid("action", "The time is up already: extend or reset the timer.");
            }
            return WallTimer.paused(current.duration(), left);
        }
    }

    record Resume() implements TimerAction {
        @Override
        public String name() {
            return "resume";
        }

        @Override
        public WallTimer apply(WallTimer current, Instant now, Duration phaseTimebox) {
            if (current.state() != WallTimer.State.paused) {
                throw ApiException.invalid("action", "The timer is not paused.");
            }
            return WallTimer.running(current.duration(), now.plus(current.remainingAt(now)));
        }
    }

    /** Adds time; a timer that has run out starts counting again from now. */
    record Extend(Duration by) implements TimerAction {
        @Override
        public String name() {
            return "extend";
        }

        @Override
        public WallTimer apply(WallTimer current, Instant now, Duration phaseTimebox) {
            Duration total = current.duration().plus(by);
            return switch (current.state()) {
                case idle -> throw ApiException.invalid("action", "There is no timer to extend; start one.");
                case paused -> WallTimer.paused(total, current.remainingAt(now).plus(by));
                case running -> WallTimer.running(total, now.plus(current.remainingAt(now)).plus(by));
            };
        }
    }

    record Reset() implements TimerAction {
        @Override
        public String name() {
            return "reset";
        }

        @Override
        public WallTimer apply(WallTimer current, Instant now, Duration phaseTimebox) {
            return WallTimer.IDLE;
        }
    }

    /**
     * Reads {@code {"action":"start","seconds":n}} ({@code seconds} optional), {@code {"action":"extend","seconds":n}},
     * or {@code {"action":"pause"|"resume"|"reset"}}; other members are the caller's to check.
     */
    static TimerAction parse(JsonNode body) {
        JsonNode action = body.get("action");
        String a = action != null && action.isString() ? action.stringValue() : "";
        JsonNode seconds = body.get("seconds");
        TimerAction parsed = switch (a) {
            case "start" -> new Start(seconds == null ? null : seconds(seconds));
            case "extend" -> new Extend(seconds(seconds));
            case "pause" -> new Pause();
            case "resume" -> new Resume();
            case "reset" -> new Reset();
            default -> throw ApiException.invalid("action", "'action' must be \"start\", \"pause\", \"resume\", \"extend\" or \"reset\".");
        };
        if (seconds != null && !(parsed instanceof Start || parsed instanceof Extend)) {
            throw ApiException.invalid("seconds", "Only \"start\" and \"extend\" take 'seconds'.");
        }
        return parsed;
    }

    private static Duration seconds(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()
                || node.longValue() < 1 || node.longValue() > LONGEST.toSeconds()) {
            throw ApiException.invalid("seconds", "'seconds' must be a whole number from 1 to " + LONGEST.toSeconds() + ".");
        }
        return Duration.ofSeconds(node.longValue());
    }
}
