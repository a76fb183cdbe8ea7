package cn.tianshan.consultation;

import cn.tianshan.audit.Audited;
import cn.tianshan.consultation.ConsultationViews.CommentReceipt;
import cn.tianshan.consultation.ConsultationViews.CommentSubmission;
import cn.tianshan.consultation.ConsultationViews.PublicConsultation;
import cn.tianshan.consultation.ConsultationViews.PublicConsultationSummary;
import cn.tianshan.intake.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consultations for the public: read the draft, comment while it is open, read the shown comments and the feedback. */
@Path("/public/consultations")
@Tag(name = "Public consultations", description = "征求意见（公众）：阅读征求意见稿、提交意见、查看采纳情况")
@PermitAll
public class PublicConsultationResource {

    private final ConsultationComments comments;

    PublicConsultationResource(ConsultationComments comments) {
        this.comments = comments;
    }

    @GET
    @Operation(operationId = "listPublicConsultations", summary = "Published consultations, newest first")
    public List<PublicConsultationSummary> list() {
        return comments.published();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublicConsultation", summary = "The draft, the comments the unit shows, and the feedback once published")
    public PublicConsultation get(@PathParam("id") long id) {
        return comments.read(id);
    }

    @POST
    @Path("/{id}/comments")
    @Audited(action = "consultation.comment", targetType = "consultation", targetParam = "id")
    @Operation(operationId = "commentOnConsultation", summary = "Comment on an open consultation (with a solved challenge); shown only after moderation")
    @APIResponse(responseCode = "201", description = "The comment was received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentReceipt.class)))
    public Response comment(@PathParam("id") long id, @Valid @NotNull CommentSubmission submission, @Context HttpServerRequest request) {
        return Response.status(Response.Status.CREATED).entity(comments.comment(id, submission, ClientAddress.of(request))).build();
    }
}
