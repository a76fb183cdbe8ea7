package cn.tianshan.notification;

import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.notification.MailOutbox.MailPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The e-mail the system sent: to me, or (site office, technical department, system administrator) to everyone. */
@Path("/mail-outbox")
@Tag(name = "Notifications", description = "消息通知：退回、发布、时限变动")
@RolesAllowed({Role.Names.STAFF, Role.Names.SYS_ADMIN})
public class MailResource {

    private final MailOutbox outbox;

    MailResource(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @Operation(operationId = "listMail", summary = "E-mail the system sent (mine, or everyone's for the site office and technical department)")
    public MailPage list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return outbox.list(Params.intInRange("page", page, 0, 0, 10_000), Params.intInRange("size", size, 20, 1, 100));
    }
}
