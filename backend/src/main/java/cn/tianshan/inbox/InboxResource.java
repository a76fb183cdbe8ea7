package cn.tianshan.inbox;

import cn.tianshan.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 待我处理: everything waiting for me, whatever feature it comes from. */
@Path("/inbox")
@Tag(name = "Inbox", description = "待我处理：审核环节、保密审查等一切等待本人处理的事项")
@RolesAllowed(Role.Names.CONTENT)
public class InboxResource {

    private final Inbox inbox;

    InboxResource(Inbox inbox) {
        this.inbox = inbox;
    }

    @GET
    @Operation(operationId = "listMyDuties", summary = "Everything waiting for me (review steps, confidentiality opinions …), soonest due first, with the actions I may take")
    public List<Duty> duties() {
        return inbox.duties();
    }
}
