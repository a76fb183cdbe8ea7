package cn.tianshan.deadline;

import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.deadline.DeadlineViews.Dashboard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadline dashboard of every clock: letters, disclosure requests, and what later features add. */
@Path("/deadlines")
@Tag(name = "Deadlines", description = "办理时限：来信、依申请公开的计时、提醒与督办")
@RolesAllowed(Role.Names.STAFF)
public class DeadlineResource {

    private final DeadlineDashboard dashboard;

    DeadlineResource(DeadlineDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Operation(operationId = "listDeadlines", summary = "Open clocks, soonest due first, with state and countdown in working days")
    public Dashboard list(@QueryParam("unit") String unit, @QueryParam("state") String state, @QueryParam("type") String type) {
        return dashboard.of(Params.blankToNull(unit), Params.enumOrNull("state", state, ClockState.class), Params.blankToNull(type));
    }
}
