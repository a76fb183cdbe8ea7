package cn.tianshan.common.web;

import cn.tianshan.common.error.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Writes problem+json outside the REST layer (router-level refusals, unmatched API paths, failures). */
@ApplicationScoped
public class ProblemResponses {

    public static final String PROBLEM_KEY = "tianshan.problem";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext rc, int status, String type, String title, String detail) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, rc.request().path(),
                RequestTracking.requestId(rc), List.of(), null);
        rc.put(PROBLEM_KEY, problem);
        if (rc.response().ended()) {
            return;
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(serialize(problem));
    }

    public String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem always serialises", e);
        }
    }
}
