package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.ArticleEnums.Validity;
import cn.tianshan.article.ArticleRepositories.AttachmentRepository;
import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.article.PublicViews.ColumnHeader;
import cn.tianshan.article.PublicViews.ColumnPage;
import cn.tianshan.article.PublicViews.ColumnRef;
import cn.tianshan.article.PublicViews.FileRef;
import cn.tianshan.article.PublicViews.Home;
import cn.tianshan.article.PublicViews.HomeColumn;
import cn.tianshan.article.PublicViews.LinkRef;
import cn.tianshan.article.PublicViews.ListedArticle;
import cn.tianshan.article.PublicViews.PolicyEntry;
import cn.tianshan.article.PublicViews.PolicyPage;
import cn.tianshan.article.PublicViews.PublicArticle;
import cn.tianshan.article.PublicViews.Ref;
import cn.tianshan.article.PublicViews.SiteRef;
import cn.tianshan.article.PublicViews.UnitRef;
import cn.tianshan.article.PublicViews.WithdrawnNotice;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.persistence.LikePatterns;
import cn.tianshan.link.HomepageLinks;
import cn.tianshan.org.Organisation;
import cn.tianshan.publicweb.RenderTags;
import cn.tianshan.site.ColumnLifecycle;
import cn.tianshan.site.Site;
import cn.tianshan.publicweb.PublicCache;
import cn.tianshan.site.Sites;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.SiteViews.ColumnNode;
import cn.tianshan.site.SiteViews.SiteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The public read model: only published, not withdrawn content, and only in columns the public may see.
 * A withdrawn article answers 410 with its notice; one removed as published in error answers 404.
 */
@ApplicationScoped
public class PublicArticles {

    public static final int HOME_ITEMS = 8;

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final Sites sites;
    private final Organisation organisation;
    private final EntityManager em;
    private final HomepageLinks homepageLinks;
    private final PublicCache cache;
    private final DataSource dataSource;

    PublicArticles(ArticleRepository articles, RevisionRepository revisions, AttachmentRepository attachments, AttachmentStore store,
                Sites sites, Organisation organisation, EntityManager em, HomepageLinks homepageLinks, PublicCache cache,
                DataSource dataSource) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.homepageLinks = homepageLinks;
        this.articles = articles;
        this.revisions = revisions;
        this.attachments = attachments;
        this.store = store;
        this.sites = sites;
        this.organisation = organisation;
        this.em = em;
    }

    public PublicArticle article(long id) {
        Article article = articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("信息", id));
        if (article.publicStatus() == PublicStatus.WITHDRAWN) {
            ArticleRevision withdrawn = revisions.findById(article.publishedRevisionId());
            throw new ProblemException(410, "withdrawn", "信息已撤回", "此信息已于 " + article.withdrawnAt().toLocalDate() + " 撤回",
                    List.of(), new WithdrawnNotice(id, withdrawn.title(), article.withdrawnAt(), article.withdrawalReason()));
        }
        if (article.publicStatus() != PublicStatus.PUBLISHED) {
            throw ProblemException.notFound("信息", id);
        }
        ArticleRevision revision = revisions.findById(article.publishedRevisionId());
        ArticleContent c = revision.content();
        RenderTags.shows(RenderTags.article(id));
        List<ColumnRef> columns = c.columnIds().stream().map(this::columnRef).flatMap(Optional::stream).toList();
        if (columns.isEmpty()) {
            throw ProblemException.notFound("信息", id);
        }
        List<FileRef> files = attachments.of(id).stream().filter(a -> c.attachmentIds().contains(a.id()))
                .map(PublicArticles::fileRef).toList();
        FileRef cover = files.stream().filter(f -> f.id() == (c.coverAttachmentId() == null ? -1 : c.coverAttachmentId()))
                .findFirst().orElse(null);
        Ref interprets = c.interpretsArticleId() == null ? null : publishedTitle(c.interpretsArticleId()).orElse(null);
        if (interprets != null) {
            RenderTags.shows(RenderTags.article(interprets.id()));
        }
        List<Ref> interpretations = article.kind() == ArticleKind.POLICY
                ? revisions.interpretationsOf(id).stream().map(r -> new Ref(r.articleId(), r.title())).toList() : List.of();
        interpretations.forEach(r -> RenderTags.shows(RenderTags.article(r.id())));
        return new PublicArticle(id, c.title(), c.subtitle(), c.summary(), c.body(), c.kind(), c.kind().label(),
                new UnitRef(article.unitCode(), unitName(article.unitCode())), columns,
                c.origin() == ArticleEnums.Origin.REPRINT ? c.sourceName() : unitName(article.unitCode()), c.origin().label(),
                c.sourceName(), c.sourceUrl(), c.publicationForm().label(), c.documentNumber(), article.indexNumber(),
                c.validity(), c.validity() == null ? null : c.validity().label(), c.infoDate(), article.firstPublishedAt(),
                article.correctedAt(), c.important(), files, cover, interprets, interpretations,
                c.kind() == ArticleKind.SERVICE_GUIDE ? c.guide() : null);
    }

    public ColumnPage column(long columnId, String after, int size) {
        ColumnHeader header = cache.structural("column-header:" + columnId, () -> header(columnId));
        RenderTags.shows(RenderTags.column(columnId));
        Cursor cursor = after == null ? null : Cursor.decode("after", after);
        List<ListedArticle> listed = listing(columnId, cursor, size + 1);
        String next = null;
        if (listed.size() > size) {
            listed = listed.subList(0, size);
            ListedArticle last = listed.get(size - 1);
            next = new Cursor(last.publishedAt(), last.id()).encode();
        }
        return new ColumnPage(header, listed, next);
    }

    /** What a column page shows above its listing; the site's structure only, so kept until it changes. */
    private ColumnHeader header(long columnId) {
        ColumnInfo column = sites.findColumn(columnId, true).orElseThrow(() -> ProblemException.notFound("栏目", columnId));
        List<ColumnRef> path = sites.path(columnId).stream().map(c -> new ColumnRef(c.id(), c.name(), c.siteCode())).toList();
        List<ColumnRef> children = sites.tree(column.siteId(), true).stream().flatMap(PublicArticles::flatten)
                .filter(n -> n.parentId() != null && n.parentId() == columnId)
                .map(n -> new ColumnRef(n.id(), n.name(), column.siteCode())).toList();
        return new ColumnHeader(column.id(), column.name(), column.siteCode(), column.siteName(),
                column.lifecycle() == ColumnLifecycle.ARCHIVED, archivedNotice(column), column.externalUrl(), path, children);
    }

    /** Unit names change only with the structure, so a render reads them from memory instead of one query each. */
    private String unitName(String code) {
        return code == null ? null : cache.structural("unit-names", organisation::unitNames).getOrDefault(code, code);
    }

    private Optional<ColumnRef> columnRef(long columnId) {
        return cache.structural("column-ref:" + columnId, () -> sites.findColumn(columnId, true)
                .map(col -> new ColumnRef(col.id(), col.name(), col.siteCode())));
    }

    private static String archivedNotice(ColumnInfo column) {
        if (column.lifecycle() != ColumnLifecycle.ARCHIVED) {
            return null;
        }
        return column.endsOn() != null ? "历史专题：本专题已于 " + column.endsOn() + " 结束，内容仅供查阅。"
                : "本栏目已归档，内容仅供查阅历史信息。";
    }

    public Home home(String siteCode) {
        SiteView site = site(siteCode);
        List<ColumnRef> navigation = navigation(site);
        List<HomeColumn> columns = cache.structural("homepage-columns", sites::homepageColumns).stream().filter(c -> c.siteId() == site.id())
                .map(c -> {
                    RenderTags.shows(RenderTags.column(c.id()));
                    return new HomeColumn(c.id(), c.name(), listing(c.id(), null, HOME_ITEMS));
                }).toList();
        List<SiteRef> topics = site.kind() == Site.Kind.MAIN ? cache.structural("sites", sites::sites).stream().filter(s -> s.kind() == Site.Kind.TOPIC)
                .map(s -> new SiteRef(s.code(), s.name(), s.description())).toList() : List.of();
        List<LinkRef> links = site.kind() == Site.Kind.MAIN
                ? cache.structural("homepage-links", homepageLinks::current).stream().map(l -> new LinkRef(l.name(), l.url())).toList() : List.of();
        return new Home(new SiteRef(site.code(), site.name(), site.description()), navigation, columns, topics, links);
    }

    /** A site's navigation: its active columns that are not dormant, without the homepage's listings. */
    public List<ColumnRef> navigation(String siteCode) {
        return navigation(site(siteCode));
    }

    private List<ColumnRef> navigation(SiteView site) {
        return cache.structural("navigation:" + site.code(), () -> navigationOf(site));
    }

    private List<ColumnRef> navigationOf(SiteView site) {
        return sites.tree(site.id(), true).stream().filter(n -> n.lifecycle() == ColumnLifecycle.ACTIVE && n.dormantSince() == null)
                .map(n -> new ColumnRef(n.id(), n.name(), site.code())).toList();
    }

    private SiteView site(String siteCode) {
        return cache.structural("site:" + siteCode, () -> sites.siteByCode(siteCode))
                .orElseThrow(() -> ProblemException.notFound("网站", siteCode));
    }

    public PolicyPage policies(String documentNumber, String indexNumber, Validity validity, LocalDate from, LocalDate to,
                               String unit, String after, int size) {
        RenderTags.shows(RenderTags.POLICIES);
        NewestFirst query = new NewestFirst("SELECT i.id, r.title, r.document_number, i.index_number, r.validity, i.unit_code, "
                + "r.info_date, i.first_published_at FROM article i JOIN article_revision r ON r.id = i.published_revision_id "
                + "WHERE i.public_status = ? AND i.kind = ?", PublicStatus.PUBLISHED.name(), ArticleKind.POLICY.name());
        if (documentNumber != null) {
            query.and("r.document_number LIKE ? ESCAPE '\\\\'", LikePatterns.containing(documentNumber));
        }
        if (indexNumber != null) {
            query.and("i.index_number LIKE ? ESCAPE '\\\\'", LikePatterns.startingWith(indexNumber));
        }
        if (validity != null) {
            query.and("r.validity = ?", validity.name());
        }
        if (from != null) {
            query.and("r.info_date >= ?", from);
        }
        if (to != null) {
            query.and("r.info_date <= ?", to);
        }
        if (unit != null) {
            query.and("i.unit_code = ?", unit);
        }
        List<Object[]> rows = query.after("after", after).rows(em, size);
        List<PolicyEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            Validity v = r[4] == null ? null : Validity.valueOf((String) r[4]);
            entries.add(new PolicyEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], v,
                    v == null ? null : v.label(), unitName((String) r[5]), SqlValues.toDate(r[6]), SqlValues.toTime(r[7])));
        }
        String next = null;
        if (entries.size() > size) {
            entries = entries.subList(0, size);
            PolicyEntry last = entries.get(size - 1);
            next = new Cursor(last.publishedAt(), last.id()).encode();
        }
        return new PolicyPage(entries, next);
    }

    public record SitemapEntry(long id, LocalDateTime lastModified) {
    }

    /** How many published articles the sitemaps list. */
    public long publishedCount() {
        RenderTags.shows(RenderTags.SITEMAP);
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM article WHERE public_status = 'PUBLISHED'").getSingleResult())
                .longValue();
    }

    /** The {@code page}-th slice of published articles in id order, with when each last changed, for a sitemap. */
    public List<SitemapEntry> sitemap(int page, int size) {
        RenderTags.shows(RenderTags.SITEMAP);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, COALESCE(corrected_at, first_published_at) FROM article "
                + "WHERE public_status = 'PUBLISHED' ORDER BY id LIMIT " + size + " OFFSET " + ((long) page * size)).getResultList();
        return rows.stream().map(r -> new SitemapEntry(((Number) r[0]).longValue(), SqlValues.toTime(r[1]))).toList();
    }

    /** A published attachment: its article is public and its published revision lists it. */
    public Articles.AttachmentFile attachment(long id) {
        Attachment attachment = attachments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("附件", id));
        Article article = articles.findById(attachment.articleId());
        boolean published = article.publicStatus() == PublicStatus.PUBLISHED
                && revisions.findById(article.publishedRevisionId()).attachmentIds().contains(id);
        if (!published) {
            throw ProblemException.notFound("附件", id);
        }
        Path path = store.path(attachment.storedName());
        return new Articles.AttachmentFile(attachment.originalName(), attachment.mediaType(), path);
    }

    /**
     * A column's newest published articles after {@code cursor}: one statement on the placement index, with plain JDBC so
     * that a column page rendered outside a transaction holds its connection for this statement only.
     */
    List<ListedArticle> listing(long columnId, Cursor cursor, int limit) {
        String sql = "SELECT p.article_id, p.published_at, p.title, p.corrected_at, p.unit_code, p.important FROM article_placement p "
                + "WHERE p.column_id = ?"
                + (cursor == null ? "" : " AND (p.published_at < ? OR (p.published_at = ? AND p.article_id < ?))")
                + " ORDER BY p.published_at DESC, p.article_id DESC LIMIT " + limit;
        List<ListedArticle> listed = new ArrayList<>(limit);
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, columnId);
            if (cursor != null) {
                query.setObject(2, cursor.publishedAt());
                query.setObject(3, cursor.publishedAt());
                query.setLong(4, cursor.articleId());
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    RenderTags.shows(RenderTags.article(id));
                    listed.add(new ListedArticle(id, row.getString(3), row.getObject(2, LocalDateTime.class),
                            row.getObject(4, LocalDateTime.class), unitName(row.getString(5)), row.getBoolean(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("column " + columnId + " not listable", e);
        }
        return listed;
    }

    private Optional<Ref> publishedTitle(long articleId) {
        return articles.findByIdOptional(articleId).filter(i -> i.publicStatus() == PublicStatus.PUBLISHED)
                .map(i -> new Ref(articleId, revisions.findById(i.publishedRevisionId()).title()));
    }

    private static FileRef fileRef(Attachment a) {
        return new FileRef(a.id(), a.originalName(), a.mediaType(), a.sizeBytes(), "/api/public/attachments/" + a.id());
    }

    private static java.util.stream.Stream<ColumnNode> flatten(ColumnNode node) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(node), node.children().stream().flatMap(PublicArticles::flatten));
    }
}
