package io.stormwall;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StormwallApplication {

    public static void main(String[] args) {
        SpringApplication.run(StormwallApplication.class, args);
    }

    /** The time a photo says it was taken: one clock, so that tests can hold it still. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
