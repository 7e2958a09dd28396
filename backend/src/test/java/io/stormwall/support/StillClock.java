package io.stormwall.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still, so that a photo taken twice of the same wall is the same image even when a minute
 * turns between the two (a photo's heading says the minute it was exported).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StillClock {

    public static final Instant NOW = Instant.parse("2026-03-14T15:09:26Z");

    @Bean
    @Primary
    Clock stillClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
