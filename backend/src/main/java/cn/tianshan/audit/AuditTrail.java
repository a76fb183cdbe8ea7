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

    public void target(String type, Object id) {
        this.targetType = type;
        this.targetId = id == null ? null : id.toString();
    }

    String targetType() {
        return targetType;
    }

    String targetId() {
        return targetId;
    }
}
