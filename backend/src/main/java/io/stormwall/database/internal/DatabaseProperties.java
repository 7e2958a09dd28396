package io.stormwall.database.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files, used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir folder for the database files; kept across restarts
 * @param port    port for the embedded server; 0 picks a free one
 */
@ConfigurationProperties("stormwall.database")
record DatabaseProperties(Path dataDir, int port) {

    DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }
}
