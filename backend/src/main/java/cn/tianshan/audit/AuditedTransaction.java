package cn.tianshan.audit;

import cn.tianshan.common.error.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * An administrative action and its audit record commit together or not at all (等保, Arts. 19–21): a
 * state-changing resource method runs in a transaction its service joins, and the record is appended in that same
 * transaction before it commits. If the record cannot be written, the action is rolled back and answered with a
 * 503 problem: nothing changes without a trace.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class AuditedTransaction {

    private static final Logger LOG = Logger.getLogger(AuditedTransaction.class);

    private final AuditRecorder recorder;
    private final AuditTrail trail;

    AuditedTransaction(AuditRecorder recorder, AuditTrail trail) {
        this.recorder = recorder;
        this.trail = trail;
    }

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        Audited audited = method.getAnnotation(Audited.class);
        if (audited == null || !changesState(method)) {
            return context.proceed();
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object result = context.proceed();
            try {
                recorder.recordInTransaction(audited, pathTarget(context, audited), status(method, result));
            } catch (RuntimeException e) {
                LOG.errorf(e, "The audit record of %s could not be written: the action is rolled back", audited.action());
                throw ProblemException.unavailable("audit-unavailable", "审计记录无法写入",
                        "操作没有执行：审计日志暂时无法写入（每项管理操作都须留痕），请稍后再试；如持续出现请联系技术部门");
            }
            trail.recordedInTransaction();
            return result;
        });
    }

    private static boolean changesState(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class) || method.isAnnotationPresent(PATCH.class);
    }

    private static int status(Method method, Object result) {
        if (result instanceof Response response) {
            return response.getStatus();
        }
        return method.getReturnType() == void.class ? 204 : 200;
    }

    private static String pathTarget(InvocationContext context, Audited audited) {
        if (audited.targetParam().isEmpty()) {
            return null;
        }
        Annotation[][] annotations = context.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam path && path.value().equals(audited.targetParam())) {
                    Object value = context.getParameters()[i];
                    return value == null ? null : value.toString();
                }
            }
        }
        return null;
    }
}
