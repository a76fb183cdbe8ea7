package cn.tianshan.interview;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.article.Downloads;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.interview.InterviewViews.AnswerCommand;
import cn.tianshan.interview.InterviewViews.GuestPhoto;
import cn.tianshan.interview.InterviewViews.InterviewDetail;
import cn.tianshan.interview.InterviewViews.InterviewDraft;
import cn.tianshan.interview.InterviewViews.InterviewSummary;
import cn.tianshan.interview.InterviewViews.MergeCommand;
import cn.tianshan.interview.InterviewViews.InterviewQuestionView;
import cn.tianshan.interview.InterviewViews.RecordCommand;
import cn.tianshan.interview.InterviewViews.RejectionCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Online interviews in the console: announce, review, moderate the questions, enter the answers, publish the record. */
@Path("/interviews")
@Tag(name = "Interviews", description = "在线访谈：策划、审核、问题审核与排序、嘉宾回答实时发布、访谈实录（第二十三条）")
@RolesAllowed(Role.Names.CONTENT)
public class InterviewResource {

    private final Interviews interviews;
    private final InterviewPhotos photos;

    InterviewResource(Interviews interviews, InterviewPhotos photos) {
        this.interviews = interviews;
        this.photos = photos;
    }

    @POST
    @Path("/{id}/guest-photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Audited(action = "interview.guest-photo.upload", targetType = "interview", targetParam = "id")
    @Operation(operationId = "uploadInterviewGuestPhoto", summary = "Upload a guest's photo (JPG, PNG or GIF, at most 2 MB, typed by its bytes) to choose for a guest when saving")
    @APIResponse(responseCode = "201", description = "The stored photo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuestPhoto.class)))
    public Response uploadPhoto(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalid("file", "请选择要上传的照片（表单字段 file）");
        }
        return Response.status(201).entity(photos.upload(id, file.fileName(), file.uploadedFile(), file.size())).build();
    }

    @GET
    @Path("/{id}/guest-photos/{photoId}")
    @Produces("image/*")
    @Operation(operationId = "getInterviewGuestPhoto", summary = "A guest's photo, for staff who may read the interview (also before publication)")
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        InterviewPhotos.PhotoFile file = photos.staffFile(id, photoId);
        return Downloads.of(file.path(), "guest-" + photoId, file.mediaType());
    }

    @GET
    @Operation(operationId = "listInterviews", summary = "Interviews the caller may see: their unit's, or all for the site office, leaders and the technical department")
    public List<InterviewSummary> list() {
        return interviews.list();
    }

    @POST
    @Audited(action = "interview.create", targetType = "interview")
    @Operation(operationId = "createInterview", summary = "Plan an interview for the caller's unit: topic, time, guests, description")
    @APIResponse(responseCode = "201", description = "The planned interview",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InterviewDetail.class)))
    public Response create(@Valid @NotNull InterviewDraft draft) {
        return Response.status(Response.Status.CREATED).entity(interviews.create(draft)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInterview", summary = "An interview with its question queue (for its moderators), review and what the caller may do")
    public InterviewDetail get(@PathParam("id") long id) {
        return interviews.detail(id);
    }

    @PUT
    @Path("/{id}")
    @Audited(action = "interview.update", targetType = "interview", targetParam = "id")
    @Operation(operationId = "updateInterview", summary = "Change a draft or returned interview")
    public InterviewDetail update(@PathParam("id") long id, @Valid @NotNull InterviewDraft draft) {
        return interviews.update(id, draft);
    }

    @POST
    @Path("/{id}/submission")
    @Audited(action = "interview.submit", targetType = "interview", targetParam = "id")
    @Operation(operationId = "submitInterview", summary = "Send the announcement to the unit head and the site office; the last approval publishes it")
    public InterviewDetail submit(@PathParam("id") long id) {
        return interviews.submit(id);
    }

    @DELETE
    @Path("/{id}/submission")
    @Audited(action = "interview.withdraw-submission", targetType = "interview", targetParam = "id")
    @Operation(operationId = "withdrawInterviewSubmission", summary = "Take the announcement back from review to change it")
    public InterviewDetail withdraw(@PathParam("id") long id) {
        return interviews.withdrawSubmission(id);
    }

    @POST
    @Path("/{id}/record")
    @Audited(action = "interview.record", targetType = "interview", targetParam = "id")
    @Operation(operationId = "publishInterviewRecord", summary = "After the interview: publish the record (a summary; the questions and answers in order follow it)")
    public InterviewDetail record(@PathParam("id") long id, @Valid @NotNull RecordCommand command) {
        return interviews.publishRecord(id, command);
    }

    @POST
    @Path("/questions/{questionId}/acceptance")
    @Audited(action = "interview.accept-question", targetType = "interview-question", targetParam = "questionId")
    @Operation(operationId = "acceptInterviewQuestion", summary = "Accept a question: it takes the next place in the running order and appears on open pages")
    public InterviewQuestionView accept(@PathParam("questionId") long questionId) {
        return interviews.accept(questionId);
    }

    @POST
    @Path("/questions/{questionId}/merge")
    @Audited(action = "interview.merge-question", targetType = "interview-question", targetParam = "questionId")
    @Operation(operationId = "mergeInterviewQuestion", summary = "Merge a question into an accepted one that asks the same")
    public InterviewQuestionView merge(@PathParam("questionId") long questionId, @Valid @NotNull MergeCommand command) {
        return interviews.merge(questionId, command);
    }

    @POST
    @Path("/questions/{questionId}/rejection")
    @Audited(action = "interview.reject-question", targetType = "interview-question", targetParam = "questionId")
    @Operation(operationId = "rejectInterviewQuestion", summary = "Do not take a question, with the reason")
    public InterviewQuestionView reject(@PathParam("questionId") long questionId, @Valid @NotNull RejectionCommand command) {
        return interviews.reject(questionId, command);
    }

    @POST
    @Path("/questions/{questionId}/answer")
    @Audited(action = "interview.answer", targetType = "interview-question", targetParam = "questionId")
    @Operation(operationId = "answerInterviewQuestion", summary = "Enter a guest's answer to an accepted question; open pages show it at once")
    public InterviewQuestionView answer(@PathParam("questionId") long questionId, @Valid @NotNull AnswerCommand command) {
        return interviews.answer(questionId, command);
    }
}
