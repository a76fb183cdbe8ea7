package cn.tianshan.review;

public enum RunStatus {
    IN_PROGRESS, APPROVED, NEEDS_CHANGES, CANCELLED
}
