package io.stormwall.collab.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.stormwall.board.BoardId;
import io.stormwall.board.Role;
import io.stormwall.wall.Wall;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets several nodes on one PostgreSQL serve the same board. Committed batches announce themselves with NOTIFY
 * (board:seq, sent by the committing transaction); every node then reads the op log. Presence and who joins or
 * leaves travel on a second channel. After losing its listening connection a node re-reads every board it serves.
 */
@Component
class ClusterRelay implements SmartLifecycle {

    static final String PRESENCE_CHANNEL = "stormwall_presence";
    /** How the listening connection shows in pg_stat_activity. */
    static final String LISTENER_NAME = "stormwall-relay";
    /** NOTIFY payloads must stay under 8000 bytes; presence that doesn't fit is dropped, as presence may be. */
    private static final int MAX_PAYLOAD_BYTES = 7900;
    private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);

    private final String node = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile Rooms rooms;
    private volatile boolean running;
    private Thread listener;

    ClusterRelay(DataSource dataSource, JdbcClient jdbc, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.json = json;
    }

    void attach(Rooms rooms) {
        this.rooms = rooms;
    }

    void publish(BoardId board, String message) {
        String payload = node + "|" + board + "|" + message;
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            return;
        }
        try {
            jdbc.sql("select pg_notify(:channel, :payload)").param("channel", PRESENCE_CHANNEL).param("payload", payload)
                    .query(Object.class).optional();
        } catch (RuntimeException e) {
            log.debug("Presence not relayed to other nodes: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Threads.daemon("cluster-relay").newThread(this::listen);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        listener.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running && Thread.currentThread() == listener) {
            try (Connection connection = openListenerConnection()) {
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    s.execute("listen " + Wall.COMMIT_CHANNEL);
                    s.execute("listen " + PRESENCE_CHANNEL);
                }
                // whatever was committed while this node was not listening
                rooms.resyncAll();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running && Thread.currentThread() == listener) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            dispatch(n);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the cluster relay's database connection ({}); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    /**
     * A connection of its own, outside the pool: it is held for as long as it lives and carries LISTEN state that
     * must never leak into a pooled connection.
     */
    private Connection openListenerConnection() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        properties.setProperty("user", pool.getUsername());
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private void dispatch(PGNotification n) {
        try {
            if (Wall.COMMIT_CHANNEL.equals(n.getName())) {
                int colon = n.getParameter().indexOf(':');
                rooms.committedElsewhere(BoardId.parse(n.getParameter().substring(0, colon)),
                        Long.parseLong(n.getParameter().substring(colon + 1)));
            } else if (PRESENCE_CHANNEL.equals(n.getName())) {
                relayPresence(n.getParameter());
            }
        } catch (RuntimeException e) {
            log.warn("Ignoring a malformed cluster notification on {}", n.getName(), e);
        }
    }

    private void relayPresence(String payload) {
        String[] parts = payload.split("\\|", 3);
        if (parts.length < 3 || parts[0].equals(node)) {
            return;
        }
        String message = parts[2];
        JsonNode parsed = json.readTree(message);
        String type = parsed.path("type").asString();
        Participant joined = "participantJoined".equals(type) ? json.treeToValue(parsed.get("participant"), Participant.class) : null;
        String left = "participantLeft".equals(type) ? parsed.path("sessionId").asString() : null;
        List<Participant> roster = "roster".equals(type)
                ? List.of(json.treeToValue(parsed.get("participants"), Participant[].class))
                : List.of();
        Role rotated = "linkRotated".equals(type) ? Role.find(parsed.path("role").asString()).orElseThrow() : null;
        rooms.fromElsewhere(new RemoteMessage(parts[0], BoardId.parse(parts[1]), type, message, joined, left, roster, rotated));
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
