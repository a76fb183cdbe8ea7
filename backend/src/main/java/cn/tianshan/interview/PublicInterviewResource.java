package cn.tianshan.interview;

import cn.tianshan.audit.Audited;
import cn.tianshan.intake.ClientAddress;
import cn.tianshan.interview.InterviewViews.PublicInterview;
import cn.tianshan.interview.InterviewViews.PublicInterviewSummary;
import cn.tianshan.interview.InterviewViews.PublicQuestion;
import cn.tianshan.interview.InterviewViews.QuestionReceipt;
import cn.tianshan.interview.InterviewViews.QuestionSubmission;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Online interviews for the public: the announcement, asking a question, following the answers live, the record. */
@Path("/public/interviews")
@Tag(name = "Public interviews", description = "在线访谈（公众）：访谈预告、网友提问、实时问答、访谈实录")
@PermitAll
public class PublicInterviewResource {

    private final InterviewQuestions questions;
    private final InterviewPhotos photos;

    PublicInterviewResource(InterviewQuestions questions, InterviewPhotos photos) {
        this.questions = questions;
        this.photos = photos;
    }

    @GET
    @Path("/{id}/guest-photos/{photoId}")
    @Produces("image/*")
    @Operation(operationId = "getPublicInterviewGuestPhoto", summary = "The photo of a guest of a published interview")
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        InterviewPhotos.PhotoFile file = photos.publicFile(id, photoId);
        return cn.tianshan.article.Downloads.of(file.path(), "guest-" + photoId, file.mediaType());
    }

    @GET
    @Operation(operationId = "listPublicInterviews", summary = "Published interviews, newest first: announced, live and recorded")
    public List<PublicInterviewSummary> list() {
        return questions.published();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublicInterview", summary = "An interview: guests, the accepted questions in order with their answers, and whether questions are taken")
    public PublicInterview get(@PathParam("id") long id) {
        return questions.read(id);
    }

    @GET
    @Path("/{id}/events")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followPublicInterview", summary = "Server-sent events: each question as it is accepted or answered (reload the interview after a reconnect)")
    public Multi<PublicQuestion> events(@PathParam("id") long id) {
        return questions.follow(id);
    }

    @POST
    @Path("/{id}/questions")
    @Audited(action = "interview.ask", targetType = "interview", targetParam = "id")
    @Operation(operationId = "askInterviewQuestion", summary = "Ask a question before or during the interview (with a solved challenge); it waits for the moderator")
    @APIResponse(responseCode = "201", description = "The question was received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionReceipt.class)))
    public Response ask(@PathParam("id") long id, @Valid @NotNull QuestionSubmission submission, @Context HttpServerRequest request) {
        return Response.status(Response.Status.CREATED).entity(questions.ask(id, submission, ClientAddress.of(request))).build();
    }
}
