package cn.tianshan.common.persistence;

/**
 * LIKE patterns from user text: {@code %}, {@code _} and the escape character itself match literally. Use with
 * {@code ESCAPE '\'}, MariaDB's and MySQL's default.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    public static String startingWith(String text) {
        return escape(text) + "%";
    }
}
