package cn.tianshan.confidentiality;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.confidentiality.ConfidentialityViews.OpinionCommand;
import cn.tianshan.confidentiality.ConfidentialityViews.ReviewView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Annex 5 confidentiality review of articles. */
@Path("/confidentiality")
@Tag(name = "Confidentiality", description = "保密审查（附件5）：先审查、后公开")
@RolesAllowed(Role.Names.CONTENT)
public class ConfidentialityResource {

    private final ConfidentialityReviews reviews;

    ConfidentialityResource(ConfidentialityReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/articles/{id}")
    @Operation(summary = "The review form of the article's current revision, with the opinions I may give")
    public ReviewView current(@PathParam("id") long id) {
        return reviews.current(id);
    }

    @GET
    @Path("/articles/{id}/history")
    public List<ReviewView> history(@PathParam("id") long id) {
        return reviews.history(id);
    }

    @POST
    @Path("/articles/{id}/staff-opinion")
    @Audited(action = "confidentiality.staff-opinion", targetType = "article", targetParam = "id")
    @Operation(summary = "The reviewing staff's opinion (secrecy reviewer) on the current revision")
    public ReviewView staff(@PathParam("id") long id, @Valid @NotNull OpinionCommand command) {
        return reviews.staffOpinion(id, command);
    }

    @POST
    @Path("/articles/{id}/leader-opinion")
    @Audited(action = "confidentiality.leader-opinion", targetType = "article", targetParam = "id")
    @Operation(summary = "The leader's opinion on the current revision, after the staff's")
    public ReviewView leader(@PathParam("id") long id, @Valid @NotNull OpinionCommand command) {
        return reviews.leaderOpinion(id, command);
    }

    @GET
    @Path("/register")
    @Operation(summary = "A year's register of confidentiality reviews, for filing (site office, secrecy reviewers)")
    public List<ReviewView> register(@QueryParam("year") String year) {
        return reviews.register(Params.requiredInt("year", year, 2000, 2100));
    }
}
