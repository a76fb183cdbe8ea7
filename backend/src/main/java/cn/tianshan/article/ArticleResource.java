package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.ArticleViews.ArticleCommand;
import cn.tianshan.article.ArticleViews.ArticleDetail;
import cn.tianshan.article.ArticleViews.ArticlePage;
import cn.tianshan.article.ArticleViews.AttachmentView;
import cn.tianshan.article.ArticleViews.DiscardCommand;
import cn.tianshan.article.ArticleViews.PolicyChoice;
import cn.tianshan.article.ArticleViews.RevisionSummary;
import cn.tianshan.article.ArticleViews.RevisionView;
import cn.tianshan.article.ArticleViews.SubmitCommand;
import cn.tianshan.article.ArticleViews.TimelinessReport;
import cn.tianshan.article.ArticleViews.WithdrawCommand;
import cn.tianshan.audit.Audited;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.review.ReviewViews.RouteStep;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.site.SiteViews.ColumnChoice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Articles (信息) for staff who hold a content role (administrators never do). */
@Path("/articles")
@Tag(name = "Articles", description = "信息：起草、修订、送审、发布、撤回、废弃；发布时效")
@RolesAllowed(Role.Names.CONTENT)
public class ArticleResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Articles articles;
    private final Timeliness timeliness;
    private final ReviewForms reviewForms;

    ArticleResource(Articles articles, Timeliness timeliness, ReviewForms reviewForms) {
        this.articles = articles;
        this.timeliness = timeliness;
        this.reviewForms = reviewForms;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "Articles I may see (my unit's, or all for the site-wide roles), newest change first; discarded drafts only when asked for")
    public ArticlePage list(@QueryParam("editorialStatus") String editorial, @QueryParam("publicStatus") String publicStatus,
                            @QueryParam("kind") String kind, @QueryParam("unit") String unit, @QueryParam("q") String query,
                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return articles.list(Params.enumOrNull("editorialStatus", editorial, EditorialStatus.class),
                Params.enumOrNull("publicStatus", publicStatus, PublicStatus.class), Params.enumOrNull("kind", kind, ArticleKind.class),
                Params.blankToNull(unit), Params.blankToNull(query), Params.intInRange("page", page, 0, 0, 100_000),
                Params.intInRange("size", size, 20, 1, 100));
    }

    @POST
    @Audited(action = "article.create", targetType = "article")
    @Operation(operationId = "createArticle", summary = "Draft a new article (an editor, for their unit, into a column the unit owns or was granted)")
    @APIResponse(responseCode = "201", description = "The new article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response create(@Valid @NotNull ArticleCommand command) {
        ArticleDetail created = articles.create(command);
        return Response.status(201).entity(created).header("Location", "/api/articles/" + created.id()).build();
    }

    @GET
    @Path("/column-choices")
    @Operation(operationId = "listArticleColumnChoices", summary = "The columns my unit may draft into: owner unit, review chain and the kinds each takes")
    public List<ColumnChoice> columnChoices() {
        return articles.columnChoices();
    }

    @GET
    @Path("/policy-choices")
    @Operation(operationId = "listPolicyChoices", summary = "Policy documents an interpretation may link to, by title or document number")
    public List<PolicyChoice> policyChoices(@QueryParam("q") String query) {
        return articles.policyChoices(Params.blankToNull(query));
    }

    @GET
    @Path("/timeliness")
    @Operation(operationId = "getTimelinessReport", summary = "Art. 18 in a period (by information date): per unit, articles published on time, late and overdue, each late or overdue one with its due date and why; my unit's, or every unit's for the site office and leaders")
    public TimelinessReport timeliness(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        return timeliness.report(Params.date("from", from), Params.date("to", to), Params.blankToNull(unit));
    }

    @GET
    @Path("/timeliness/export")
    @Produces(XLSX)
    @Audited(action = "article.timeliness.export", targetType = "timeliness")
    @Operation(operationId = "exportTimelinessReport", summary = "The timeliness report as an xlsx workbook")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        TimelinessReport report = timeliness.report(Params.date("from", from), Params.date("to", to), Params.blankToNull(unit));
        String name = "信息发布时效统计_" + report.from() + "_" + report.to() + ".xlsx";
        return Response.ok(timeliness.xlsx(report), XLSX)
                .header("Content-Disposition", "attachment; filename=\"timeliness.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getArticle", summary = "An article: current revision, state, columns, attachments, review in progress and the actions I may take")
    public ArticleDetail get(@PathParam("id") long id) {
        return articles.get(id);
    }

    @PUT
    @Path("/{id}")
    @Audited(action = "article.revise", targetType = "article", targetParam = "id")
    @Operation(operationId = "reviseArticle", summary = "Save a new revision; 409 with the current revision when baseRevision is stale; in review, older approvals are voided")
    public ArticleDetail update(@PathParam("id") long id, @Valid @NotNull ArticleCommand command) {
        return articles.update(id, command);
    }

    @POST
    @Path("/{id}/submission")
    @Audited(action = "article.submit", targetType = "article", targetParam = "id")
    @Operation(operationId = "submitArticle", summary = "Submit for review exactly the revision on my screen; refused while an uploaded file is in no saved revision")
    public ArticleDetail submit(@PathParam("id") long id, @Valid @NotNull SubmitCommand command) {
        return articles.submit(id, command);
    }

    @POST
    @Path("/{id}/submission/cancellation")
    @Audited(action = "article.submit.cancel", targetType = "article", targetParam = "id")
    @Operation(operationId = "cancelArticleSubmission", summary = "撤回送审: take the article back out of review")
    public ArticleDetail cancel(@PathParam("id") long id) {
        return articles.cancelReview(id);
    }

    @POST
    @Path("/{id}/discard")
    @Audited(action = "article.discard", targetType = "article", targetParam = "id")
    @Operation(operationId = "discardArticle", summary = "Discard a draft that was never published, with a reason; it stops counting as overdue")
    public ArticleDetail discard(@PathParam("id") long id, @Valid @NotNull DiscardCommand command) {
        return articles.discard(id, command);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Audited(action = "article.withdraw", targetType = "article", targetParam = "id")
    @Operation(operationId = "withdrawArticle", summary = "撤回发布: take a published article off the public site with a reason (site office or the unit's head)")
    public ArticleDetail withdraw(@PathParam("id") long id, @Valid @NotNull WithdrawCommand command) {
        return articles.withdraw(id, command);
    }

    @GET
    @Path("/{id}/route")
    @Operation(operationId = "getArticleRoute", summary = "The steps the article would pass if submitted now, and who can act at each")
    public List<RouteStep> route(@PathParam("id") long id) {
        return articles.route(id);
    }

    @GET
    @Path("/{id}/reviews")
    @Operation(operationId = "listArticleReviews", summary = "Every review round of the article, with each step's opinion, signer, time and approved revision")
    public List<RunView> reviews(@PathParam("id") long id) {
        return articles.reviews(id);
    }

    @GET
    @Path("/{id}/review-form")
    @Operation(operationId = "getArticleReviewForm",
            summary = "附件3 发布信息审核表 of the latest review round: one row per step actually run, and the contact's phones")
    public ReviewForms.ReviewForm reviewForm(@PathParam("id") long id) {
        return reviewForms.of(id);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listArticleRevisions", summary = "Every saved revision of the article, newest first")
    public List<RevisionSummary> revisions(@PathParam("id") long id) {
        return articles.revisions(id);
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @Operation(operationId = "getArticleRevision", summary = "One revision of the article, whole")
    public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return articles.revision(id, number);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Audited(action = "article.attachment.upload", targetType = "article", targetParam = "id")
    @Operation(operationId = "uploadArticleAttachment", summary = "Upload an attachment (PDF, Office, images), typed by its content; it is pending until a saved revision lists it")
    @APIResponse(responseCode = "201", description = "The stored attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "请选择要上传的文件（表单字段 file）");
        }
        AttachmentView view = articles.attach(id, file.fileName(), file.uploadedFile(), file.size());
        return Response.status(201).entity(view).build();
    }

    @DELETE
    @Path("/{id}/attachments/{attachmentId}")
    @Audited(action = "article.attachment.delete", targetType = "article", targetParam = "id")
    @Operation(operationId = "deleteArticleAttachment", summary = "Delete an upload that no saved revision lists (a wrong file)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        articles.deleteAttachment(id, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadArticleAttachment", summary = "Download an attachment (staff; also before publication)")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Articles.AttachmentFile file = articles.attachmentFile(id, attachmentId);
        return Downloads.of(file.path(), file.name(), file.mediaType());
    }
}
