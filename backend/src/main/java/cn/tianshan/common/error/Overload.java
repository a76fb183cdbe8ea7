package cn.tianshan.common.error;

import java.sql.SQLException;

/**
 * Recognises a request the server could not serve for a passing reason: the connection pool had no connection to give
 * within its wait (Agroal's "acquisition timeout"), or the database could not be reached. The caller is told to retry
 * (503), not that something broke (500).
 */
final class Overload {

    static final int RETRY_AFTER_SECONDS = 5;

    private Overload() {
    }

    static boolean poolExhausted(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database could not be reached (restarting, failing over): SQLState class 08, connection exceptions. The
     * transaction could not start, was rolled back, or lost its connection while committing (the transaction manager
     * then reports the link failure as a suppressed exception of its rollback); the node recovers by itself when the
     * database is back, so the caller is told to retry.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The exception, its causes, and the causes of what each suppressed: where a transaction manager hides the reason. */
    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        pending.add(e);
        while (!pending.isEmpty() && all.size() < 64) {
            Throwable t = pending.poll();
            if (t == null || all.stream().anyMatch(seen -> seen == t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(java.util.Arrays.asList(t.getSuppressed()));
        }
        return all;
    }
}
