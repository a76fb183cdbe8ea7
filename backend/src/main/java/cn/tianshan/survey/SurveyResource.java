package cn.tianshan.survey;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import cn.tianshan.survey.SurveyViews.ClosingCommand;
import cn.tianshan.survey.SurveyViews.SurveyDetail;
import cn.tianshan.survey.SurveyViews.SurveyDraft;
import cn.tianshan.survey.SurveyViews.SurveyResults;
import cn.tianshan.survey.SurveyViews.SurveySummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Online surveys in the console: draft, review, close early, results and the answer sheets. */
@Path("/surveys")
@Tag(name = "Surveys", description = "网上调查：起草、审核、发布、提前结束、结果与答卷导出（第二十三条）")
@RolesAllowed(Role.Names.CONTENT)
public class SurveyResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Surveys surveys;
    private final SurveyResultsQuery results;
    private final SurveyExport export;

    SurveyResource(Surveys surveys, SurveyResultsQuery results, SurveyExport export) {
        this.surveys = surveys;
        this.results = results;
        this.export = export;
    }

    @GET
    @Operation(operationId = "listSurveys", summary = "Surveys the caller may see: their unit's, or all for the site office, leaders and the technical department")
    public List<SurveySummary> list() {
        return surveys.list();
    }

    @POST
    @Audited(action = "survey.create", targetType = "survey")
    @Operation(operationId = "createSurvey", summary = "Draft a survey for the caller's unit")
    @APIResponse(responseCode = "201", description = "The drafted survey",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyDetail.class)))
    public Response create(@Valid @NotNull SurveyDraft draft) {
        return Response.status(Response.Status.CREATED).entity(surveys.create(draft)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSurvey", summary = "A survey with its questions, review and what the caller may do")
    public SurveyDetail get(@PathParam("id") long id) {
        return surveys.detail(id);
    }

    @PUT
    @Path("/{id}")
    @Audited(action = "survey.update", targetType = "survey", targetParam = "id")
    @Operation(operationId = "updateSurvey", summary = "Change a draft or returned survey (its questions are replaced)")
    public SurveyDetail update(@PathParam("id") long id, @Valid @NotNull SurveyDraft draft) {
        return surveys.update(id, draft);
    }

    @POST
    @Path("/{id}/submission")
    @Audited(action = "survey.submit", targetType = "survey", targetParam = "id")
    @Operation(operationId = "submitSurvey", summary = "Send the survey to its unit head and the site office; the last approval publishes it")
    public SurveyDetail submit(@PathParam("id") long id) {
        return surveys.submit(id);
    }

    @DELETE
    @Path("/{id}/submission")
    @Audited(action = "survey.withdraw-submission", targetType = "survey", targetParam = "id")
    @Operation(operationId = "withdrawSurveySubmission", summary = "Take the survey back from review to change it")
    public SurveyDetail withdraw(@PathParam("id") long id) {
        return surveys.withdrawSubmission(id);
    }

    @POST
    @Path("/{id}/closing")
    @Audited(action = "survey.close", targetType = "survey", targetParam = "id")
    @Operation(operationId = "closeSurvey", summary = "End a running survey now, with the reason (unit head or site office)")
    public SurveyDetail close(@PathParam("id") long id, @Valid @NotNull ClosingCommand command) {
        return surveys.closeEarly(id, command);
    }

    @GET
    @Path("/{id}/results")
    @Operation(operationId = "getSurveyResults", summary = "Counts and percentages per option, whether or not the public sees them yet")
    public SurveyResults results(@PathParam("id") long id) {
        Survey s = surveys.readable(id);
        return results.of(s.id(), surveys.questionsOf(s.id()));
    }

    @GET
    @Path("/{id}/answers")
    @Produces({"text/csv", XLSX})
    @Audited(action = "survey.export", targetType = "survey", targetParam = "id")
    @Operation(operationId = "exportSurveyAnswers", summary = "Every answer sheet, one row each: format=csv (UTF-8 with BOM) or xlsx")
    @APIResponse(responseCode = "200", description = "The answer sheets", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    public Response answers(@PathParam("id") long id, @QueryParam("format") String format) {
        Survey s = surveys.readable(id);
        String wanted = format == null || format.isBlank() ? "xlsx" : format.trim();
        if (!wanted.equals("csv") && !wanted.equals("xlsx")) {
            throw ProblemException.invalid("format", "导出格式只能是 csv 或 xlsx");
        }
        var questions = surveys.questionsOf(s.id());
        byte[] body = wanted.equals("csv") ? export.csv(questions, s.id()) : export.xlsx(questions, s.id(), s.title());
        return Response.ok(body, wanted.equals("csv") ? "text/csv; charset=utf-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"survey-" + s.id() + "-answers." + wanted + "\"").build();
    }
}
