package io.stormwall.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database can't be reached (no connection within the pool's timeout, or one that broke)
 * from any other: the first is worth retrying shortly, and nothing of the request was stored.
 */
public final class DatabaseOutage {

    /** How long a client should wait before retrying, sent as {@code Retry-After}. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // a commit or rollback that failed lost its connection: whether the commit landed is unknown, which a
            // resend under the same clientOpId settles (it is acknowledged as a duplicate if it did)
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
