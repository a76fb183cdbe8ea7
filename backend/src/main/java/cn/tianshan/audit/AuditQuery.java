package cn.tianshan.audit;

import java.time.LocalDateTime;

/** Search criteria of the auditor's page; every criterion is optional. */
public record AuditQuery(LocalDateTime from, LocalDateTime to, String username, String unitCode, String action,
                         AuditEntry.Outcome outcome) {
}
