package cn.tianshan.mailbox;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.web.Params;
import cn.tianshan.intake.ClientAddress;
import cn.tianshan.mailbox.MailboxViews.ClarificationCommand;
import cn.tianshan.mailbox.MailboxViews.LetterReceipt;
import cn.tianshan.mailbox.MailboxViews.LetterStatusView;
import cn.tianshan.mailbox.MailboxViews.LetterSubmission;
import cn.tianshan.mailbox.MailboxViews.MailboxStatisticsView;
import cn.tianshan.mailbox.MailboxViews.PublicLetterPage;
import cn.tianshan.mailbox.MailboxViews.RatingCommand;
import cn.tianshan.mailbox.MailboxViews.TrackingQuery;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public's leader mailbox: write, follow, clarify, rate; read answered letters and the statistics. */
@Path("/public/mailbox-messages")
@Tag(name = "Public mailbox", description = "领导信箱（公众）：写信、查询、评价、公开来信与统计")
@PermitAll
public class PublicMailboxResource {

    private final MailboxIntake intake;
    private final MailboxStatistics statistics;
    private final Clock clock;

    PublicMailboxResource(MailboxIntake intake, MailboxStatistics statistics, Clock clock) {
        this.intake = intake;
        this.statistics = statistics;
        this.clock = clock;
    }

    @POST
    @Audited(action = "mailbox-message.receive", targetType = "mailbox-message")
    @Operation(operationId = "writeMailboxMessage", summary = "Write to the leader mailbox (with a solved challenge); returns the tracking code")
    @APIResponse(responseCode = "201", description = "The letter was received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterReceipt.class)))
    public Response write(@Valid @NotNull LetterSubmission letter, @Context HttpServerRequest request) {
        LetterReceipt receipt = intake.submit(letter, ClientAddress.of(request));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path("/lookup")
    @Audited(action = "mailbox-message.lookup", targetType = "mailbox-message")
    @Operation(operationId = "lookUpMailboxMessage", summary = "Status and reply of a letter, with tracking code and password (the same answer for a wrong code or password; locked after repeated failures)")
    public LetterStatusView lookup(@Valid @NotNull TrackingQuery query, @Context HttpServerRequest request) {
        return intake.lookup(query, ClientAddress.of(request));
    }

    @POST
    @Path("/rating")
    @Audited(action = "mailbox-message.rate", targetType = "mailbox-message")
    @Operation(operationId = "rateMailboxReply", summary = "Rate the reply; unsatisfied sends the letter to the site office to decide")
    public LetterStatusView rate(@Valid @NotNull RatingCommand command, @Context HttpServerRequest request) {
        return intake.rate(command, ClientAddress.of(request));
    }

    @POST
    @Path("/clarification")
    @Audited(action = "mailbox-message.clarify", targetType = "mailbox-message")
    @Operation(operationId = "clarifyMailboxMessage", summary = "Answer the handler's request for clarification; the clock runs again")
    public LetterStatusView clarify(@Valid @NotNull ClarificationCommand command, @Context HttpServerRequest request) {
        return intake.clarify(command, ClientAddress.of(request));
    }

    @GET
    @Operation(operationId = "listPublishedMailboxMessages", summary = "Answered letters whose writers consented, personal data masked, newest reply first")
    public PublicLetterPage published(@QueryParam("page") String page, @QueryParam("size") String size) {
        return intake.published(Params.intInRange("page", page, 0, 0, 10_000), Params.intInRange("size", size, 10, 1, 50));
    }

    @GET
    @Path("/statistics")
    @Operation(operationId = "getMailboxStatistics", summary = "Received, answered, answered on time and average working days, per month and unit")
    public MailboxStatisticsView statistics(@QueryParam("year") String year) {
        int thisYear = cn.tianshan.common.time.Timestamps.now(clock).getYear();
        return statistics.of(Params.intInRange("year", year, thisYear, 2000, thisYear + 1));
    }
}
