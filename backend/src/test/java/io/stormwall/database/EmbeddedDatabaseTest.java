package io.stormwall.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.Node;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's promise: with no datasource configured, boards live in the data folder across restarts. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsBoardsInTheDataFolderAcrossRestarts() {
        Api.TestBoard created;
        try (Node app = start()) {
            created = app.api().createBoard("Survives restarts", "free");
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (Node app = start()) {
            Api.Response board = app.api().get("/api/boards/" + created.id(), created.participant());
            assertThat(board.status()).isEqualTo(200);
            assertThat(board.json().get("title").asString()).isEqualTo("Survives restarts");
        }
    }

    private Node start() {
        return Node.start("--stormwall.database.data-dir=" + dataDir, "--spring.datasource.url=");
    }
}
