package cn.tianshan.audit;

import java.time.LocalDateTime;

/** An audit record as the auditor sees it. */
public record AuditRecordView(long seq, LocalDateTime occurredAt, String actorName, String username, String unitName,
                              String unitCode, String roles,
                              String action, String actionName, String targetType, String targetName, String targetId,
                              AuditEntry.Outcome outcome,
                              Integer httpStatus, String error, String clientAddress, String requestId,
                              String previousHash, String hash) {

    static AuditRecordView of(AuditRecord record, String actorName, String unitName) {
        AuditEntry e = record.entry();
        return new AuditRecordView(record.seq(), e.occurredAt(), actorName, e.username(), unitName, e.unitCode(),
                e.roles(), e.action(), AuditVocabulary.ACTIONS.nameOf(e.action()),
                e.targetType(), AuditVocabulary.TARGETS.nameOf(e.targetType()), e.targetId(), e.outcome(), e.httpStatus(),
                e.error(), e.clientAddress(), e.requestId(),
                record.previousHash(), record.hash());
    }
}
