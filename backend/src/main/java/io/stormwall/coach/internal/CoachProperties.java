package io.stormwall.coach.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code maxAccepted}: how many findings one board may have accepted; past it, accepting is refused (COACH_FULL). */
@ConfigurationProperties("stormwall.coach")
record CoachProperties(@DefaultValue("10000") int maxAccepted) {}
