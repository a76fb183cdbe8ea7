package cn.tianshan.review;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.review.ReviewViews.ApproveCommand;
import cn.tianshan.review.ReviewViews.ChainChange;
import cn.tianshan.review.ReviewViews.ChainView;
import cn.tianshan.review.ReviewViews.InboxEntry;
import cn.tianshan.review.ReviewViews.RejectCommand;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.ReviewViews.SeenCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reviewer's inbox and decisions, and the configuration of review chains. */
@Path("/reviews")
@Tag(name = "Review", description = "审核链：三审三校、保密审查、栏目调整")
@RolesAllowed(Role.Names.STAFF)
public class ReviewResource {

    private final ReviewInbox inbox;
    private final ReviewEngine engine;
    private final ReviewChains chains;

    ReviewResource(ReviewInbox inbox, ReviewEngine engine, ReviewChains chains) {
        this.inbox = inbox;
        this.engine = engine;
        this.chains = chains;
    }

    @GET
    @Path("/inbox")
    @Operation(summary = "Everything waiting for me, soonest due first, with the actions I may take")
    public List<InboxEntry> inbox() {
        return inbox.entries();
    }

    @PUT
    @Path("/seen")
    @Audited(action = "review.seen", targetType = "review-subject")
    @Operation(summary = "Remember the revision I have now seen (the inbox diffs against it next time)")
    public Response seen(@Valid @NotNull SeenCommand command) {
        inbox.seen(command.subjectType(), command.subjectId(), command.revisionId());
        return Response.noContent().build();
    }

    @POST
    @Path("/tasks/{id}/approval")
    @Audited(action = "review.approve", targetType = "review-task", targetParam = "id")
    @Operation(summary = "Approve a waiting step (with opinion and the proofreading confirmation)")
    public RunView approve(@PathParam("id") long id, @Valid ApproveCommand command) {
        return engine.approve(id, command);
    }

    @POST
    @Path("/tasks/{id}/rejection")
    @Audited(action = "review.reject", targetType = "review-task", targetParam = "id")
    @Operation(summary = "Reject a waiting step with a written reason; the subject returns to its author")
    public RunView reject(@PathParam("id") long id, @Valid @NotNull RejectCommand command) {
        return engine.reject(id, command);
    }

    @GET
    @Path("/chains")
    @Operation(summary = "All review chains with their steps")
    public List<ChainView> chains() {
        return chains.all();
    }

    @GET
    @Path("/chains/{id}")
    public ChainView chain(@PathParam("id") long id) {
        return chains.chain(id);
    }

    @PUT
    @Path("/chains/{id}")
    @Audited(action = "review.chain.change", targetType = "review-chain", targetParam = "id")
    @Operation(summary = "Replace a chain's steps (site office; a topic site's chain: its owning unit)")
    public ChainView changeChain(@PathParam("id") long id, @Valid @NotNull ChainChange change) {
        return chains.change(id, change);
    }
}
