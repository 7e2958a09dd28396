package io.stormwall.coach.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAccepted     how many findings one board may have accepted; past it, accepting is refused (COACH_FULL)
 * @param readingInterval the least time between two readings of one board's wall: changes within it are read
 *                        together, at the latest seq (a change after a quiet spell is read at once)
 */
@ConfigurationProperties("stormwall.coach")
record CoachProperties(@DefaultValue("10000") int maxAccepted, @DefaultValue("100ms") Duration readingInterval) {}
