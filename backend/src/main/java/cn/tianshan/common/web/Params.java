package cn.tianshan.common.web;

import cn.tianshan.common.error.ProblemException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Parses query and path parameters so a bad value is a 400 that names the parameter, never a 404 or 500. */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "必填，格式为 yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "“" + value + "”不是 yyyy-MM-dd 格式的日期");
        }
    }

    /** An optional date parameter: null when absent, a 400 naming it when malformed. */
    public static LocalDate dateOrNull(String name, String value) {
        return value == null || value.isBlank() ? null : date(name, value);
    }

    /** Accepts a date ({@code 2026-01-31}, meaning its start) or a date-time ({@code 2026-01-31T08:30}). */
    public static LocalDateTime dateTimeOrNull(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T") ? LocalDateTime.parse(value.trim()) : LocalDate.parse(value.trim()).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "“" + value + "”不是 yyyy-MM-dd 或 yyyy-MM-ddTHH:mm 格式的时间");
        }
    }

    public static int intInRange(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalid(name, "须在 " + min + " 到 " + max + " 之间");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "“" + value + "”不是整数");
        }
    }

    public static int requiredInt(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "必填，为 " + min + " 到 " + max + " 之间的整数");
        }
        return intInRange(name, value, min, min, max);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static <E extends Enum<E>> E enumOrNull(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "“" + value + "”不是可选值之一（" + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()) + "）");
        }
    }
}
