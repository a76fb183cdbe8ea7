package cn.tianshan.site;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.site.SiteViews.ColumnChangeCommand;
import cn.tianshan.site.SiteViews.ColumnChangeView;
import cn.tianshan.site.SiteViews.ColumnNode;
import cn.tianshan.site.SiteViews.ColumnSettings;
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

/** Sites, column trees and column change requests, for staff. */
@Path("/")
@Tag(name = "Sites", description = "网站与栏目（第七条）")
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
    @Operation(summary = "The main site and the topic sites")
    public List<SiteView> sites() {
        return sites.sites();
    }

    @GET
    @Path("sites/{id}/columns")
    @Operation(summary = "A site's whole column tree, hidden and archived columns included")
    public List<ColumnNode> tree(@PathParam("id") long id) {
        return sites.tree(id, false);
    }

    @PUT
    @Path("columns/{id}/settings")
    @Audited(action = "site.column.configure", targetType = "column", targetParam = "id")
    @Operation(summary = "Set homepage visibility, update interval, review chain and lifecycle (site office)")
    public ColumnNode configure(@PathParam("id") long id, @Valid @NotNull ColumnSettings settings) {
        return sites.configure(id, settings);
    }

    @POST
    @Path("column-changes")
    @Audited(action = "site.column.change.request", targetType = "column-change")
    @Operation(summary = "Request a column change (a unit head): the site office decides, the technical department carries it out")
    public ColumnChangeView request(@Valid @NotNull ColumnChangeCommand command) {
        return changes.request(command);
    }

    @GET
    @Path("column-changes")
    @Operation(summary = "Recent column change requests")
    public List<ColumnChangeView> recent() {
        return changes.recent();
    }

    @GET
    @Path("column-changes/{id}")
    public ColumnChangeView change(@PathParam("id") long id) {
        return changes.get(id);
    }

    @GET
    @Path("column-changes/{id}/reviews")
    @Operation(summary = "Every review run of the request, with each step's opinion")
    public List<RunView> history(@PathParam("id") long id) {
        return changes.history(id);
    }
}
