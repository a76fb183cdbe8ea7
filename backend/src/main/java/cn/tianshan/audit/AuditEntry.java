package cn.tianshan.audit;

import java.time.LocalDateTime;

/** What one audit record says, before it is chained. Time is the site's local time, to the millisecond. */
public record AuditEntry(
        LocalDateTime occurredAt,
        String username,
        String unitCode,
        String roles,
        String action,
        String targetType,
        String targetId,
        Outcome outcome,
        Integer httpStatus,
        String error,
        String clientAddress,
        String requestId) {

    public enum Outcome { SUCCESS, FAILURE }
}
