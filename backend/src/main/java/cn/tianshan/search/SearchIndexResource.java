package cn.tianshan.search;

import cn.tianshan.audit.Audited;
import cn.tianshan.common.security.Role;
import cn.tianshan.search.SearchViews.IndexStatus;
import cn.tianshan.search.SearchViews.RebuildRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search index's state and its rebuild, for the site office and the technical department. */
@Path("/search-index")
@RolesAllowed({Role.Names.SITE_OFFICE, Role.Names.TECH_OPS, Role.Names.SYS_ADMIN})
@Tag(name = "Search", description = "站内搜索索引：状态与重建")
public class SearchIndexResource {

    private final SearchIndexer indexer;
    private final SearchIndex index;

    SearchIndexResource(SearchIndexer indexer, SearchIndex index) {
        this.indexer = indexer;
        this.index = index;
    }

    @GET
    @Operation(operationId = "getSearchIndexStatus", summary = "This node's search index: documents, the last public change applied, the last rebuild's progress")
    public IndexStatus status() {
        return new IndexStatus(indexer.isRebuilding() ? "重建中" : "就绪", index.documents(), indexer.appliedCursor(),
                indexer.lastRebuild());
    }

    @POST
    @Path("rebuild")
    @Audited(action = "search-index.rebuild", targetType = "search-index")
    @Operation(operationId = "rebuildSearchIndex", summary = "Rebuild this node's search index from the database in the background; searches go on meanwhile (409 while one runs)")
    public IndexStatus rebuild(RebuildRequest request) {
        String reason = request == null || request.reason() == null || request.reason().isBlank() ? "管理员重建" : request.reason().strip();
        indexer.rebuild(reason);
        return status();
    }
}
