package cn.tianshan.mailbox;

import cn.tianshan.article.Downloads;
import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.intake.IntakeUploads;
import cn.tianshan.mailbox.MailboxViews.ClarificationRequest;
import cn.tianshan.mailbox.MailboxViews.DispatchCommand;
import cn.tianshan.mailbox.MailboxViews.ExtensionDecision;
import cn.tianshan.mailbox.MailboxViews.ExtensionRequest;
import cn.tianshan.mailbox.MailboxViews.LetterDetail;
import cn.tianshan.mailbox.MailboxViews.LetterPage;
import cn.tianshan.mailbox.MailboxViews.Publication;
import cn.tianshan.mailbox.MailboxViews.ReasonCommand;
import cn.tianshan.mailbox.MailboxViews.ReopenDecision;
import cn.tianshan.mailbox.MailboxViews.ReplyDraft;
import cn.tianshan.mailbox.MailboxViews.ScreeningDecision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Mailbox messages (领导信箱来信) as staff handle them. */
@Path("/mailbox-messages")
@Tag(name = "Mailbox messages", description = "领导信箱：甄别、转办、答复、延期、公开（第五条第十一项、第十三条）")
@RolesAllowed(Role.Names.CONTENT)
public class MailboxResource {

    private final MailboxQueries queries;
    private final MailboxHandling handling;
    private final MailboxStatistics statistics;
    private final IntakeUploads uploads;

    MailboxResource(MailboxQueries queries, MailboxHandling handling, MailboxStatistics statistics, IntakeUploads uploads) {
        this.queries = queries;
        this.handling = handling;
        this.statistics = statistics;
        this.uploads = uploads;
    }

    @GET
    @Operation(operationId = "listMailboxMessages", summary = "Letters the caller may see: their unit's, or all for the technical department, site office and leaders")
    public LetterPage list(@QueryParam("unit") String unit, @QueryParam("status") String status, @QueryParam("kind") String kind,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        return queries.list(Params.blankToNull(unit), Params.enumOrNull("status", status, LetterStatus.class),
                Params.enumOrNull("kind", kind, LetterKind.class), Params.intInRange("page", page, 0, 0, 10_000),
                Params.intInRange("size", size, 20, 1, 100));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMailboxMessage", summary = "A letter with its clock, handling steps and the caller's actions; the writer's personal data only for those handling it (audited)")
    public LetterDetail get(@PathParam("id") long id) {
        return queries.detail(id);
    }

    @GET
    @Path("/{id}/attachment")
    @Operation(operationId = "downloadMailboxAttachment", summary = "The file the writer attached (those handling the letter)")
    public Response attachment(@PathParam("id") long id) {
        MailboxMessage m = queries.attachmentOf(id);
        return Downloads.of(uploads.path(m.attachmentStored()), m.attachmentName(), m.attachmentType());
    }

    @POST
    @Path("/{id}/screening")
    @Audited(action = "mailbox-message.screen", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "screenMailboxMessage", summary = "Accept a letter held for screening, or refuse it with a reason (technical department)")
    public LetterDetail screen(@PathParam("id") long id, @Valid @NotNull ScreeningDecision decision) {
        return handling.screen(id, decision);
    }

    @POST
    @Path("/{id}/dispatch")
    @Audited(action = "mailbox-message.dispatch", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "dispatchMailboxMessage", summary = "Dispatch (转办) a letter to the unit that handles it (technical department)")
    public LetterDetail dispatch(@PathParam("id") long id, @Valid @NotNull DispatchCommand command) {
        return handling.dispatch(id, command);
    }

    @POST
    @Path("/{id}/redispatch")
    @Audited(action = "mailbox-message.redispatch", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "redispatchMailboxMessage", summary = "Re-dispatch a letter to another unit, with a reason (technical department)")
    public LetterDetail redispatch(@PathParam("id") long id, @Valid @NotNull DispatchCommand command) {
        return handling.redispatch(id, command);
    }

    @PUT
    @Path("/{id}/reply-draft")
    @Audited(action = "mailbox-message.draft-reply", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "saveMailboxReplyDraft", summary = "Save the reply draft (the unit's mailbox handler)")
    public LetterDetail draft(@PathParam("id") long id, @Valid @NotNull ReplyDraft draft) {
        return handling.draft(id, draft);
    }

    @POST
    @Path("/{id}/reply-submissions")
    @Audited(action = "mailbox-message.submit-reply", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "submitMailboxReply", summary = "Save the reply as shown and send it to the unit head for approval")
    public LetterDetail submitReply(@PathParam("id") long id, @Valid @NotNull ReplyDraft draft) {
        return handling.submitReply(id, draft);
    }

    @POST
    @Path("/{id}/extension-requests")
    @Audited(action = "mailbox-message.request-extension", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "requestMailboxExtension", summary = "Ask the site office for more working days (at most 10 from receipt in all)")
    public LetterDetail requestExtension(@PathParam("id") long id, @Valid @NotNull ExtensionRequest request) {
        return handling.requestExtension(id, request);
    }

    @POST
    @Path("/{id}/extension-decision")
    @Audited(action = "mailbox-message.decide-extension", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "decideMailboxExtension", summary = "Approve or refuse the pending extension request (site office)")
    public LetterDetail decideExtension(@PathParam("id") long id, @Valid @NotNull ExtensionDecision decision) {
        return handling.decideExtension(id, decision);
    }

    @POST
    @Path("/{id}/clarification-requests")
    @Audited(action = "mailbox-message.request-clarification", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "requestMailboxClarification", summary = "Ask the writer to clarify; the clock pauses until they answer")
    public LetterDetail requestClarification(@PathParam("id") long id, @Valid @NotNull ClarificationRequest request) {
        return handling.requestClarification(id, request);
    }

    @POST
    @Path("/{id}/resume")
    @Audited(action = "mailbox-message.resume", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "resumeMailboxMessage", summary = "Record that the writer clarified by other means; the clock runs again")
    public LetterDetail resume(@PathParam("id") long id, @Valid @NotNull ReasonCommand command) {
        return handling.resume(id, command);
    }

    @POST
    @Path("/{id}/reopened-decision")
    @Audited(action = "mailbox-message.decide-reopened", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "decideReopenedMailboxMessage", summary = "Uphold the reply or have the letter handled again, after the writer was unsatisfied (site office)")
    public LetterDetail decideReopened(@PathParam("id") long id, @Valid @NotNull ReopenDecision decision) {
        return handling.decideReopened(id, decision);
    }

    @POST
    @Path("/{id}/publication")
    @Audited(action = "mailbox-message.publish", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "publishMailboxMessage", summary = "Publish an answered letter whose writer consented, with personal data masked (refused while any is found)")
    public LetterDetail publish(@PathParam("id") long id, @Valid @NotNull Publication publication) {
        return handling.publish(id, publication);
    }

    @POST
    @Path("/{id}/unpublication")
    @Audited(action = "mailbox-message.unpublish", targetType = "mailbox-message", targetParam = "id")
    @Operation(operationId = "unpublishMailboxMessage", summary = "Take a published letter off the site, with a reason")
    public LetterDetail unpublish(@PathParam("id") long id, @Valid @NotNull ReasonCommand command) {
        return handling.unpublish(id, command);
    }
}
