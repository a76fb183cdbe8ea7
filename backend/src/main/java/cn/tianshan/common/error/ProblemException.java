package cn.tianshan.common.error;

import java.util.List;

/**
 * A problem the code knows how to describe; the mappers turn it into problem+json. Use the factories, so
 * the same situation always gets the same type and status.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final transient Object payload;
    private long retryAfterSeconds;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors, Object payload) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.payload = payload;
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = String.join("；", errors.stream().map(FieldError::message).distinct().toList());
        return new ProblemException(400, "validation", "输入有误", detail, errors, null);
    }

    /** {@code what} names the kind of thing in Chinese ("信息", "栏目"). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "未找到", what + "（编号 " + id + "）不存在", List.of(), null);
    }

    public static ProblemException forbidden(String reason) {
        return new ProblemException(403, "forbidden", "无权操作", reason, List.of(), null);
    }

    public static ProblemException conflict(String reason) {
        return new ProblemException(409, "conflict", "状态冲突", reason, List.of(), null);
    }

    /** A 409 that carries the current state, so the client loses nothing (e.g. a newer revision). */
    public static ProblemException conflict(String reason, Object current) {
        return new ProblemException(409, "conflict", "状态冲突", reason, List.of(), current);
    }

    /** A service this request needs is down; nothing was changed. */
    public static ProblemException unavailable(String type, String title, String detail) {
        return new ProblemException(503, type, title, detail, List.of(), null);
    }

    /** A 503: too much is being asked of this node at once; nothing was changed, try again after the given seconds. */
    public static ProblemException busy(String type, String title, String detail, long retryAfterSeconds) {
        ProblemException e = new ProblemException(503, type, title, detail, List.of(), null);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    /** A 429: too many requests from this address (or from everyone); try again after the given seconds. */
    public static ProblemException tooManyRequests(String field, String detail, long retryAfterSeconds) {
        ProblemException e = new ProblemException(429, "too-many-requests", "请求过于频繁", detail,
                List.of(new FieldError(field, detail)), null);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Object payload() {
        return payload;
    }
}
