package cn.tianshan.org;

import cn.tianshan.org.OrgViews.UnitView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The units and their public contact details, for the public site and integrators. */
@Path("/public/units")
@Tag(name = "Public", description = "公开数据：匿名可读，第三方集成可读")
@PermitAll
public class PublicUnitsResource {

    private final Organisation organisation;

    PublicUnitsResource(Organisation organisation) {
        this.organisation = organisation;
    }

    @GET
    @Operation(operationId = "listPublicUnits", summary = "All active units")
    public List<UnitView> units() {
        return organisation.units();
    }
}
