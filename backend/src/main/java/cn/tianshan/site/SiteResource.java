package cn.tianshan.site;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.site.SiteViews.ColumnChangeCommand;
import cn.tianshan.site.SiteViews.ColumnChangeView;
import cn.tianshan.site.SiteViews.ColumnNode;
import cn.tianshan.site.SiteViews.ColumnSettings;
import cn.tianshan.site.SiteViews.GrantCommand;
import cn.tianshan.site.SiteViews.GrantView;
import cn.tianshan.site.SiteViews.RevokeCommand;
import cn.tianshan.site.SiteViews.SiteView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sites, column trees, column settings and publishing grants, and column change requests, for staff. */
@Path("/")
@Tag(name = "Sites", description = "网站与栏目（第七条）：栏目设置、发布授权、栏目调整申请")
@RolesAllowed(Role.Names.STAFF)
public class SiteResource {

    private final Sites sites;
    private final ColumnChanges changes;

    SiteResource(Sites sites, ColumnChanges changes) {
        this.sites = sites;
        this.changes = changes;
    }

    @GET
    @Path("sites")
    @Operation(operationId = "listSites", summary = "The main site and the topic sites")
    public List<SiteView> sites() {
        return sites.sites();
    }

    @GET
    @Path("sites/{id}/columns")
    @Operation(operationId = "getColumnTree", summary = "A site's whole column tree, hidden and archived columns included")
    public List<ColumnNode> tree(@PathParam("id") long id) {
        return sites.tree(id, false);
    }

    @GET
    @Path("column-lifecycle-events")
    @Operation(operationId = "listColumnLifecycleEvents", summary = "Topic columns' lifecycle warnings and transitions (Art. 8), newest first, with their reasons")
    public List<SiteViews.LifecycleEventView> lifecycleEvents() {
        return sites.lifecycleEvents();
    }

    @PUT
    @Path("columns/{id}/settings")
    @Audited(action = "site.column.configure", targetType = "column", targetParam = "id")
    @Operation(operationId = "configureColumn", summary = "Set homepage visibility, update interval, review chain, lifecycle, the article kinds it takes and whether they need the Annex 5 form (site office)")
    public ColumnNode configure(@PathParam("id") long id, @Valid @NotNull ColumnSettings settings) {
        return sites.configure(id, settings);
    }

    @GET
    @Path("columns/{id}/grants")
    @Operation(operationId = "listColumnGrants", summary = "The units allowed to publish into a column besides its owner, with revoked grants")
    public List<GrantView> grants(@PathParam("id") long id) {
        return sites.grants(id);
    }

    @POST
    @Path("columns/{id}/grants")
    @Audited(action = "site.column.grant", targetType = "column", targetParam = "id")
    @Operation(operationId = "grantColumn", summary = "Let a unit publish into a column it does not own (site office); the owner still reviews each article")
    public GrantView grant(@PathParam("id") long id, @Valid @NotNull GrantCommand command) {
        return sites.grant(id, command);
    }

    @POST
    @Path("columns/{id}/grants/{grantId}/revocation")
    @Audited(action = "site.column.grant.revoke", targetType = "column", targetParam = "id")
    @Operation(operationId = "revokeColumnGrant", summary = "Revoke a publishing grant, with a reason (site office)")
    public GrantView revoke(@PathParam("id") long id, @PathParam("grantId") long grantId, @Valid @NotNull RevokeCommand command) {
        return sites.revoke(id, grantId, command);
    }

    @POST
    @Path("column-changes")
    @Audited(action = "site.column.change.request", targetType = "column-change")
    @Operation(operationId = "requestColumnChange", summary = "Request a column change: a new column (any unit head), or a change to a column (its owner unit's head); the site office decides, the technical department carries it out")
    public ColumnChangeView request(@Valid @NotNull ColumnChangeCommand command) {
        return changes.request(command);
    }

    @GET
    @Path("column-changes")
    @Operation(operationId = "listColumnChanges", summary = "Recent column change requests")
    public List<ColumnChangeView> recent() {
        return changes.recent();
    }

    @GET
    @Path("column-changes/{id}")
    @Operation(operationId = "getColumnChange", summary = "One column change request, with the review in progress and the actions I may take")
    public SiteViews.ColumnChangeDetail change(@PathParam("id") long id) {
        return changes.get(id);
    }

    @POST
    @Path("column-changes/{id}/cancellation")
    @Audited(action = "site.column.change.cancel", targetType = "column-change", targetParam = "id")
    @Operation(operationId = "cancelColumnChange", summary = "The requester takes the request back before it is decided")
    public SiteViews.ColumnChangeDetail cancel(@PathParam("id") long id) {
        return changes.cancel(id);
    }

    @GET
    @Path("column-changes/{id}/reviews")
    @Operation(operationId = "listColumnChangeReviews", summary = "Every review run of the request, with each step's opinion and the actions I may take")
    public List<RunView> history(@PathParam("id") long id) {
        return changes.history(id);
    }
}
