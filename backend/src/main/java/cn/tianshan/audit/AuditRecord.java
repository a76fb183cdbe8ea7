package cn.tianshan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One append-only, hash-chained audit record. The database refuses UPDATE and DELETE on its table
 * (triggers in changelog 0002); nothing in the application changes a record after it is written.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    private long seq;
    private LocalDateTime occurredAt;
    private String username;
    private String unitCode;
    private String roles;
    private String action;
    private String targetType;
    private String targetId;
    @Enumerated(EnumType.STRING)
    private AuditEntry.Outcome outcome;
    private Integer httpStatus;
    private String error;
    private String clientAddress;
    private String requestId;
    @Column(name = "prev_hash")
    private String previousHash;
    private String hash;

    protected AuditRecord() {
    }

    static AuditRecord chained(long seq, String previousHash, AuditEntry entry) {
        AuditRecord record = new AuditRecord();
        record.seq = seq;
        record.occurredAt = entry.occurredAt();
        record.username = entry.username();
        record.unitCode = entry.unitCode();
        record.roles = entry.roles();
        record.action = entry.action();
        record.targetType = entry.targetType();
        record.targetId = entry.targetId();
        record.outcome = entry.outcome();
        record.httpStatus = entry.httpStatus();
        record.error = entry.error();
        record.clientAddress = entry.clientAddress();
        record.requestId = entry.requestId();
        record.previousHash = previousHash;
        record.hash = AuditHasher.hash(seq, previousHash, entry);
        return record;
    }

    AuditEntry entry() {
        return new AuditEntry(occurredAt, username, unitCode, roles, action, targetType, targetId, outcome, httpStatus,
                error, clientAddress, requestId);
    }

    public long seq() {
        return seq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
