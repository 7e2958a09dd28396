package io.stormwall.support;

import io.stormwall.StormwallApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One more running server, for tests about several nodes, restarts and shutdown. */
public record Node(ConfigurableApplicationContext context, int port) implements AutoCloseable {

    /** A node on the run's test database, as a second instance of the application would be. */
    public static Node onTestDatabase() {
        TestDatabase db = TestDatabase.get();
        return start("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password());
    }

    public static Node start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StormwallApplication.class).run(all);
        return new Node(context, Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
    }

    public Api api() {
        return new Api(port);
    }

    @Override
    public void close() {
        context.close();
    }
}
