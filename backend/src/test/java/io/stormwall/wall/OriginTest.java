package io.stormwall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.board.BoardId;
import io.stormwall.board.Role;
import io.stormwall.support.StormwallTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The origin the server derives from a secret client id, and the same derivation in migration V9's SQL. */
@StormwallTest
class OriginTest {

    private final JdbcClient jdbc;

    @Autowired
    OriginTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    void anOriginIs22UrlSafeCharactersThatDependOnBoardAndClientId() {
        BoardId board = new BoardId(UUID.fromString("6f1c2a90-3b7d-4c1e-9f2a-0d5b8e4a7c31"));
        BoardId other = new BoardId(UUID.randomUUID());

        Origin origin = Origin.of(board, "3f0c9b1e-7d2e-4a9a-b5c6-1f0e9d3a2c8b");

        assertThat(origin.value()).isEqualTo("-7m7VKVRaHnCGIONyvgzVy").matches("[A-Za-z0-9_-]{22}");
        assertThat(Origin.of(other, "3f0c9b1e-7d2e-4a9a-b5c6-1f0e9d3a2c8b")).isNotEqualTo(origin);
        assertThat(Origin.of(board, "rest:participant")).isNotEqualTo(Origin.rest(Role.PARTICIPANT));
        assertThat(Origin.rest(Role.PARTICIPANT).value()).isEqualTo("rest:participant");
    }

    /** Runs V9's own update statement on a copy of the old column and compares it with the Java derivation. */
    @Test
    void theMigrationsSqlDerivesTheSameOriginAsTheServer() throws IOException {
        String table = "origin_check_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create table " + table + " (n serial, board_id uuid not null, origin text not null)").update();
        try {
            List<String> clientIds = List.of("3f0c9b1e-7d2e-4a9a-b5c6-1f0e9d3a2c8b", "c-7d2e9a", "ada", "Ünal's tab ✓",
                    "a:b:c?d=e&f", "rest:participant");
            BoardId board = new BoardId(UUID.randomUUID());
            for (String clientId : clientIds) {
                jdbc.sql("insert into " + table + " (board_id, origin) values (:board, :origin)")
                        .param("board", board.value()).param("origin", clientId).update();
            }

            jdbc.sql(updateOfV9().replace("op_log", table)).update();

            List<String> migrated = jdbc.sql("select origin from " + table + " order by n").query(String.class).list();
            List<String> expected = clientIds.stream()
                    .map(id -> id.startsWith("rest:") ? id : Origin.of(board, id).value()).toList();
            assertThat(migrated).isEqualTo(expected);
        } finally {
            jdbc.sql("drop table " + table).update();
        }
    }

    private static String updateOfV9() throws IOException {
        try (InputStream in = OriginTest.class.getResourceAsStream("/db/migration/V9__batch_origin.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher update = Pattern.compile("(?s)update op_log.*?;").matcher(sql);
            assertThat(update.find()).as("V9 converts the old client ids with an update").isTrue();
            return update.group();
        }
    }
}
