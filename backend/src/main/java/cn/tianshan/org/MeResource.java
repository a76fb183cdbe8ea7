package cn.tianshan.org;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.org.OrgViews.DutyRef;
import cn.tianshan.org.OrgViews.UnitView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is, as the admin console needs it: name, unit, effective roles, the unit's duties. */
@Path("/me")
@Tag(name = "Organisation")
@RolesAllowed(Role.Names.STAFF)
public class MeResource {

    public record RoleView(String name, String label, boolean unitScoped, boolean administrator) {
    }

    public record MeView(String username, String displayName, UnitView unit, List<RoleView> roles,
                         List<RoleView> withheldRoles, List<DutyRef> duties) {
    }

    private final CurrentUser user;
    private final Organisation organisation;

    MeResource(CurrentUser user, Organisation organisation) {
        this.user = user;
        this.organisation = organisation;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in user: unit, effective roles (after separation of duties) and the unit's duties")
    public MeView me() {
        UnitView unit = user.unitCode().flatMap(organisation::findUnit).orElse(null);
        List<DutyRef> duties = unit == null ? List.of() : organisation.dutiesOf(unit.code());
        return new MeView(user.username(), user.displayName(), unit, views(user.roles()), views(user.withheldRoles()), duties);
    }

    private static List<RoleView> views(java.util.Set<Role> roles) {
        return roles.stream().sorted(Comparator.comparingInt(Role::ordinal))
                .map(r -> new RoleView(r.wireName(), r.label(), r.unitScoped(), r.administrator())).toList();
    }
}
