package io.stormwall.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.StormwallApplication;
import io.stormwall.support.Api;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The run command's promise: with no datasource configured, boards live in the data folder across restarts. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsBoardsInTheDataFolderAcrossRestarts() {
        Api.TestBoard created;
        try (ConfigurableApplicationContext app = start()) {
            created = new Api(port(app)).createBoard("Survives restarts", "free");
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (ConfigurableApplicationContext app = start()) {
            Api.Response board = new Api(port(app)).get("/api/boards/" + created.id(), created.participant());
            assertThat(board.status()).isEqualTo(200);
            assertThat(board.json().get("title").asString()).isEqualTo("Survives restarts");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StormwallApplication.class)
                .run("--server.port=0", "--stormwall.database.data-dir=" + dataDir, "--spring.datasource.url=");
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
