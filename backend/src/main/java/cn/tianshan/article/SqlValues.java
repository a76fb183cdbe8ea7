package cn.tianshan.article;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Date and time values of native query rows, whichever type the driver hands back. */
final class SqlValues {

    private SqlValues() {
    }

    static LocalDateTime toTime(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDateTime local ? local : ((Timestamp) value).toLocalDateTime();
    }

    static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((java.sql.Date) value).toLocalDate();
    }
}
