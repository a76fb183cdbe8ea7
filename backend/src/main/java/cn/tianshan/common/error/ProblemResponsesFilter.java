package cn.tianshan.common.error;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Finishes the contract integrators generate clients from: every operation documents that errors come as
 * problem+json ({@link Problem}), and an operation open to everyone says so ({@code security: []}) instead of
 * saying nothing.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        operation.getResponses().addAPIResponse("4XX", problem("请求被拒绝：问题详情说明原因，并指出有误的字段"));
        operation.getResponses().addAPIResponse("5XX", problem("服务器出错；报告问题时请提供 requestId"));
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("https://jtyst.xinjiang.gov.cn")
                    .description("厅门户网站（生产）；deploy/run 在本机 http://localhost:8080 提供同样的接口"));
        }
        // Times are Beijing local times without an offset, which RFC 3339's date-time (the default) does not allow.
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Schema local = openAPI.getComponents().getSchemas().get("LocalDateTime");
            if (local != null) {
                local.setFormat(null);
                local.setExamples(null);
                local.setPattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
                local.setDescription("北京时间（Asia/Shanghai）的本地时间，不带时区，例如 2026-12-02T21:36:30");
            }
        }
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
