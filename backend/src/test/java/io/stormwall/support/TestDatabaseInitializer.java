package io.stormwall.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points an application context at the run's test database (which also switches the embedded one off). Spring keeps
 * every distinct test context alive for the run, so each pool keeps one idle connection instead of ten: dozens of
 * contexts must fit in one PostgreSQL's connection limit.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        TestPropertyValues.of(
                        "spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + db.user(),
                        "spring.datasource.password=" + db.password(),
                        "spring.datasource.hikari.minimum-idle=1",
                        "spring.datasource.hikari.idle-timeout=10000")
                .applyTo(context);
    }
}
