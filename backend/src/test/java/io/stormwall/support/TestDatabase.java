package io.stormwall.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL every integration test of a run uses: {@code TEST_DB_URL} (with {@code TEST_DB_USER},
 * {@code TEST_DB_PASSWORD}) if set, else a Testcontainers PostgreSQL when Docker runs, else an embedded one.
 * Each run works in a database of its own, created here and dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+)/?([^?]*)(\\?.*)?$");
    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;
    private final String source;

    private TestDatabase(String url, String user, String password, String source) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.source = source;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = freshDatabaseOn(chooseServer());
            System.out.println("Integration tests use " + instance.source + ", database " + instance.url);
        }
        return instance;
    }

    public String url() {
        return url;
    }

    /** The database's server as {@code host:port}, for a test that puts something between it and the application. */
    public InetSocketAddress serverAddress() {
        Matcher parts = JDBC_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + url);
        }
        URI server = URI.create("postgresql://" + parts.group(1).substring("jdbc:postgresql://".length()));
        return InetSocketAddress.createUnresolved(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
    }

    /** The same database reached on localhost's {@code port} instead, e.g. through a {@link TcpProxy}. */
    public String urlThrough(int port) {
        Matcher parts = JDBC_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + url);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + parts.group(2) + Objects.requireNonNullElse(parts.group(3), "");
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private record Server(String adminUrl, String user, String password, String source) {}

    private static Server chooseServer() {
        String configured = System.getenv("TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            return new Server(configured, Objects.requireNonNullElse(System.getenv("TEST_DB_USER"), "postgres"),
                    Objects.requireNonNullElse(System.getenv("TEST_DB_PASSWORD"), ""), "TEST_DB_URL");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "a Testcontainers PostgreSQL");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "an embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("No TEST_DB_URL, no Docker, and the embedded PostgreSQL did not start", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static TestDatabase freshDatabaseOn(Server server) {
        Matcher parts = JDBC_URL.matcher(server.adminUrl());
        if (!parts.matches()) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + server.adminUrl());
        }
        String name = "stormwall_test_" + HexFormat.of().formatHex(randomBytes());
        execute(server, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(server, "drop database if exists " + name + " with (force)")));
        String url = parts.group(1) + "/" + name + Objects.requireNonNullElse(parts.group(3), "");
        return new TestDatabase(url, server.user(), server.password(), server.source());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static void execute(Server server, String sql) {
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + sql, e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing to do about a PostgreSQL that won't stop
        }
    }
}
