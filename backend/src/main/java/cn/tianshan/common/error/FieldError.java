package cn.tianshan.common.error;

/** One offending input: the field's path as the client sent it (e.g. {@code holidays[2].to}) and what is wrong. */
public record FieldError(String field, String message) {
}
