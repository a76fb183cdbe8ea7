package cn.tianshan.audit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Hands every finished REST request to the {@link AuditRecorder}. */
public class AuditResponseFilter {

    private final AuditRecorder recorder;
    private final CurrentVertxRequest vertxRequest;

    AuditResponseFilter(AuditRecorder recorder, CurrentVertxRequest vertxRequest) {
        this.recorder = recorder;
        this.vertxRequest = vertxRequest;
    }

    @ServerResponseFilter
    public void recordAudit(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        Audited audited = null;
        String fallbackAction = "http." + request.getMethod().toLowerCase() + " " + request.getUriInfo().getPath();
        if (resource != null && resource.getResourceClass() != null) {
            Method method = findMethod(resource);
            audited = method == null ? null : method.getAnnotation(Audited.class);
            fallbackAction = resource.getResourceClass().getSimpleName() + "." + resource.getMethodName();
        }
        String targetId = audited == null || audited.targetParam().isEmpty() ? null
                : request.getUriInfo().getPathParameters().getFirst(audited.targetParam());
        boolean presentedToken = request.getHeaderString("Authorization") != null;
        recorder.completed(new AuditRecorder.Completed(request.getMethod(), request.getUriInfo().getPath(),
                response.getStatus(), audited, fallbackAction, targetId, presentedToken, vertxRequest.getCurrent()));
    }

    private static Method findMethod(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
