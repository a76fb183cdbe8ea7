package cn.tianshan.portal;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDateTime;

/** Helpers the portal templates call on values. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** {@code 2026-11-27} for a publication time. */
    static String day(LocalDateTime time) {
        return time == null ? "" : time.toLocalDate().toString();
    }
}
