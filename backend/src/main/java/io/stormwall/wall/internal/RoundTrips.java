package io.stormwall.wall.internal;

import io.stormwall.wall.Wall;
import io.stormwall.web.ApiException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends several statements to PostgreSQL in one round trip: the driver runs the {@code ;}-separated statements of
 * one prepared statement one after another under one sync, so they cost one wait for the database instead of one
 * each. Each statement still runs on its own, after the one before it has finished (a statement after a row lock
 * reads with the lock held), and the first that fails ends the round trip with its error.
 *
 * <p>On the live path every round trip within a batch's transaction delays everyone's copy of the batch, which is
 * told only once it has committed. So the savepoint of an act that shares its transaction with others ({@link #apart})
 * costs none of its own: it is sent in front of the act's first round trip, and the one before it is released there.
 */
@Component
class RoundTrips {

    /** The one name of an act's savepoint: an act's savepoint releases the one before it, so one at a time is open. */
    private static final String SAVEPOINT = "stormwall_act";
    private static final Statement COMMIT = new Statement("commit", new Object[0], null, null);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    /** Whether the transaction manager sends the writes still waiting with its commit ({@link CarriedCommits}). */
    private volatile boolean carried;

    RoundTrips(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    /**
     * Runs {@code act} within a savepoint of the current transaction: when it throws, what it wrote is undone and the
     * transaction goes on. The savepoint is sent with the act's first round trip, at the latest before its first
     * write ({@link #beforeWrites}); an act that fails before sending anything wrote nothing and needs no rollback.
     */
    <T> T apart(Supplier<T> act) {
        Savepoint savepoint = TransactionMarkers.made(Savepoint.class, Savepoint::new);
        savepoint.pending = true;
        try {
            return act.get();
        } catch (RuntimeException e) {
            if (!savepoint.pending) {
                try {
                    jdbc.execute("rollback to savepoint " + SAVEPOINT);
                } catch (RuntimeException rollback) {
                    // the transaction can't go on (the database is gone): the act's own failure goes with it
                    rollback.addSuppressed(e);
                    throw rollback;
                }
            }
            resetRollbackOnly();
            throw e;
        } finally {
            savepoint.pending = false;
        }
    }

    /**
     * Runs {@code act} in the current transaction without a savepoint ({@link io.stormwall.wall.Wall#along}): a
     * refusal ({@link ApiException}) before the act's first write leaves the transaction as it was; any other failure,
     * or one after a write was sent or a statement failed, is thrown as {@link Wall.Entangled}.
     */
    <T> T along(Supplier<T> act) {
        Along along = new Along();
        TransactionSynchronizationManager.bindResource(Along.class, along);
        try {
            return act.get();
        } catch (Wall.Entangled e) {
            throw e;
        } catch (RuntimeException e) {
            if (along.wrote || !(e instanceof ApiException)) {
                throw new Wall.Entangled(e);
            }
            // the refused act sent no write and no statement of it failed: the transaction goes on without it
            resetRollbackOnly();
            throw e;
        } finally {
            TransactionSynchronizationManager.unbindResource(Along.class);
        }
    }

    /**
     * Marks the point from which the current act may write, and may read what is not sent through here when
     * {@code readsElsewhere}: then the writes of the acts before it are sent now if nothing has carried them yet. Its
     * savepoint, if it has one, is sent now.
     */
    void beforeWrites(boolean readsElsewhere) {
        Deferred deferred = TransactionMarkers.of(Deferred.class);
        if (readsElsewhere && deferred != null && !deferred.writes.isEmpty()) {
            send(List.of());
        }
        Along along = TransactionMarkers.of(Along.class);
        if (along != null) {
            along.writing = true;
        }
        Savepoint savepoint = TransactionMarkers.of(Savepoint.class);
        if (savepoint != null && savepoint.pending) {
            send(List.of());
        }
    }

    /**
     * Sends an act's last writes, or the held boards' saves just before the commit, whose answers nothing waits for:
     * with the transaction's next round trip (the next act's reads, which run after them and so see them) or with its
     * commit, so that an act costs one round trip instead of two. An act run {@link #apart} sends them at once, within
     * its savepoint, and so does an act alone in its transaction when the commit carries nothing or one of its writes
     * has its answer checked (a refusal read from it must come before the commit). A failure of waiting writes can't
     * be taken back alone: it is thrown as {@link Wall.Entangled} by whichever round trip carried them, an act's or
     * the commit's.
     */
    void sendLast(List<Statement> writes) {
        if (writes.isEmpty()) {
            return;
        }
        boolean waits = TransactionMarkers.of(Along.class) != null || carried && unchecked(writes)
                && TransactionSynchronizationManager.isActualTransactionActive() && TransactionMarkers.of(Savepoint.class) == null;
        if (waits) {
            deferred().writes.addAll(writes);
        } else {
            send(writes);
        }
    }

    void carriedByCommits() {
        carried = true;
    }

    /**
     * Sends the writes still waiting, if any, with a commit of the current transaction: the statements run in order
     * under one sync, so the first that fails leaves the commit unrun and the transaction to be rolled back. Writes
     * whose answer is checked (an insert that refuses the batch when it finds the id taken) are sent without it,
     * since a refusal read from the answer would come after the commit; the commit then goes as usual. Either way a
     * failure is thrown as {@link Wall.Entangled}, as for any round trip that carries waiting writes.
     */
    void commitWithWaitingWrites() {
        Deferred deferred = TransactionMarkers.of(Deferred.class);
        if (deferred != null && !deferred.writes.isEmpty()) {
            send(unchecked(deferred.writes) ? List.of(COMMIT) : List.of());
        }
    }

    private static boolean unchecked(List<Statement> writes) {
        for (Statement write : writes) {
            if (write.rows() != null || write.count() != null) {
                return false;
            }
        }
        return true;
    }

    void send(List<Statement> sent) {
        Deferred deferred = TransactionMarkers.of(Deferred.class);
        if (deferred != null && !deferred.writes.isEmpty()) {
            List<Statement> with = new ArrayList<>(deferred.writes.size() + sent.size());
            with.addAll(deferred.writes);
            with.addAll(sent);
            deferred.writes.clear();
            try {
                sendNow(with);
            } catch (Wall.Entangled e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Wall.Entangled(e);
            }
            return;
        }
        sendNow(sent);
    }

    private void sendNow(List<Statement> sent) {
        Along along = TransactionMarkers.of(Along.class);
        if (along != null && !sent.isEmpty()) {
            // reads sent before the act's writes can't fail alone either: a failed statement ends what the transaction may do
            along.wrote |= along.writing;
            try {
                execute(sent);
            } catch (RuntimeException e) {
                along.wrote = true;
                throw e;
            }
            return;
        }
        execute(sent);
    }

    private void execute(List<Statement> sent) {
        List<Statement> statements = sent;
        Savepoint savepoint = TransactionMarkers.of(Savepoint.class);
        if (savepoint != null && savepoint.pending) {
            List<Statement> with = new ArrayList<>(statements.size() + 2);
            if (savepoint.open) {
                with.add(new Statement("release savepoint " + SAVEPOINT, new Object[0], null, null));
            }
            with.add(new Statement("savepoint " + SAVEPOINT, new Object[0], null, null));
            with.addAll(statements);
            statements = with;
            savepoint.pending = false;
            savepoint.open = true;
        }
        if (statements.isEmpty()) {
            return;
        }
        List<Statement> all = statements;
        String sql = joined(all);
        jdbc.execute(sql, (PreparedStatement ps) -> {
            int index = 1;
            for (Statement statement : all) {
                for (Object param : statement.params()) {
                    set(ps, index++, param);
                }
            }
            boolean rows = ps.execute();
            for (Statement statement : all) {
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

    /**
     * The statements' texts as one, the same instance each time the same texts go together: the driver looks each
     * text up among those it has parsed, and a text made afresh for every round trip has its hash computed and is
     * compared character by character there every time. The texts of the live path are few, kept as the same
     * instances ({@link Statement}), so looking a combination up here is cheap.
     */
    private static String joined(List<Statement> statements) {
        if (statements.size() == 1) {
            return statements.get(0).sql();
        }
        List<String> texts = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            texts.add(statement.sql());
        }
        String joined = JOINED.get(texts);
        if (joined == null) {
            joined = String.join(";\n", texts);
            if (JOINED.size() < JOINED_KEPT) {
                JOINED.put(texts, joined);
            }
        }
        return joined;
    }

    private static final Map<List<String>, String> JOINED = new ConcurrentHashMap<>();
    /** Beyond this many combinations (statements with values in their text, ever longer lists) none is kept. */
    private static final int JOINED_KEPT = 1024;

    /**
     * What Spring's {@code StatementCreatorUtils} does for a value of unknown type with PostgreSQL's driver, without
     * looking up the driver's name for each null and the value's type through several checks for each value: a null
     * of no type (the statements cast where that matters), text as text, anything else as the driver maps it.
     */
    private static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            ps.setString(index, text);
        } else {
            ps.setObject(index, value);
        }
    }

    /** A participant's failure marked the whole transaction for rollback; the rest of it is to commit. */
    private void resetRollbackOnly() {
        ConnectionHolder connection = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
        if (connection != null) {
            connection.resetRollbackOnly();
        }
    }

    private Deferred deferred() {
        return TransactionMarkers.made(Deferred.class, Deferred::new, deferred -> {
            if (!carried && !deferred.writes.isEmpty()) {
                send(List.of());
            }
        }, unused -> { });
    }

    /** The writes of acts run along others that no round trip has carried yet. */
    private static final class Deferred {
        private final List<Statement> writes = new ArrayList<>();
    }

    /**
     * The current act run without a savepoint: whether it has come to its writes ({@link #beforeWrites}) and whether
     * it has sent one, or had a statement fail, so that it can't be taken back alone.
     */
    private static final class Along {
        private boolean writing;
        private boolean wrote;
    }

    /** The transaction's act savepoint: whether the current act's is still to be sent, and whether one is open. */
    private static final class Savepoint {
        private boolean pending;
        private boolean open;
    }
}
