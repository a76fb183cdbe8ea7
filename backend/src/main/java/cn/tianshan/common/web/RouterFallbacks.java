package cn.tianshan.common.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * problem+json for what never reaches a resource: an API path nothing serves, and failures at the HTTP
 * layer (an oversize upload, a broken request).
 */
@ApplicationScoped
public class RouterFallbacks {

    private static final Logger LOG = Logger.getLogger(RouterFallbacks.class);
    private final ProblemResponses problems;

    RouterFallbacks(ProblemResponses problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 200).failureHandler(this::failure);
        router.route("/api/*").order(Integer.MAX_VALUE - 100)
                .handler(rc -> problems.send(rc, 404, "not-found", "未找到", "没有这个接口：" + rc.request().path()));
    }

    private void failure(RoutingContext rc) {
        if (rc.response().ended()) {
            return;
        }
        int status = rc.failure() instanceof HttpException http ? http.getStatusCode() : rc.statusCode();
        if (status == 413) {
            problems.send(rc, 413, "payload-too-large", "请求体过大", "请求体超过大小限制");
        } else if (status >= 400 && status < 500) {
            problems.send(rc, status, "http-" + status, "请求有误", "请求无法处理（HTTP " + status + "）");
        } else {
            if (rc.failure() != null) {
                LOG.errorf(rc.failure(), "Unhandled failure on %s %s", rc.request().method(), rc.request().path());
            }
            problems.send(rc, 500, "internal-error", "服务器内部错误",
                    "服务器未能完成请求；报告问题时请提供请求编号");
        }
    }
}
