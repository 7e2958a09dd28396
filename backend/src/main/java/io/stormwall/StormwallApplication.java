package io.stormwall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StormwallApplication {

    public static void main(String[] args) {
        SpringApplication.run(StormwallApplication.class, args);
    }
}
