package io.stormwall.coach.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAccepted     how many findings one board may have accepted; past it, accepting is refused (COACH_FULL)
 * @param readingInterval how long a board that changes while the coach reads it waits for its next reading, from
 *                        the start of that reading: the changes meanwhile are read together, at the latest seq (a
 *                        change once a reading is over is read at once)
 */
@ConfigurationProperties("stormwall.coach")
record CoachProperties(@DefaultValue("10000") int maxAccepted, @DefaultValue("100ms") Duration readingInterval) {}
