package cn.tianshan.survey;

import cn.tianshan.audit.Audited;
import cn.tianshan.intake.ClientAddress;
import cn.tianshan.survey.SurveyAnswering.Answered;
import cn.tianshan.survey.SurveyViews.AnswerReceipt;
import cn.tianshan.survey.SurveyViews.AnswerSheet;
import cn.tianshan.survey.SurveyViews.PublicSurvey;
import cn.tianshan.survey.SurveyViews.PublicSurveySummary;
import cn.tianshan.survey.SurveyViews.SurveyResults;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Online surveys for the public: read, answer once, see the results when the unit shows them. */
@Path("/public/surveys")
@Tag(name = "Public surveys", description = "网上调查（公众）：参与调查、查看结果")
@PermitAll
public class PublicSurveyResource {

    private final SurveyAnswering answering;

    PublicSurveyResource(SurveyAnswering answering) {
        this.answering = answering;
    }

    @GET
    @Operation(operationId = "listPublicSurveys", summary = "Published surveys, newest first: upcoming, open and closed")
    public List<PublicSurveySummary> list() {
        return answering.published();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublicSurvey", summary = "A survey's questions, what is enforced, whether this browser has answered, and the results when shown")
    public PublicSurvey get(@PathParam("id") long id, @CookieParam(VoterCookies.NAME) String voter) {
        return answering.read(id, voter);
    }

    @GET
    @Path("/{id}/results")
    @Operation(operationId = "getPublicSurveyResults", summary = "Counts and percentages, live or after closing as the unit chose")
    public SurveyResults results(@PathParam("id") long id) {
        return answering.results(id);
    }

    @POST
    @Path("/{id}/responses")
    @Audited(action = "survey.answer", targetType = "survey", targetParam = "id")
    @Operation(operationId = "answerSurvey", summary = "Answer a survey (with a solved challenge); once per browser, a few times per address")
    @APIResponse(responseCode = "201", description = "The answer sheet was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerReceipt.class)))
    public Response answer(@PathParam("id") long id, @Valid @NotNull AnswerSheet sheet, @CookieParam(VoterCookies.NAME) String voter,
                           @Context HttpServerRequest request) {
        Answered answered = answering.answer(id, sheet, voter, ClientAddress.of(request));
        NewCookie cookie = new NewCookie.Builder(VoterCookies.NAME).value(answered.voterCookie()).path("/api/public/surveys")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).secure(request.isSSL()).build();
        return Response.status(Response.Status.CREATED).entity(answered.receipt()).cookie(cookie).build();
    }
}
