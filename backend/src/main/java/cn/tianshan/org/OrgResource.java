package cn.tianshan.org;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.org.OrgViews.DutyAssignmentView;
import cn.tianshan.org.OrgViews.DutyHolderChange;
import cn.tianshan.org.OrgViews.DutyView;
import cn.tianshan.org.OrgViews.LeaderChange;
import cn.tianshan.org.OrgViews.LeaderView;
import cn.tianshan.org.OrgViews.UnitContactChange;
import cn.tianshan.org.OrgViews.UnitDetail;
import cn.tianshan.org.OrgViews.UnitView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Units and duties, for staff. */
@Path("/org")
@Tag(name = "Organisation", description = "单位与职责分工（第五条）")
@RolesAllowed(Role.Names.STAFF)
public class OrgResource {

    private final Organisation organisation;

    OrgResource(Organisation organisation) {
        this.organisation = organisation;
    }

    @GET
    @Path("/units/{code}")
    @Operation(summary = "A unit with the duties it currently holds")
    public UnitDetail unit(@PathParam("code") String code) {
        return organisation.unitDetail(code);
    }

    @PUT
    @Path("/units/{code}/contact")
    @Audited(action = "org.unit.contact.change", targetType = "unit", targetParam = "code")
    @Operation(summary = "Change a unit's public contact details (its unit head, or the site office)")
    public UnitView changeContact(@PathParam("code") String code, @Valid @NotNull UnitContactChange change) {
        return organisation.changeContact(code, change);
    }

    @GET
    @Path("/duties")
    @Operation(summary = "The site-wide duties of Art. 5 and their current holders")
    public List<DutyView> duties() {
        return organisation.duties();
    }

    @PUT
    @Path("/duties/{code}/holder")
    @Audited(action = "org.duty.reassign", targetType = "duty", targetParam = "code")
    @Operation(summary = "Hand a duty to another unit (site office)")
    public DutyView reassign(@PathParam("code") String code, @Valid @NotNull DutyHolderChange change) {
        return organisation.reassign(code, change);
    }

    @GET
    @Path("/leaders")
    @Operation(summary = "The leader in charge of each unit (the third opinion of Annex 3)")
    public List<LeaderView> leaders() {
        return organisation.leaders();
    }

    @PUT
    @Path("/leaders/{unit}")
    @Audited(action = "org.leader.assign", targetType = "unit", targetParam = "unit")
    @Operation(summary = "Assign the leader in charge of a unit (site office)")
    public LeaderView assignLeader(@PathParam("unit") String unit, @Valid @NotNull LeaderChange change) {
        return organisation.assignLeader(unit, change);
    }

    @GET
    @Path("/duties/{code}/history")
    @Operation(summary = "Who held the duty, from when to when")
    public List<DutyAssignmentView> history(@PathParam("code") String code) {
        return organisation.dutyHistory(code);
    }
}
