package cn.tianshan.search;

import cn.tianshan.search.SearchViews.SearchResults;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 站内搜索 for the public: not cached (every query differs), answered from this node's index in milliseconds. */
@Path("/public/search")
@PermitAll
@Tag(name = "Public")
public class PublicSearchResource {

    private final SiteSearch search;

    PublicSearchResource(SiteSearch search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "searchPublicArticles", summary = "Search published articles (title, summary, body, 文号, 索引号, attachment names); filters by site, column (with its subcolumns), unit, kind and publication date; by relevance or newest first")
    public SearchResults search(@QueryParam("q") String q, @QueryParam("site") String site, @QueryParam("column") String column,
                                @QueryParam("unit") String unit, @QueryParam("kind") String kind,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("sort") String sort, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return search.search(SearchQuery.parse(q, site, column, unit, kind, from, to, sort, page, size));
    }

}
