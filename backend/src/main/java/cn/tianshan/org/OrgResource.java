package cn.tianshan.org;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import cn.tianshan.org.OrgViews.DutyAssignmentView;
import cn.tianshan.org.OrgViews.DutyHolderChange;
import cn.tianshan.org.OrgViews.DutyView;
import cn.tianshan.org.OrgViews.LeaderChange;
import cn.tianshan.org.OrgViews.LeaderTermView;
import cn.tianshan.org.OrgViews.LeaderView;
import cn.tianshan.org.OrgViews.PersonView;
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
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Units, duties, the leaders in charge of units, and the people who work here, for staff. */
@Path("/org")
@Tag(name = "Organisation", description = "单位、职责分工（第五条）、分管领导与人员")
@RolesAllowed(Role.Names.STAFF)
public class OrgResource {

    private final Organisation organisation;

    OrgResource(Organisation organisation) {
        this.organisation = organisation;
    }

    @GET
    @Path("/units/{code}")
    @Operation(operationId = "getUnit", summary = "A unit with the duties it currently holds")
    public UnitDetail unit(@PathParam("code") String code) {
        return organisation.unitDetail(code);
    }

    @PUT
    @Path("/units/{code}/contact")
    @Audited(action = "org.unit.contact.change", targetType = "unit", targetParam = "code")
    @Operation(operationId = "changeUnitContact", summary = "Change a unit's public contact details (its unit head, or the site office)")
    public UnitView changeContact(@PathParam("code") String code, @Valid @NotNull UnitContactChange change) {
        return organisation.changeContact(code, change);
    }

    @GET
    @Path("/duties")
    @Operation(operationId = "listDuties", summary = "The site-wide duties of Art. 5 and their current holders")
    public List<DutyView> duties() {
        return organisation.duties();
    }

    @PUT
    @Path("/duties/{code}/holder")
    @Audited(action = "org.duty.reassign", targetType = "duty", targetParam = "code")
    @Operation(operationId = "reassignDuty", summary = "Hand a duty to another unit (site office); its review steps go to that unit from then on")
    public DutyView reassign(@PathParam("code") String code, @Valid @NotNull DutyHolderChange change) {
        return organisation.reassign(code, change);
    }

    @GET
    @Path("/duties/{code}/history")
    @Operation(operationId = "listDutyHolders", summary = "Who held the duty, from when to when")
    public List<DutyAssignmentView> history(@PathParam("code") String code) {
        return organisation.dutyHistory(code);
    }

    @GET
    @Path("/leaders")
    @Operation(operationId = "listLeaders", summary = "The leader in charge of each unit today (Annex 3's third opinion, Annex 5's leader opinion), and changes already decided")
    public List<LeaderView> leaders() {
        return organisation.leaders();
    }

    @PUT
    @Path("/leaders/{unit}")
    @Audited(action = "org.leader.assign", targetType = "unit", targetParam = "unit")
    @Operation(operationId = "assignLeader", summary = "Put a leader in charge of a unit from a day on (site office); the leader must hold the leader role")
    public LeaderView assignLeader(@PathParam("unit") String unit, @Valid @NotNull LeaderChange change) {
        return organisation.assignLeader(unit, change);
    }

    @GET
    @Path("/leaders/{unit}/terms")
    @Operation(operationId = "listLeaderTerms", summary = "Every leader the unit has had, with the days each was in charge")
    public List<LeaderTermView> leaderTerms(@PathParam("unit") String unit) {
        return organisation.leaderHistory(unit);
    }

    @GET
    @Path("/people")
    @Operation(operationId = "listPeople", summary = "The people who hold a role (or every staff member), by unit and name")
    public List<PersonView> people(@QueryParam("role") String role) {
        return organisation.people(role == null || role.isBlank() ? null : Role.fromWireName(role.trim())
                .orElseThrow(() -> ProblemException.invalid("role", "没有角色“" + role + "”")));
    }
}
