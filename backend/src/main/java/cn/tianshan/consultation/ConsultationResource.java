package cn.tianshan.consultation;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.consultation.ConsultationViews.ClosingNote;
import cn.tianshan.consultation.ConsultationViews.CommentView;
import cn.tianshan.consultation.ConsultationViews.ConsultationDetail;
import cn.tianshan.consultation.ConsultationViews.ConsultationDraft;
import cn.tianshan.consultation.ConsultationViews.ConsultationSummary;
import cn.tianshan.consultation.ConsultationViews.FeedbackCommand;
import cn.tianshan.consultation.ConsultationViews.Moderation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consultations in the console: draft, review, close early, moderate comments, publish the feedback. */
@Path("/consultations")
@Tag(name = "Consultations", description = "征求意见：起草、审核、发布、意见审核、采纳情况反馈（第二十三条）")
@RolesAllowed(Role.Names.CONTENT)
public class ConsultationResource {

    private final Consultations consultations;
    private final ConsultationComments comments;

    ConsultationResource(Consultations consultations, ConsultationComments comments) {
        this.consultations = consultations;
        this.comments = comments;
    }

    @GET
    @Operation(operationId = "listConsultations", summary = "Consultations the caller may see: their unit's, or all for the site office, leaders and the technical department")
    public List<ConsultationSummary> list() {
        return consultations.list();
    }

    @POST
    @Audited(action = "consultation.create", targetType = "consultation")
    @Operation(operationId = "createConsultation", summary = "Draft a consultation for the caller's unit")
    @APIResponse(responseCode = "201", description = "The drafted consultation",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConsultationDetail.class)))
    public Response create(@Valid @NotNull ConsultationDraft draft) {
        return Response.status(Response.Status.CREATED).entity(consultations.create(draft)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConsultation", summary = "A consultation with its comments, feedback clock, review and what the caller may do")
    public ConsultationDetail get(@PathParam("id") long id) {
        return consultations.detail(id);
    }

    @PUT
    @Path("/{id}")
    @Audited(action = "consultation.update", targetType = "consultation", targetParam = "id")
    @Operation(operationId = "updateConsultation", summary = "Change a draft or returned consultation")
    public ConsultationDetail update(@PathParam("id") long id, @Valid @NotNull ConsultationDraft draft) {
        return consultations.update(id, draft);
    }

    @POST
    @Path("/{id}/submission")
    @Audited(action = "consultation.submit", targetType = "consultation", targetParam = "id")
    @Operation(operationId = "submitConsultation", summary = "Send the draft to the unit head and the site office; the last approval publishes it")
    public ConsultationDetail submit(@PathParam("id") long id) {
        return consultations.submit(id);
    }

    @DELETE
    @Path("/{id}/submission")
    @Audited(action = "consultation.withdraw-submission", targetType = "consultation", targetParam = "id")
    @Operation(operationId = "withdrawConsultationSubmission", summary = "Take the consultation back from review to change it")
    public ConsultationDetail withdraw(@PathParam("id") long id) {
        return consultations.withdrawSubmission(id);
    }

    @POST
    @Path("/{id}/closing")
    @Audited(action = "consultation.close", targetType = "consultation", targetParam = "id")
    @Operation(operationId = "closeConsultation", summary = "End the comment period now, with the reason; the feedback clock counts from today")
    public ConsultationDetail close(@PathParam("id") long id, @Valid @NotNull ClosingNote note) {
        return consultations.closeEarly(id, note);
    }

    @POST
    @Path("/{id}/feedback")
    @Audited(action = "consultation.feedback", targetType = "consultation", targetParam = "id")
    @Operation(operationId = "publishConsultationFeedback", summary = "Publish the feedback summary (comments received, what was adopted, why the rest was not); ends the consultation")
    public ConsultationDetail feedback(@PathParam("id") long id, @Valid @NotNull FeedbackCommand command) {
        return consultations.giveFeedback(id, command);
    }

    @POST
    @Path("/comments/{commentId}/moderation")
    @Audited(action = "consultation.moderate-comment", targetType = "consultation-comment", targetParam = "commentId")
    @Operation(operationId = "moderateConsultationComment", summary = "Show a comment on the site, or keep it unpublished")
    public CommentView moderate(@PathParam("commentId") long commentId, @Valid @NotNull Moderation moderation) {
        return comments.moderate(commentId, moderation);
    }
}
