package cn.tianshan.notification;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.notification.NotificationViews.NotificationPage;
import cn.tianshan.notification.NotificationViews.NotificationView;
import cn.tianshan.notification.NotificationViews.UnreadCount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My notifications: what happened to my work. */
@Path("/notifications")
@Tag(name = "Notifications", description = "消息通知：退回、发布、时限变动")
@RolesAllowed(Role.Names.STAFF)
public class NotificationResource {

    private final Notifications notifications;

    NotificationResource(Notifications notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "My notifications, newest first")
    public NotificationPage list(@QueryParam("unreadOnly") String unreadOnly, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return notifications.mine("true".equalsIgnoreCase(unreadOnly), Params.intInRange("page", page, 0, 0, 10_000),
                Params.intInRange("size", size, 20, 1, 100));
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of my notifications I have not read")
    public UnreadCount unread() {
        return new UnreadCount(notifications.unread());
    }

    @POST
    @Path("/{id}/read")
    @Audited(action = "notification.read", targetType = "notification", targetParam = "id")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications as read")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Audited(action = "notification.read-all", targetType = "notification")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications as read")
    public UnreadCount readAll() {
        notifications.markAllRead();
        return new UnreadCount(0);
    }
}
