package cn.tianshan.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Lets a service name the target of the current request once it is known (e.g. the id of what it just
 * created), for the audit record the response filter writes.
 */
@RequestScoped
public class AuditTrail {

    private String targetType;
    private String targetId;
    private boolean recordedInTransaction;

    public void target(String type, Object id) {
        this.targetType = type;
        this.targetId = id == null ? null : id.toString();
    }

    /** The action's record was written with it; the response filter writes nothing more for this request. */
    void recordedInTransaction() {
        recordedInTransaction = true;
    }

    boolean isRecordedInTransaction() {
        return recordedInTransaction;
    }

    String targetType() {
        return targetType;
    }

    String targetId() {
        return targetId;
    }
}
