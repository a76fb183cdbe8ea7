package cn.tianshan.registry;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.registry.RegistryViews.FilingCommand;
import cn.tianshan.registry.RegistryViews.FilingDetail;
import cn.tianshan.registry.RegistryViews.FilingView;
import cn.tianshan.registry.RegistryViews.Gaps;
import cn.tianshan.registry.RegistryViews.PlaceView;
import cn.tianshan.review.ReviewViews.RunView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 管理人员备案 (Art. 5, Annex 1): the registry, its gaps, its export, and the units' signed filings. */
@Path("/site-managers")
@Tag(name = "Site managers", description = "网站责任单位管理人员备案（第五条、附件1）")
@RolesAllowed(Role.Names.CONTENT)
public class SiteManagerResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SiteManagers registry;

    SiteManagerResource(SiteManagers registry) {
        this.registry = registry;
    }

    @GET
    @Operation(operationId = "listSiteManagers", summary = "Every place a unit (or every unit) answers for, with its manager on a day (default today)")
    public List<PlaceView> places(@QueryParam("unit") String unit, @QueryParam("on") String on) {
        return registry.places(Params.blankToNull(unit), Params.dateOrNull("on", on));
    }

    @GET
    @Path("/gaps")
    @Operation(operationId = "getSiteManagerGaps", summary = "Places with no current manager and managers whose accounts are disabled (technical department, site office)")
    public Gaps gaps(@QueryParam("on") String on) {
        return registry.gaps(Params.dateOrNull("on", on));
    }

    @GET
    @Path("/export")
    @Produces(XLSX)
    @Audited(action = "site-manager.export", targetType = "site-manager")
    @Operation(operationId = "exportSiteManagers", summary = "The registry on a day as an xlsx workbook")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("unit") String unit, @QueryParam("on") String on) {
        LocalDate day = Params.dateOrNull("on", on);
        LocalDate shown = day == null ? null : day;
        List<PlaceView> places = registry.places(Params.blankToNull(unit), shown);
        String name = "管理人员备案登记表.xlsx";
        return Response.ok(RegistryWorkbook.of(places, shown == null ? registry.today() : shown), XLSX)
                .header("Content-Disposition", "attachment; filename=\"site-managers.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/filings")
    @Operation(operationId = "listSiteManagerFilings", summary = "Filings the caller may see: their unit's, or all for the technical department and site office")
    public List<FilingView> filings() {
        return registry.filings();
    }

    @POST
    @Path("/filings")
    @Audited(action = "site-manager-filing.submit", targetType = "site-manager-filing")
    @Operation(operationId = "fileSiteManagers", summary = "A unit names its managers from a day on; its head signs before it takes effect")
    public FilingDetail file(@Valid @NotNull FilingCommand command) {
        return registry.file(command);
    }

    @GET
    @Path("/filings/{id}")
    @Operation(operationId = "getSiteManagerFiling", summary = "A filing with its signature step and the caller's buttons")
    public FilingDetail filing(@PathParam("id") long id) {
        return registry.detail(id);
    }

    @PUT
    @Path("/filings/{id}")
    @Audited(action = "site-manager-filing.revise", targetType = "site-manager-filing", targetParam = "id")
    @Operation(operationId = "reviseSiteManagerFiling", summary = "Revise a returned or withdrawn filing and submit it again")
    public FilingDetail revise(@PathParam("id") long id, @Valid @NotNull FilingCommand command) {
        return registry.revise(id, command);
    }

    @POST
    @Path("/filings/{id}/cancellation")
    @Audited(action = "site-manager-filing.cancel", targetType = "site-manager-filing", targetParam = "id")
    @Operation(operationId = "cancelSiteManagerFiling", summary = "The unit withdraws a filing not yet signed")
    public FilingDetail cancel(@PathParam("id") long id) {
        return registry.cancel(id);
    }

    @GET
    @Path("/filings/{id}/reviews")
    @Operation(operationId = "listSiteManagerFilingReviews", summary = "The signature rounds of a filing")
    public List<RunView> reviews(@PathParam("id") long id) {
        return registry.history(id);
    }
}
