package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.ArticleViews.AttachmentView;
import cn.tianshan.article.ArticleViews.ArticleCommand;
import cn.tianshan.article.ArticleViews.ArticleDetail;
import cn.tianshan.article.ArticleViews.ArticlePage;
import cn.tianshan.article.ArticleViews.RevisionSummary;
import cn.tianshan.article.ArticleViews.RevisionView;
import cn.tianshan.article.ArticleViews.UnitTimeliness;
import cn.tianshan.article.ArticleViews.WithdrawCommand;
import cn.tianshan.audit.Audited;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Information articles for staff who hold a content role (administrators never do). */
@Path("/articles")
@Tag(name = "Articles", description = "信息：起草、修订、送审、发布、撤回")
@RolesAllowed(Role.Names.CONTENT)
public class ArticleResource {

    private final Articles articles;

    ArticleResource(Articles articles) {
        this.articles = articles;
    }

    @GET
    @Operation(summary = "Articles I may see (my unit's, or all for the site-wide roles), newest change first")
    public ArticlePage list(@QueryParam("editorialStatus") String editorial, @QueryParam("publicStatus") String publicStatus,
                         @QueryParam("unit") String unit, @QueryParam("q") String query,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return articles.list(Params.enumOrNull("editorialStatus", editorial, EditorialStatus.class),
                Params.enumOrNull("publicStatus", publicStatus, PublicStatus.class), Params.blankToNull(unit),
                Params.blankToNull(query), Params.intInRange("page", page, 0, 0, 100_000), Params.intInRange("size", size, 20, 1, 100));
    }

    @POST
    @Audited(action = "article.create", targetType = "article")
    @Operation(summary = "Draft a new article (an editor, for their unit)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The new article",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ArticleDetail.class)))
    public Response create(@Valid @NotNull ArticleCommand command) {
        ArticleDetail created = articles.create(command);
        return Response.status(201).entity(created).header("Location", "/api/articles/" + created.id()).build();
    }

    @GET
    @Path("/{id}")
    public ArticleDetail get(@PathParam("id") long id) {
        return articles.get(id);
    }

    @PUT
    @Path("/{id}")
    @Audited(action = "article.revise", targetType = "article", targetParam = "id")
    @Operation(summary = "Save a new revision; 409 with the current revision when baseRevision is stale")
    public ArticleDetail update(@PathParam("id") long id, @Valid @NotNull ArticleCommand command) {
        return articles.update(id, command);
    }

    @POST
    @Path("/{id}/submission")
    @Audited(action = "article.submit", targetType = "article", targetParam = "id")
    @Operation(summary = "Submit for review")
    public ArticleDetail submit(@PathParam("id") long id) {
        return articles.submit(id);
    }

    @POST
    @Path("/{id}/submission/cancellation")
    @Audited(action = "article.submit.cancel", targetType = "article", targetParam = "id")
    @Operation(summary = "Take the article back out of review")
    public ArticleDetail cancel(@PathParam("id") long id) {
        return articles.cancelReview(id);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Audited(action = "article.withdraw", targetType = "article", targetParam = "id")
    @Operation(summary = "Withdraw a published article with a reason (site office or the unit's head)")
    public ArticleDetail withdraw(@PathParam("id") long id, @Valid @NotNull WithdrawCommand command) {
        return articles.withdraw(id, command);
    }

    @GET
    @Path("/{id}/reviews")
    @Operation(summary = "Every review run of the article, with each step's opinion, signer, time and approved revision")
    public List<cn.tianshan.review.ReviewViews.RunView> reviews(@PathParam("id") long id) {
        return articles.reviews(id);
    }

    @GET
    @Path("/{id}/revisions")
    public List<RevisionSummary> revisions(@PathParam("id") long id) {
        return articles.revisions(id);
    }

    @GET
    @Path("/{id}/revisions/{number}")
    public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return articles.revision(id, number);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Audited(action = "article.attachment.upload", targetType = "article", targetParam = "id")
    @Operation(summary = "Upload an attachment (PDF, Office, images); the type is read from the content")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The stored attachment",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "required: a multipart part named file");
        }
        AttachmentView view = articles.attach(id, file.fileName(), file.uploadedFile(), file.size());
        return Response.status(201).entity(view).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an attachment (staff; also before publication)")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Articles.AttachmentFile file = articles.attachmentFile(id, attachmentId);
        return Downloads.of(file.path(), file.name(), file.mediaType());
    }

    @GET
    @Path("/timeliness")
    @Operation(summary = "Per unit: published articles, late ones (Art. 18) and overdue unpublished ones, by information date")
    public List<UnitTimeliness> timeliness(@QueryParam("from") String from, @QueryParam("to") String to) {
        return articles.timeliness(Params.date("from", from), Params.date("to", to));
    }
}
