package cn.tianshan.disclosure;

import cn.tianshan.article.Downloads;
import cn.tianshan.audit.Audited;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.common.web.Params;
import cn.tianshan.disclosure.DisclosureEnums.ReplyType;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import cn.tianshan.disclosure.DisclosureViews.DeliveryCommand;
import cn.tianshan.disclosure.DisclosureViews.DisclosureDetail;
import cn.tianshan.disclosure.DisclosureViews.DisclosureExtensionDecision;
import cn.tianshan.disclosure.DisclosureViews.DisclosureExtensionRequest;
import cn.tianshan.disclosure.DisclosureViews.DisclosurePage;
import cn.tianshan.disclosure.DisclosureViews.DisclosureStatisticsView;
import cn.tianshan.disclosure.DisclosureViews.NoteCommand;
import cn.tianshan.disclosure.DisclosureViews.RegisterCommand;
import cn.tianshan.disclosure.DisclosureViews.ReplyCommand;
import cn.tianshan.disclosure.DisclosureViews.ReplyTypeOption;
import cn.tianshan.intake.IntakeUploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Disclosure requests (依申请公开) as the site office, the units and the leaders handle them. */
@Path("/disclosure-requests")
@Tag(name = "Disclosure requests", description = "依申请公开：登记转办、补正、征求第三方意见、延期、答复、送达归档")
@RolesAllowed(Role.Names.CONTENT)
public class DisclosureResource {

    private final DisclosureQueries queries;
    private final DisclosureHandling handling;
    private final DisclosureStatistics statistics;
    private final IntakeUploads uploads;
    private final Clock clock;

    DisclosureResource(DisclosureQueries queries, DisclosureHandling handling, DisclosureStatistics statistics, IntakeUploads uploads,
                       Clock clock) {
        this.queries = queries;
        this.handling = handling;
        this.statistics = statistics;
        this.uploads = uploads;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listDisclosureRequests", summary = "Requests the caller may see: all for the site office and leaders, their unit's otherwise")
    public DisclosurePage list(@QueryParam("unit") String unit, @QueryParam("status") String status, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        return queries.list(Params.blankToNull(unit), Params.enumOrNull("status", status, RequestStatus.class),
                Params.intInRange("page", page, 0, 0, 10_000), Params.intInRange("size", size, 20, 1, 100));
    }

    @GET
    @Path("/reply-types")
    @Operation(operationId = "listDisclosureReplyTypes", summary = "The reply types of the regulation, and which need a legal ground")
    public List<ReplyTypeOption> replyTypes() {
        return Arrays.stream(ReplyType.values()).map(t -> new ReplyTypeOption(t, t.label(), t.needsLegalGround())).toList();
    }

    @GET
    @Path("/statistics")
    @Operation(operationId = "getDisclosureStatistics", summary = "The numbers of the annual disclosure report: received, answered by type, late, per month")
    public DisclosureStatisticsView statistics(@QueryParam("year") String year) {
        int thisYear = Timestamps.now(clock).getYear();
        return statistics.of(Params.intInRange("year", year, thisYear, 2000, thisYear + 1));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDisclosureRequest", summary = "A request with its clocks, every step and the caller's actions")
    public DisclosureDetail get(@PathParam("id") long id) {
        return queries.detail(id);
    }

    @GET
    @Path("/{id}/reply-document")
    @Operation(operationId = "downloadDisclosureReplyDocument", summary = "The reply document")
    public Response replyDocument(@PathParam("id") long id) {
        DisclosureRequest r = queries.replyDocumentOf(id);
        return Downloads.of(uploads.path(r.replyDocumentStored()), r.replyDocumentName(), "application/pdf");
    }

    @POST
    @Path("/{id}/registration")
    @Audited(action = "disclosure-request.register", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "registerDisclosureRequest", summary = "Register the request and dispatch it to a unit (site office)")
    public DisclosureDetail register(@PathParam("id") long id, @Valid @NotNull RegisterCommand command) {
        return handling.register(id, command);
    }

    @POST
    @Path("/{id}/correction-requests")
    @Audited(action = "disclosure-request.request-correction", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "requestDisclosureCorrection", summary = "Ask the applicant to correct the request, once, within 7 working days of receipt")
    public DisclosureDetail requestCorrection(@PathParam("id") long id, @Valid @NotNull NoteCommand command) {
        return handling.requestCorrection(id, command);
    }

    @POST
    @Path("/{id}/supplements")
    @Audited(action = "disclosure-request.record-supplement", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "recordDisclosureSupplement", summary = "Record a supplement received off line; the reply clock restarts")
    public DisclosureDetail recordSupplement(@PathParam("id") long id, @Valid @NotNull NoteCommand command) {
        return handling.recordSupplement(id, command);
    }

    @POST
    @Path("/{id}/opinion")
    @Audited(action = "disclosure-request.opinion", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "giveDisclosureOpinion", summary = "The handling unit's opinion on the request")
    public DisclosureDetail opinion(@PathParam("id") long id, @Valid @NotNull NoteCommand command) {
        return handling.opinion(id, command);
    }

    @POST
    @Path("/{id}/extension-requests")
    @Audited(action = "disclosure-request.request-extension", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "requestDisclosureExtension", summary = "Ask a leader for the one extension (at most 20 working days)")
    public DisclosureDetail requestExtension(@PathParam("id") long id, @Valid @NotNull DisclosureExtensionRequest command) {
        return handling.requestExtension(id, command);
    }

    @POST
    @Path("/{id}/extension-decision")
    @Audited(action = "disclosure-request.decide-extension", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "decideDisclosureExtension", summary = "Approve or refuse the extension (leader)")
    public DisclosureDetail decideExtension(@PathParam("id") long id, @Valid @NotNull DisclosureExtensionDecision decision) {
        return handling.decideExtension(id, decision);
    }

    @POST
    @Path("/{id}/third-party-consultation")
    @Audited(action = "disclosure-request.start-third-party", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "startDisclosureThirdParty", summary = "Start consulting a third party; the reply clock pauses")
    public DisclosureDetail startThirdParty(@PathParam("id") long id, @Valid @NotNull NoteCommand command) {
        return handling.startThirdParty(id, command);
    }

    @POST
    @Path("/{id}/third-party-opinion")
    @Audited(action = "disclosure-request.end-third-party", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "endDisclosureThirdParty", summary = "Record the third party's opinion; the reply clock runs again")
    public DisclosureDetail endThirdParty(@PathParam("id") long id, @Valid @NotNull NoteCommand command) {
        return handling.endThirdParty(id, command);
    }

    @POST
    @Path("/{id}/reply")
    @Audited(action = "disclosure-request.reply", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "replyDisclosureRequest", summary = "Reply with a type of the regulation (a legal ground where it needs one)")
    public DisclosureDetail reply(@PathParam("id") long id, @Valid @NotNull ReplyCommand command) {
        return handling.reply(id, command);
    }

    @POST
    @Path("/{id}/reply-document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Audited(action = "disclosure-request.reply-document", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "uploadDisclosureReplyDocument", summary = "Upload the signed reply document (PDF)")
    public DisclosureDetail uploadReplyDocument(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "请选择答复书文件");
        }
        if (!file.fileName().toLowerCase().endsWith(".pdf")) {
            throw ProblemException.invalid("file", "答复书须为 PDF 文件");
        }
        try {
            return handling.attachReplyDocument(id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("/{id}/delivery")
    @Audited(action = "disclosure-request.deliver", targetType = "disclosure-request", targetParam = "id")
    @Operation(operationId = "deliverDisclosureReply", summary = "Record delivery of the reply; the request is archived")
    public DisclosureDetail deliver(@PathParam("id") long id, @Valid @NotNull DeliveryCommand command) {
        return handling.deliver(id, command);
    }
}
