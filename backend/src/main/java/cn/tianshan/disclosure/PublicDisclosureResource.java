package cn.tianshan.disclosure;

import cn.tianshan.audit.Audited;
import cn.tianshan.disclosure.DisclosureViews.DisclosureApplication;
import cn.tianshan.disclosure.DisclosureViews.DisclosureStatusView;
import cn.tianshan.disclosure.DisclosureViews.DisclosureTrackingQuery;
import cn.tianshan.disclosure.DisclosureViews.SupplementCommand;
import cn.tianshan.intake.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Citizens and organisations apply for disclosure, follow their request and send the supplement asked for. */
@Path("/public/disclosure-requests")
@Tag(name = "Public disclosure requests", description = "依申请公开（公众）：提交申请、查询、补正")
@PermitAll
public class PublicDisclosureResource {

    private final DisclosureIntake intake;

    PublicDisclosureResource(DisclosureIntake intake) {
        this.intake = intake;
    }

    @POST
    @Audited(action = "disclosure-request.receive", targetType = "disclosure-request")
    @Operation(operationId = "applyForDisclosure", summary = "Apply for disclosure of government information (with a solved challenge); returns the tracking code")
    @APIResponse(responseCode = "201", description = "The application was received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = cn.tianshan.disclosure.DisclosureViews.DisclosureReceipt.class)))
    public Response apply(@Valid @NotNull DisclosureApplication application, @Context HttpServerRequest request) {
        return Response.status(Response.Status.CREATED).entity(intake.apply(application, ClientAddress.of(request))).build();
    }

    @POST
    @Path("/lookup")
    @Audited(action = "disclosure-request.lookup", targetType = "disclosure-request")
    @Operation(operationId = "lookUpDisclosureRequest", summary = "Status, correction request and reply, with tracking code and password")
    public DisclosureStatusView lookup(@Valid @NotNull DisclosureTrackingQuery query, @Context HttpServerRequest request) {
        return intake.lookup(query, ClientAddress.of(request));
    }

    @POST
    @Path("/supplement")
    @Audited(action = "disclosure-request.supplement", targetType = "disclosure-request")
    @Operation(operationId = "supplementDisclosureRequest", summary = "Send the supplement asked for; the reply clock restarts from today")
    public DisclosureStatusView supplement(@Valid @NotNull SupplementCommand command, @Context HttpServerRequest request) {
        return intake.supplement(command, ClientAddress.of(request));
    }
}
