package cn.tianshan.disclosure;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.disclosure.DisclosureViews.GuideDraft;
import cn.tianshan.disclosure.DisclosureViews.GuideView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The disclosure guide (政府信息公开指南) in the console: the site office edits it, every save a new revision. */
@Path("/disclosure-guide")
@Tag(name = "Disclosure guide", description = "政府信息公开指南：公开分类、申请方式、受理机构及联系方式（第十条）")
public class DisclosureGuideResource {

    private final DisclosureGuide guide;

    DisclosureGuideResource(DisclosureGuide guide) {
        this.guide = guide;
    }

    @GET
    @Path("/revisions")
    @RolesAllowed(Role.Names.SITE_OFFICE)
    @Operation(operationId = "listDisclosureGuideRevisions", summary = "Every revision of the guide, newest first, with who changed what")
    public List<GuideView> revisions() {
        return guide.history();
    }

    @PUT
    @RolesAllowed(Role.Names.SITE_OFFICE)
    @Audited(action = "disclosure-guide.update", targetType = "disclosure-guide")
    @Operation(operationId = "updateDisclosureGuide", summary = "Publish a new revision of the guide, made on revision basedOn (a stale basedOn is a 409)")
    public GuideView update(@QueryParam("basedOn") String basedOn, @Valid @NotNull GuideDraft draft) {
        return guide.save(draft, Params.intInRange("basedOn", basedOn, 0, 0, 1_000_000));
    }
}
