package cn.tianshan.review;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.review.ReviewViews.ApproveCommand;
import cn.tianshan.review.ReviewViews.ChainChange;
import cn.tianshan.review.ReviewViews.ChainView;
import cn.tianshan.review.ReviewViews.RejectCommand;
import cn.tianshan.review.ReviewViews.ResolverView;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Decisions on review steps, and the configuration of review chains. The waiting steps are in the inbox. */
@Path("/reviews")
@Tag(name = "Review", description = "审核链：三审三校、保密审查、栏目调整")
@RolesAllowed(Role.Names.STAFF)
public class ReviewResource {

    private final ReviewDuties duties;
    private final ReviewEngine engine;
    private final ReviewChains chains;

    ReviewResource(ReviewDuties duties, ReviewEngine engine, ReviewChains chains) {
        this.duties = duties;
        this.engine = engine;
        this.chains = chains;
    }

    @PUT
    @Path("/seen")
    @Audited(action = "review.seen", targetType = "review-subject")
    @Operation(operationId = "rememberSeenRevision", summary = "Remember the revision I have now seen (the inbox shows what changed since)")
    @APIResponse(responseCode = "204", description = "Remembered")
    public Response seen(@Valid @NotNull SeenCommand command) {
        duties.seen(command.subjectType(), command.subjectId(), command.revisionId());
        return Response.noContent().build();
    }

    @POST
    @Path("/tasks/{id}/approval")
    @Audited(action = "review.approve", targetType = "review-task", targetParam = "id")
    @Operation(operationId = "approveReviewStep", summary = "Approve a waiting step (opinion, proofreading and confidentiality confirmations, the revision read); exactly one of concurrent decisions wins, the others get a 409")
    public RunView approve(@PathParam("id") long id, @Valid ApproveCommand command) {
        return engine.approve(id, command);
    }

    @POST
    @Path("/tasks/{id}/rejection")
    @Audited(action = "review.reject", targetType = "review-task", targetParam = "id")
    @Operation(operationId = "rejectReviewStep", summary = "Reject a waiting step with a written reason; the subject returns to its author, who is notified")
    public RunView reject(@PathParam("id") long id, @Valid @NotNull RejectCommand command) {
        return engine.reject(id, command);
    }

    @GET
    @Path("/chains")
    @Operation(operationId = "listReviewChains", summary = "All review chains with their steps")
    public List<ChainView> chains() {
        return chains.all();
    }

    @GET
    @Path("/chains/{id}")
    @Operation(operationId = "getReviewChain", summary = "One review chain with its steps")
    public ChainView chain(@PathParam("id") long id) {
        return chains.chain(id);
    }

    @PUT
    @Path("/chains/{id}")
    @Audited(action = "review.chain.change", targetType = "review-chain", targetParam = "id")
    @Operation(operationId = "changeReviewChain", summary = "Replace a chain's steps (site office; a topic site's chain: its owning unit)")
    public ChainView changeChain(@PathParam("id") long id, @Valid @NotNull ChainChange change) {
        return chains.change(id, change);
    }

    @GET
    @Path("/resolvers")
    @Operation(operationId = "listStepResolvers", summary = "Who a step can be given to, relative to the subject")
    public List<ResolverView> resolvers() {
        return Arrays.stream(StepResolver.values()).map(r -> new ResolverView(r, r.label(), r.conditional())).toList();
    }
}
