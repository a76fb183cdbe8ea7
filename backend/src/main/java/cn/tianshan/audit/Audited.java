package cn.tianshan.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names what a resource method does for the audit log. On a state-changing method the record is written in the
 * same transaction as the change ({@link AuditedTransaction}): no record, no change. On a read (an export) it makes
 * the read recorded too.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** Dotted action name, e.g. {@code calendar.day.set}. */
    @Nonbinding
    String action() default "";

    /** What kind of thing is acted on, e.g. {@code calendar-day}. */
    @Nonbinding
    String targetType() default "";

    /** The path parameter holding the target's id; a service may also name the target with {@link AuditTrail}. */
    @Nonbinding
    String targetParam() default "";
}
