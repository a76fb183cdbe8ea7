package cn.tianshan.confidentiality;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.error.ProblemException;
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

/** Confidentiality reviews (保密审查, Annex 5) of articles. */
@Path("/confidentiality-reviews")
@Tag(name = "Confidentiality reviews", description = "保密审查（附件5）：先审查、后公开")
@RolesAllowed(Role.Names.CONTENT)
public class ConfidentialityResource {

    private final ConfidentialityReviews reviews;

    ConfidentialityResource(ConfidentialityReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(operationId = "listConfidentialityReviews", summary = "An article's forms (articleId: newest revision first, a blank one while its current revision needs one), or a year's register for filing (year: site office and secrecy reviewers)")
    public List<ReviewView> list(@QueryParam("articleId") String articleId, @QueryParam("year") String year) {
        if (articleId != null && !articleId.isBlank()) {
            return reviews.forArticle(Params.requiredInt("articleId", articleId, 1, Integer.MAX_VALUE));
        }
        if (year != null && !year.isBlank()) {
            return reviews.register(Params.requiredInt("year", year, 2000, 2100));
        }
        throw ProblemException.invalid("articleId", "请给出信息编号（articleId）或年份（year）");
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConfidentialityReview", summary = "One form with every opinion given on it")
    public ReviewView get(@PathParam("id") long id) {
        return reviews.get(id);
    }

    @POST
    @Path("/staff-opinions")
    @Audited(action = "confidentiality.staff-opinion", targetType = "article")
    @Operation(operationId = "giveConfidentialityStaffOpinion", summary = "The reviewing staff's opinion (a secrecy reviewer) on the revision read; a changed opinion is a new record")
    public ReviewView staff(@Valid @NotNull OpinionCommand command) {
        return reviews.staffOpinion(command);
    }

    @POST
    @Path("/leader-opinions")
    @Audited(action = "confidentiality.leader-opinion", targetType = "article")
    @Operation(operationId = "giveConfidentialityLeaderOpinion", summary = "The opinion of the leader in charge of the article's unit, after the staff's, on the revision read")
    public ReviewView leader(@Valid @NotNull OpinionCommand command) {
        return reviews.leaderOpinion(command);
    }
}
