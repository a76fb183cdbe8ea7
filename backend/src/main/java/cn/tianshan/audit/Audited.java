package cn.tianshan.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names what a resource method does for the audit log. Every state-changing request is recorded anyway;
 * the annotation gives it a readable action and target, and makes a read (such as an export) recorded too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** Dotted action name, e.g. {@code calendar.day.set}. */
    String action();

    /** What kind of thing is acted on, e.g. {@code calendar-day}. */
    String targetType() default "";

    /** The path parameter holding the target's id; a service may also name the target with {@link AuditTrail}. */
    String targetParam() default "";
}
