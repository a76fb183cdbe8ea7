package cn.tianshan.disclosure;

import cn.tianshan.disclosure.DisclosureViews.GuideView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The disclosure guide as the public reads it: the newest revision. */
@Path("/public/disclosure-guide")
@Tag(name = "Disclosure guide", description = "政府信息公开指南：公开分类、申请方式、受理机构及联系方式（第十条）")
@PermitAll
public class PublicDisclosureGuideResource {

    private final DisclosureGuide guide;

    PublicDisclosureGuideResource(DisclosureGuide guide) {
        this.guide = guide;
    }

    @GET
    @Operation(operationId = "getDisclosureGuide", summary = "The disclosure guide as published now")
    public GuideView current() {
        return guide.current();
    }
}
