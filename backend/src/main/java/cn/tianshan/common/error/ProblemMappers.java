package cn.tianshan.common.error;

import cn.tianshan.common.web.ProblemResponses;
import cn.tianshan.common.web.RequestTracking;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into problem+json. No stack trace ever reaches a client:
 * unexpected failures are logged with the request id and answered with a bare 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final CurrentVertxRequest request;
    private final ProblemResponses responses;

    ProblemMappers(CurrentVertxRequest request, ProblemResponses responses) {
        this.request = request;
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = respond(e.status(), e.type(), e.title(), e.getMessage(), e.errors(), e.payload());
        if (e.retryAfterSeconds() > 0) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return unexpected(e);
            }
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return invalid(errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            JsonParseException.class, UnrecognizedPropertyException.class, InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new FieldError(pathOf(unknown), "不认识的字段；可用的字段："
                    + String.join("、", unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()))));
        }
        if (e instanceof InvalidFormatException format) {
            return invalid(List.of(new FieldError(pathOf(format), "“" + format.getValue() + "”不是有效的"
                    + typeName(format.getTargetType()))));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "其他类型的值" : typeName(mismatch.getTargetType());
            return invalid(List.of(new FieldError(pathOf(mismatch), "类型不对：应为" + expected)));
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof ProblemException problem) {
            return problem(problem);
        }
        if (e instanceof JsonMappingException mapping) {
            return invalid(List.of(new FieldError(pathOf(mapping), "无法读取此字段的值")));
        }
        String where = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
        return invalid(List.of(new FieldError("body", "请求内容不是有效的 JSON" + where)));
    }

    /**
     * Two requests raced for the same rows and the database made one of them wait too long or broke a deadlock:
     * the loser is told to look again, never a 500.
     */
    @ServerExceptionMapper({jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class,
            org.hibernate.exception.LockAcquisitionException.class, org.hibernate.PessimisticLockException.class})
    public Response lockConflict(RuntimeException e) {
        LOG.infof("Lock conflict on %s %s: %s", currentMethod(), currentPath(), e.getMessage());
        return respond(409, "conflict", "状态冲突", "有人正在同时处理同一事项，请刷新后再试", List.of(), null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated("请先登录：请求须带有天山统一身份认证签发的令牌");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated("登录已失效或令牌无效，请重新登录");
    }

    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e) {
        LOG.warnf("Keycloak unavailable on %s %s: %s", currentMethod(), currentPath(), e.getMessage());
        return respond(503, "identity-provider-unavailable", "登录服务暂不可用",
                "统一身份认证服务暂时无法连接，请稍后再试", List.of(), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "forbidden", "无权操作", "您的角色不能进行此项操作", List.of(), null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, "not-found", "未找到", "请求的资源不存在", List.of(), null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response problem = respond(405, "method-not-allowed", "不支持的请求方法", "此资源不支持 "
                + currentMethod() + " 请求", List.of(), null);
        return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return respond(415, "unsupported-media-type", "不支持的内容类型", "请以 application/json 格式发送此请求",
                List.of(new FieldError("Content-Type", "不支持的内容类型")), null);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return respond(406, "not-acceptable", "无法提供所需格式", "此资源不能以请求的格式返回", List.of(), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(status, "http-" + status, "请求有误", "请求无法处理（HTTP " + status + "）", List.of(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Overload.poolExhausted(e)) {
            LOG.warnf("Overloaded on %s %s: no database connection within the wait", currentMethod(), currentPath());
            Response busy = respond(503, "overloaded", "服务繁忙", "此刻请求太多，本次提交没有保存，请稍后重试", List.of(), null);
            busy.getHeaders().putSingle("Retry-After", String.valueOf(Overload.RETRY_AFTER_SECONDS));
            return busy;
        }
        if (Overload.databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s %s: %s", currentMethod(), currentPath(), e.getMessage());
            Response down = respond(503, "database-unavailable", "服务暂不可用", "数据库暂时无法连接，本次请求没有保存，请稍后重试",
                    List.of(), null);
            down.getHeaders().putSingle("Retry-After", String.valueOf(Overload.RETRY_AFTER_SECONDS));
            return down;
        }
        LOG.errorf(e, "Unexpected failure on %s %s", currentMethod(), currentPath());
        return respond(500, "internal-error", "服务器内部错误",
                "服务器未能完成请求；报告问题时请提供请求编号", List.of(), null);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "值";
        }
        if (type.isEnum()) {
            return "选项（可选：" + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()) + "）";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "日期（格式 yyyy-MM-dd）";
            case "LocalDateTime" -> "时间（格式 yyyy-MM-ddTHH:mm:ss）";
            case "Long", "long", "Integer", "int" -> "整数";
            case "Boolean", "boolean" -> "是/否（true 或 false）";
            case "String" -> "文字";
            default -> "值";
        };
    }

    private Response unauthenticated(String detail) {
        Response problem = respond(401, "unauthenticated", "需要登录", detail, List.of(), null);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"tianshan\"").build();
    }

    private Response invalid(List<FieldError> errors) {
        ProblemException problem = ProblemException.invalid(errors);
        return respond(400, problem.type(), problem.title(), problem.getMessage(), errors, null);
    }

    private Response respond(int status, String type, String title, String detail, List<FieldError> errors, Object current) {
        RoutingContext rc = request.getCurrent();
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, currentPath(),
                RequestTracking.requestId(rc), errors, current);
        if (rc != null) {
            rc.put(ProblemResponses.PROBLEM_KEY, problem);
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(responses.serialize(problem)).build();
    }

    private String currentPath() {
        RoutingContext rc = request.getCurrent();
        return rc == null ? null : rc.request().path();
    }

    private String currentMethod() {
        RoutingContext rc = request.getCurrent();
        return rc == null ? "" : rc.request().method().name();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code setDay.request.holidays[2].to} becomes {@code holidays[2].to}; a query parameter keeps its name. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(name);
                    }
                }
            }
        }
        return field.isEmpty() ? (parameter == null ? "body" : parameter) : field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
