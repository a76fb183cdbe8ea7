package cn.tianshan.link;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.Role;
import cn.tianshan.link.LinkChecks.UnitReport;
import cn.tianshan.link.LinkViews.RegistrationCommand;
import cn.tianshan.link.LinkViews.RegistrationDetail;
import cn.tianshan.link.LinkViews.RegistrationView;
import cn.tianshan.link.LinkViews.RevocationCommand;
import cn.tianshan.review.ReviewViews.RunView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 链接审核登记 (Art. 9, Annex 4) and the reachability report of the site's outbound links. */
@Path("/")
@Tag(name = "Link registrations", description = "应用服务系统及其它网站链接审核登记（第九条、附件4）与链接可用性检测")
@RolesAllowed(Role.Names.CONTENT)
public class LinkResource {

    public record RunProgress(long id, String status, int total, int checked, int flagged, LocalDateTime startedAt,
                              LocalDateTime finishedAt) {
        static RunProgress of(LinkCheckRun run) {
            return new RunProgress(run.id(), run.status().name(), run.total(), run.checked(), run.flagged(), run.startedAt(),
                    run.finishedAt());
        }
    }

    public record LinkReport(RunProgress latestRun, List<UnitReport> units) {
    }

    private final LinkRegistrations registrations;
    private final HomepageLinks homepage;
    private final LinkChecks checks;
    private final LinkMonitorRunner runner;
    private final AccessPolicy access;

    LinkResource(LinkRegistrations registrations, HomepageLinks homepage, LinkChecks checks, LinkMonitorRunner runner,
                 AccessPolicy access) {
        this.homepage = homepage;
        this.registrations = registrations;
        this.checks = checks;
        this.runner = runner;
        this.access = access;
    }

    @GET
    @Path("link-registrations")
    @Operation(operationId = "listLinkRegistrations", summary = "Registrations the caller may see: their unit's, or all for the site office, technical department and leaders")
    public List<RegistrationView> list() {
        return registrations.list();
    }

    @POST
    @Path("link-registrations")
    @Audited(action = "link-registration.submit", targetType = "link-registration")
    @Operation(operationId = "registerLink", summary = "Register a non-government system or site to link to (unit editor or head); it goes to the unit head at once")
    public RegistrationDetail register(@Valid @NotNull RegistrationCommand command) {
        return registrations.register(command);
    }

    @GET
    @Path("link-registrations/{id}")
    @Operation(operationId = "getLinkRegistration", summary = "A registration with its review, handling record and the caller's buttons")
    public RegistrationDetail get(@PathParam("id") long id) {
        return registrations.detail(id);
    }

    @PUT
    @Path("link-registrations/{id}")
    @Audited(action = "link-registration.revise", targetType = "link-registration", targetParam = "id")
    @Operation(operationId = "reviseLinkRegistration", summary = "Revise a rejected or withdrawn registration and submit it again")
    public RegistrationDetail revise(@PathParam("id") long id, @Valid @NotNull RegistrationCommand command) {
        return registrations.revise(id, command);
    }

    @POST
    @Path("link-registrations/{id}/cancellation")
    @Audited(action = "link-registration.cancel", targetType = "link-registration", targetParam = "id")
    @Operation(operationId = "cancelLinkRegistration", summary = "The unit withdraws a registration still in review")
    public RegistrationDetail cancel(@PathParam("id") long id) {
        return registrations.cancel(id);
    }

    @POST
    @Path("link-registrations/{id}/revocation")
    @Audited(action = "link-registration.revoke", targetType = "link-registration", targetParam = "id")
    @Operation(operationId = "revokeLinkRegistration", summary = "The site office revokes an approved registration, with a reason")
    public RegistrationDetail revoke(@PathParam("id") long id, @Valid @NotNull RevocationCommand command) {
        return registrations.revoke(id, command);
    }

    @GET
    @Path("link-registrations/{id}/reviews")
    @Operation(operationId = "listLinkRegistrationReviews", summary = "Every round of opinions on a registration")
    public List<RunView> reviews(@PathParam("id") long id) {
        return registrations.history(id);
    }

    @GET
    @Path("homepage-links")
    @Operation(operationId = "listHomepageLinks", summary = "The homepage's related links (相关链接), in order")
    public List<HomepageLinks.LinkView> homepageLinks() {
        return homepage.current();
    }

    @POST
    @Path("homepage-links")
    @Audited(action = "homepage-link.add", targetType = "homepage-link")
    @Operation(operationId = "addHomepageLink", summary = "Add a homepage link (site office); a non-government one needs an approved registration (422 otherwise)")
    public HomepageLinks.LinkView addHomepageLink(@Valid @NotNull HomepageLinks.LinkCommand command) {
        return homepage.add(command);
    }

    @DELETE
    @Path("homepage-links/{id}")
    @Audited(action = "homepage-link.remove", targetType = "homepage-link", targetParam = "id")
    @Operation(operationId = "removeHomepageLink", summary = "Take a link off the homepage (site office); it stays on record")
    public void removeHomepageLink(@PathParam("id") long id) {
        homepage.remove(id);
    }

    @GET
    @Path("link-report")
    @Operation(operationId = "getLinkReport", summary = "Broken links grouped by unit, each with the pages it appears on, and the latest monitor run")
    public LinkReport report() {
        access.require(Role.SITE_OFFICE, Role.TECH_OPS);
        return new LinkReport(checks.latestRun().map(RunProgress::of).orElse(null), checks.brokenByUnit());
    }

    @POST
    @Path("link-report/runs")
    @Audited(action = "link-monitor.start", targetType = "link-monitor")
    @Operation(operationId = "startLinkCheck", summary = "Start a reachability check of every outbound link now (site office, technical department); poll its progress")
    public RunProgress start() {
        access.require(Role.SITE_OFFICE, Role.TECH_OPS);
        return RunProgress.of(runner.start());
    }

    @GET
    @Path("link-report/runs/{id}")
    @Operation(operationId = "getLinkCheckRun", summary = "A monitor run's progress")
    public RunProgress run(@PathParam("id") long id) {
        access.require(Role.SITE_OFFICE, Role.TECH_OPS);
        return checks.run(id).map(RunProgress::of).orElseThrow(() -> ProblemException.notFound("检测任务", id));
    }
}
