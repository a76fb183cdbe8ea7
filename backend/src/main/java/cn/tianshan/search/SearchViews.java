package cn.tianshan.search;

import cn.tianshan.search.SearchQuery.SearchSort;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SearchViews {

    private SearchViews() {
    }

    public record PlacedIn(long id, String name, String siteCode) {
    }

    public record SearchHit(long id, String title,
                            @Schema(description = "The title as HTML, text escaped, matched words in <mark>")
                            String titleHtml,
                            @Schema(description = "Where the words matched, as HTML: text escaped, matched words in <mark>")
                            String snippetHtml,
                            String url, LocalDateTime publishedAt, String unitName, String kindLabel, PlacedIn column,
                            String documentNumber, String indexNumber) {
    }

    public record SearchResults(String query, long total,
                                @Schema(description = "False when there are at least `total` results (counting stops at 1,000)")
                                boolean totalExact, int page, int size, int pages, SearchSort sort, List<SearchHit> hits) {
    }

    public record IndexStatus(@Schema(description = "就绪 or 重建中") String state, long documents, long appliedChange,
                              SearchIndexer.Rebuild lastRebuild) {
    }

    public record RebuildRequest(@Schema(description = "Why the index is rebuilt, for the record") String reason) {
    }
}
