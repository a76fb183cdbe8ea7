package cn.tianshan.portal;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDateTime;

/** Helpers the portal templates call on values. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {
    }

    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@code 2026-11-27 09:30} for a time a reader plans around (opening, closing, an interview's start). */
    static String minute(LocalDateTime time) {
        return time == null ? "" : MINUTE.format(time);
    }

    /** {@code 37.5%} for a share already in percent. */
    static String percent(Double value) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", value);
    }

    /** Plain text as its paragraphs (one per non-empty line), so line breaks survive in HTML. */
    static java.util.List<String> paragraphs(String text) {
        return text == null ? java.util.List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** {@code 2026-11-27} for a publication time. */
    static String day(LocalDateTime time) {
        return time == null ? "" : time.toLocalDate().toString();
    }
}
