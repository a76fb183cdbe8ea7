package cn.tianshan.article;

import cn.tianshan.article.ItemEnums.EditorialStatus;
import cn.tianshan.article.ItemEnums.PublicStatus;
import cn.tianshan.article.ItemViews.AttachmentView;
import cn.tianshan.article.ItemViews.ItemCommand;
import cn.tianshan.article.ItemViews.ItemDetail;
import cn.tianshan.article.ItemViews.ItemPage;
import cn.tianshan.article.ItemViews.RevisionSummary;
import cn.tianshan.article.ItemViews.RevisionView;
import cn.tianshan.article.ItemViews.UnitTimeliness;
import cn.tianshan.article.ItemViews.WithdrawCommand;
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

/** Information items for staff who hold a content role (administrators never do). */
@Path("/items")
@Tag(name = "Items", description = "信息：起草、修订、送审、发布、撤回")
@RolesAllowed(Role.Names.CONTENT)
public class ItemResource {

    private final Items items;

    ItemResource(Items items) {
        this.items = items;
    }

    @GET
    @Operation(summary = "Items I may see (my unit's, or all for the site-wide roles), newest change first")
    public ItemPage list(@QueryParam("editorialStatus") String editorial, @QueryParam("publicStatus") String publicStatus,
                         @QueryParam("unit") String unit, @QueryParam("q") String query,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return items.list(Params.enumOrNull("editorialStatus", editorial, EditorialStatus.class),
                Params.enumOrNull("publicStatus", publicStatus, PublicStatus.class), Params.blankToNull(unit),
                Params.blankToNull(query), Params.intInRange("page", page, 0, 0, 100_000), Params.intInRange("size", size, 20, 1, 100));
    }

    @POST
    @Audited(action = "item.create", targetType = "item")
    @Operation(summary = "Draft a new item (an editor, for their unit)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The new item",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ItemDetail.class)))
    public Response create(@Valid @NotNull ItemCommand command) {
        ItemDetail created = items.create(command);
        return Response.status(201).entity(created).header("Location", "/api/items/" + created.id()).build();
    }

    @GET
    @Path("/{id}")
    public ItemDetail get(@PathParam("id") long id) {
        return items.get(id);
    }

    @PUT
    @Path("/{id}")
    @Audited(action = "item.revise", targetType = "item", targetParam = "id")
    @Operation(summary = "Save a new revision; 409 with the current revision when baseRevision is stale")
    public ItemDetail update(@PathParam("id") long id, @Valid @NotNull ItemCommand command) {
        return items.update(id, command);
    }

    @POST
    @Path("/{id}/submission")
    @Audited(action = "item.submit", targetType = "item", targetParam = "id")
    @Operation(summary = "Submit for review")
    public ItemDetail submit(@PathParam("id") long id) {
        return items.submit(id);
    }

    @POST
    @Path("/{id}/submission/cancellation")
    @Audited(action = "item.submit.cancel", targetType = "item", targetParam = "id")
    @Operation(summary = "Take the item back out of review")
    public ItemDetail cancel(@PathParam("id") long id) {
        return items.cancelReview(id);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Audited(action = "item.withdraw", targetType = "item", targetParam = "id")
    @Operation(summary = "Withdraw a published item with a reason (site office or the unit's head)")
    public ItemDetail withdraw(@PathParam("id") long id, @Valid @NotNull WithdrawCommand command) {
        return items.withdraw(id, command);
    }

    @GET
    @Path("/{id}/reviews")
    @Operation(summary = "Every review run of the item, with each step's opinion, signer, time and approved revision")
    public List<cn.tianshan.review.ReviewViews.RunView> reviews(@PathParam("id") long id) {
        return items.reviews(id);
    }

    @GET
    @Path("/{id}/revisions")
    public List<RevisionSummary> revisions(@PathParam("id") long id) {
        return items.revisions(id);
    }

    @GET
    @Path("/{id}/revisions/{number}")
    public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return items.revision(id, number);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Audited(action = "item.attachment.upload", targetType = "item", targetParam = "id")
    @Operation(summary = "Upload an attachment (PDF, Office, images); the type is read from the content")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The stored attachment",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "required: a multipart part named file");
        }
        AttachmentView view = items.attach(id, file.fileName(), file.uploadedFile(), file.size());
        return Response.status(201).entity(view).build();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an attachment (staff; also before publication)")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Items.AttachmentFile file = items.attachmentFile(id, attachmentId);
        return Downloads.of(file.path(), file.name(), file.mediaType());
    }

    @GET
    @Path("/timeliness")
    @Operation(summary = "Per unit: published items, late ones (Art. 18) and overdue unpublished ones, by information date")
    public List<UnitTimeliness> timeliness(@QueryParam("from") String from, @QueryParam("to") String to) {
        return items.timeliness(Params.date("from", from), Params.date("to", to));
    }
}
