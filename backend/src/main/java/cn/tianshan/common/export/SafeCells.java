package cn.tianshan.common.export;

/**
 * Text for spreadsheet cells (CSV and xlsx exports) that a spreadsheet will not run as a formula: a value the
 * public or a user typed that starts with = + - @ gets a leading apostrophe.
 */
public final class SafeCells {

    private SafeCells() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** One CSV field: formula-safe, quoted when it holds a separator, a quote or a line break. */
    public static String csv(String value) {
        String safe = text(value);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
