package cn.tianshan.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every 4xx and 5xx response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; every error response has this body")
public record Problem(
        @Schema(description = "URI naming the kind of problem", example = "https://tianshan.cn/problems/validation")
        String type,
        String title,
        int status,
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "The request id, also in the X-Request-Id header; quote it when reporting a fault")
        String requestId,
        @Schema(description = "For validation problems: each offending field")
        List<FieldError> errors,
        @Schema(description = "For conflicts: the current state of the resource, so nothing is lost")
        Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://tianshan.cn/problems/";
}
