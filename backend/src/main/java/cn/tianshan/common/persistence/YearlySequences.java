package cn.tianshan.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.regex.Pattern;

/**
 * Numbers that start again at 1 each year (索引号, the confidentiality register's serials): one row per year in a
 * {@code (year, last_value)} table, taken under a row lock so two transactions, on any instance, never draw the
 * same number.
 */
public final class YearlySequences {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+_sequence");

    private YearlySequences() {
    }

    /** The next number of {@code year} in {@code table}; call inside the transaction that uses it. */
    public static int next(EntityManager em, String table, int year) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("sequence table " + table);
        }
        em.createNativeQuery("INSERT INTO " + table + " (year, last_value) VALUES (?1, 0) "
                + "ON DUPLICATE KEY UPDATE last_value = last_value").setParameter(1, year).executeUpdate();
        int last = ((Number) em.createNativeQuery("SELECT last_value FROM " + table + " WHERE year = ?1 FOR UPDATE")
                .setParameter(1, year).getSingleResult()).intValue();
        em.createNativeQuery("UPDATE " + table + " SET last_value = ?1 WHERE year = ?2")
                .setParameter(1, last + 1).setParameter(2, year).executeUpdate();
        return last + 1;
    }
}
