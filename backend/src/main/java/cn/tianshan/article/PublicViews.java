package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.Validity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public API returns: only published, not withdrawn content. */
public final class PublicViews {

    private PublicViews() {
    }

    public record Ref(long id, String title) {
    }

    public record UnitRef(String code, String name) {
    }

    public record ColumnRef(long id, String name, String siteCode) {
    }

    public record FileRef(long id, String name, String mediaType, long size, String url) {
    }

    public record PublicArticle(long id, String title, String subtitle, String summary, String body, ArticleKind kind,
                             String kindLabel, UnitRef unit, List<ColumnRef> columns,
                             @Schema(description = "Where the information comes from: the publishing unit for its own, the named source for a reprint")
                             String source, String origin, String sourceName,
                             String sourceUrl, String publicationForm, String documentNumber, String indexNumber,
                             Validity validity, String validityLabel, LocalDate infoDate, LocalDateTime publishedAt,
                             LocalDateTime updatedAt, boolean important, List<FileRef> attachments, FileRef cover,
                             Ref interprets, List<Ref> interpretations,
                             @Schema(description = "A service guide's elements (办事指南); its attachments are the forms to download")
                             ServiceGuide guide) {
    }

    public record ListedArticle(long id, String title, LocalDateTime publishedAt, LocalDateTime updatedAt, String unitName,
                             boolean important) {
    }

    public record ColumnHeader(long id, String name, String siteCode, String siteName, boolean archived,
                               @Schema(description = "What an archived column's banner says (历史专题 for a topic column past its end date)")
                               String archivedNotice,
                               @Schema(description = "A topic column that is an existing topic site elsewhere")
                               String externalUrl,
                               List<ColumnRef> path, List<ColumnRef> children) {
    }

    public record ColumnPage(ColumnHeader column, List<ListedArticle> articles, String next) {
    }

    public record HomeColumn(long id, String name, List<ListedArticle> articles) {
    }

    public record SiteRef(String code, String name, String description) {
    }

    public record Home(SiteRef site, List<ColumnRef> navigation, List<HomeColumn> columns, List<SiteRef> topicSites,
                       @Schema(description = "相关链接 of the main site's homepage (Art. 9)")
                       List<LinkRef> links) {
    }

    public record LinkRef(String name, String url) {
    }

    public record PolicyEntry(long id, String title, String documentNumber, String indexNumber, Validity validity,
                              String validityLabel, String unitName, LocalDate infoDate, LocalDateTime publishedAt) {
    }

    public record PolicyPage(List<PolicyEntry> policies, String next) {
    }

    /** One proactively disclosed item in the catalogue (政府信息公开目录); {@code categories} are its disclosure columns. */
    public record CatalogueEntry(long id, String indexNumber, String title, String summary, List<String> categories, String unitName,
                                 LocalDate infoDate, LocalDateTime publishedAt) {
    }

    public record CataloguePage(List<CatalogueEntry> entries, String next) {
    }

    public record CatalogueCategory(long id, String name, long items) {
    }

    public record WithdrawnNotice(long id, String title, LocalDateTime withdrawnAt, String reason) {
    }
}
