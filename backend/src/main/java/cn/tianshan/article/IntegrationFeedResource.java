package cn.tianshan.article;

import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.publicweb.PublicChangeLog.Change;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The incremental feed for integrators: what was published, updated, withdrawn or removed since a cursor. */
@Path("/integration/changes")
@Tag(name = "Integration", description = "第三方集成：增量变更")
@RolesAllowed({Role.Names.INTEGRATION, Role.Names.SITE_OFFICE})
public class IntegrationFeedResource {

    public record FeedEntry(long cursor, PublicChangeLog.Type type, Long articleId, Long revisionId,
                            LocalDateTime occurredAt, String article) {
    }

    public record Feed(List<FeedEntry> changes, long next) {
    }

    private final PublicChangeLog changes;

    IntegrationFeedResource(PublicChangeLog changes) {
        this.changes = changes;
    }

    @GET
    @Operation(operationId = "listPublicChanges", summary = "Changes after the cursor (0 for all), oldest first; pass 'next' back as 'after'")
    public Feed changes(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        long cursor = Params.intInRange("after", after, 0, 0, Integer.MAX_VALUE);
        List<Change> found = changes.after(cursor, Params.intInRange("limit", limit, 100, 1, 1000));
        List<FeedEntry> entries = found.stream().map(c -> new FeedEntry(c.cursor(), c.type(), c.articleId(), c.revisionId(),
                c.occurredAt(), c.articleId() == null ? null : "/api/public/articles/" + c.articleId())).toList();
        return new Feed(entries, entries.isEmpty() ? cursor : entries.get(entries.size() - 1).cursor());
    }
}
