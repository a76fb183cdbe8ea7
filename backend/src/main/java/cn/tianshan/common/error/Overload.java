package cn.tianshan.common.error;

import java.sql.SQLException;

/**
 * Recognises a request the server shed because it was overloaded: the connection pool had no connection to give
 * within its wait (Agroal's "acquisition timeout"). Nothing was written; the caller is told to retry (503), not
 * that something broke (500).
 */
final class Overload {

    static final int RETRY_AFTER_SECONDS = 5;

    private Overload() {
    }

    static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
