package cn.tianshan.common.error;

import java.sql.SQLException;

/**
 * Recognises a request the server could not serve for a passing reason: it was overloaded: the connection pool had no connection to give
 * within its wait (Agroal's "acquisition timeout"). Nothing was written; the caller is told to retry (503), not
 * that something broke (500).
 */
final class Overload {

    static final int RETRY_AFTER_SECONDS = 5;

    private Overload() {
    }

    static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database could not be reached (restarting, failing over): SQLState class 08, connection exceptions. Nothing
     * was written (the transaction could not even start or was rolled back); the node recovers by itself when the
     * database is back, so the caller is told to retry.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
