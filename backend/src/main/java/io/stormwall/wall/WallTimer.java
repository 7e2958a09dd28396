package io.stormwall.wall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;

/**
 * The facilitator's countdown as the server holds it. Clients never count on their own: a running timer names the
 * moment it ends, so every screen shows the same remaining time, also after reconnecting.
 *
 * @param durationMs  the length it was last started with (extensions included), for showing progress
 * @param endsAt      when a running timer reaches zero (it stays running, at zero, until reset)
 * @param remainingMs what a paused timer has left
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WallTimer(State state, Long durationMs, Instant endsAt, Long remainingMs) {

    public enum State {
        idle, running, paused
    }

    public static final WallTimer IDLE = new WallTimer(State.idle, null, null, null);

    public static WallTimer running(Duration duration, Instant endsAt) {
        return new WallTimer(State.running, duration.toMillis(), endsAt, null);
    }

    public static WallTimer paused(Duration duration, Duration remaining) {
        return new WallTimer(State.paused, duration.toMillis(), null, remaining.toMillis());
    }

    public Duration duration() {
        return Duration.ofMillis(durationMs == null ? 0 : durationMs);
    }

    /** What is left at {@code now}; never negative. */
    public Duration remainingAt(Instant now) {
        return switch (state) {
            case idle -> Duration.ZERO;
            case paused -> Duration.ofMillis(remainingMs);
            case running -> endsAt.isAfter(now) ? Duration.between(now, endsAt) : Duration.ZERO;
        };
    }
}
