package cn.tianshan.intake;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.intake.IntakeUploads.UploadReceipt;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** What every public form needs before it is sent: a challenge to solve, and a place to upload an attachment. */
@Path("/public")
@Tag(name = "Public intake", description = "公众提交：人机验证与附件上传")
@PermitAll
public class PublicIntakeResource {

    private final IntakeGuard guard;
    private final IntakeUploads uploads;

    PublicIntakeResource(IntakeGuard guard, IntakeUploads uploads) {
        this.guard = guard;
        this.uploads = uploads;
    }

    @GET
    @Path("/challenges")
    @Operation(operationId = "newChallenge", summary = "A proof-of-work challenge for one public submission")
    @APIResponse(responseCode = "200", description = "The challenge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Challenge.class)))
    public Response challenge() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(guard.challenge()).cacheControl(noStore).build();
    }

    @POST
    @Path("/uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Audited(action = "public.upload", targetType = "intake-upload")
    @Operation(operationId = "uploadPublicAttachment", summary = "Upload an attachment for a letter; returns the token the letter names")
    public UploadReceipt upload(@RestForm("file") FileUpload file, @Context HttpServerRequest request) {
        guard.admit("upload", ClientAddress.of(request));
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "请选择要上传的文件");
        }
        try {
            return uploads.accept(file.fileName(), Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
