package io.stormwall.wall.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;

/**
 * Sends several statements to PostgreSQL in one round trip: the driver runs the {@code ;}-separated statements of
 * one prepared statement one after another under one sync, so they cost one wait for the database instead of one
 * each. Each statement still runs on its own, after the one before it has finished (a statement after a row lock
 * reads with the lock held), and the first that fails ends the round trip with its error.
 *
 * <p>On the live path every round trip within a batch's transaction delays everyone's copy of the batch, which is
 * told only once it has committed.
 */
@Component
class RoundTrips {

    private final JdbcTemplate jdbc;

    RoundTrips(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void send(List<Statement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        String sql = statements.stream().map(Statement::sql).collect(Collectors.joining(";\n"));
        jdbc.execute(sql, (PreparedStatement ps) -> {
            int index = 1;
            for (Statement statement : statements) {
                for (Object param : statement.params()) {
                    StatementCreatorUtils.setParameterValue(ps, index++, SqlTypeValue.TYPE_UNKNOWN, param);
                }
            }
            boolean rows = ps.execute();
            for (Statement statement : statements) {
                if (rows) {
                    try (ResultSet rs = ps.getResultSet()) {
                        if (statement.rows() != null) {
                            statement.rows().read(rs);
                        }
                    }
                } else if (statement.count() != null) {
                    statement.count().changed(ps.getUpdateCount());
                }
                rows = ps.getMoreResults();
            }
            return null;
        });
    }
}
