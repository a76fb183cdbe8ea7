package cn.tianshan.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pessimistic row locks that work on MySQL 8 and MariaDB alike. Hibernate 7 writes MySQL 8's
 * {@code FOR UPDATE OF alias}, which MariaDB rejects; a plain {@code SELECT … FOR UPDATE} by primary key
 * followed by a refresh does the same on both. The refresh sees the locked row as committed because the
 * datasource runs at READ COMMITTED (application.properties).
 */
public final class RowLocks {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private RowLocks() {
    }

    /** Locks the row for the rest of the transaction and returns the entity as stored now. */
    public static <T> Optional<T> lock(EntityManager em, Class<T> type, String table, long id) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("table " + table);
        }
        List<?> found = em.createNativeQuery("SELECT id FROM " + table + " WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        T entity = em.find(type, id);
        em.refresh(entity);
        return Optional.of(entity);
    }
}
