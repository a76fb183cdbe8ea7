package cn.tianshan.topic;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.topic.TopicViews.ApplicationCommand;
import cn.tianshan.topic.TopicViews.ApplicationDetail;
import cn.tianshan.topic.TopicViews.ApplicationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 开设专题专栏申请 (Art. 8, Annex 2). Opinions are given through the review API's tasks. */
@Path("/topic-column-applications")
@Tag(name = "Topic-column applications", description = "开设专题专栏申请（第八条、附件2）")
@RolesAllowed(Role.Names.CONTENT)
public class TopicColumnApplicationResource {

    private final TopicColumnApplications applications;

    TopicColumnApplicationResource(TopicColumnApplications applications) {
        this.applications = applications;
    }

    @GET
    @Operation(operationId = "listTopicColumnApplications", summary = "Applications the caller may see: their unit's, or all for the site office, technical department and leaders")
    public List<ApplicationView> list() {
        return applications.list();
    }

    @POST
    @Audited(action = "topic-column-application.submit", targetType = "topic-column-application")
    @Operation(operationId = "applyForTopicColumn", summary = "Apply to open a topic column (unit editor or head); it goes to the unit head at once")
    public ApplicationDetail apply(@Valid @NotNull ApplicationCommand command) {
        return applications.apply(command);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTopicColumnApplication", summary = "An application with its review in progress and the caller's buttons")
    public ApplicationDetail get(@PathParam("id") long id) {
        return applications.detail(id);
    }

    @PUT
    @Path("/{id}")
    @Audited(action = "topic-column-application.revise", targetType = "topic-column-application", targetParam = "id")
    @Operation(operationId = "reviseTopicColumnApplication", summary = "Revise a returned or withdrawn application and submit it again; opinions on an unchanged form carry over")
    public ApplicationDetail revise(@PathParam("id") long id, @Valid @NotNull ApplicationCommand command) {
        return applications.revise(id, command);
    }

    @POST
    @Path("/{id}/cancellation")
    @Audited(action = "topic-column-application.cancel", targetType = "topic-column-application", targetParam = "id")
    @Operation(operationId = "cancelTopicColumnApplication", summary = "The applicant withdraws an application still in review")
    public ApplicationDetail cancel(@PathParam("id") long id) {
        return applications.cancel(id);
    }

    @GET
    @Path("/{id}/reviews")
    @Operation(operationId = "listTopicColumnApplicationReviews", summary = "Every round of opinions, oldest first (the Annex 2 form prints the last)")
    public List<RunView> reviews(@PathParam("id") long id) {
        return applications.history(id);
    }
}
