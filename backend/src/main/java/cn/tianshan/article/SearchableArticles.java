package cn.tianshan.article;

import cn.tianshan.org.OrgViews.UnitView;
import cn.tianshan.org.Organisation;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.Sites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What site search indexes of a published article: its published revision's words, where it is placed and
 * who published it. Read in batches with three queries, so the whole index rebuilds from the database fast.
 * An article that is not public, or sits in no column the public may see, is not searchable.
 */
@ApplicationScoped
public class SearchableArticles {

    public record Placement(long columnId, String columnName, String siteCode, List<Long> ancestorIds) {
    }

    public record SearchableArticle(long id, String title, String subtitle, String summary, String bodyText,
                                    String documentNumber, String indexNumber, ArticleKind kind, String unitCode,
                                    String unitName, LocalDateTime publishedAt, List<String> attachmentNames,
                                    List<Placement> placements) {
    }

    private static final String SELECT = "SELECT a.id, a.unit_code, a.index_number, a.first_published_at, r.kind, r.title, "
            + "r.subtitle, r.summary, r.body, r.document_number, r.column_ids, r.attachment_ids "
            + "FROM article a JOIN article_revision r ON r.id = a.published_revision_id WHERE a.public_status = 'PUBLISHED' ";

    private final EntityManager em;
    private final Sites sites;
    private final Organisation organisation;
    private final HtmlSanitizer sanitizer;

    SearchableArticles(EntityManager em, Sites sites, Organisation organisation, HtmlSanitizer sanitizer) {
        this.em = em;
        this.sites = sites;
        this.organisation = organisation;
        this.sanitizer = sanitizer;
    }

    /** The article as search should see it now; empty when the public cannot read it. */
    @Transactional
    public Optional<SearchableArticle> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + "AND a.id = ?1").setParameter(1, id).getResultList();
        return searchable(rows).stream().findFirst();
    }

    /** A step through the published articles in id order; {@code lastId} is where the next step starts. */
    public record Batch(List<SearchableArticle> articles, long lastId, boolean last) {
    }

    @Transactional
    public Batch batchAfter(long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + "AND a.id > ?1 ORDER BY a.id LIMIT " + limit)
                .setParameter(1, afterId).getResultList();
        long lastId = rows.isEmpty() ? afterId : ((Number) rows.get(rows.size() - 1)[0]).longValue();
        return new Batch(searchable(rows), lastId, rows.size() < limit);
    }

    @Transactional
    public long countPublished() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM article WHERE public_status = 'PUBLISHED'")
                .getSingleResult()).longValue();
    }

    private List<SearchableArticle> searchable(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> attachmentNames = attachmentNames(rows);
        Map<String, String> unitNames = organisation.units().stream()
                .collect(Collectors.toMap(UnitView::code, UnitView::name));
        Map<Long, Optional<Placement>> placements = new HashMap<>();
        List<SearchableArticle> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            List<Placement> placed = ids((String) r[10]).stream()
                    .map(c -> placements.computeIfAbsent(c, this::placement)).flatMap(Optional::stream).toList();
            if (placed.isEmpty()) {
                continue;
            }
            String unit = (String) r[1];
            List<String> files = ids((String) r[11]).stream().map(attachmentNames::get).filter(n -> n != null).toList();
            found.add(new SearchableArticle(((Number) r[0]).longValue(), (String) r[5], (String) r[6], (String) r[7],
                    sanitizer.text((String) r[8]), (String) r[9], (String) r[2], ArticleKind.valueOf((String) r[4]), unit,
                    unitNames.getOrDefault(unit, unit), toLocal(r[3]), files, placed));
        }
        return found;
    }

    private Map<Long, String> attachmentNames(List<Object[]> rows) {
        Set<Long> wanted = new LinkedHashSet<>();
        rows.forEach(r -> wanted.addAll(ids((String) r[11])));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> files = em.createNativeQuery("SELECT id, original_name FROM article_attachment WHERE id IN (:ids)")
                .setParameter("ids", wanted).getResultList();
        return files.stream().collect(Collectors.toMap(f -> ((Number) f[0]).longValue(), f -> (String) f[1]));
    }

    private Optional<Placement> placement(long columnId) {
        Optional<ColumnInfo> column = sites.findColumn(columnId, true);
        return column.map(c -> new Placement(c.id(), c.name(), c.siteCode(),
                sites.path(columnId).stream().map(ColumnInfo::id).toList()));
    }

    private static List<Long> ids(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    private static LocalDateTime toLocal(Object value) {
        return value instanceof LocalDateTime local ? local : ((Timestamp) value).toLocalDateTime();
    }
}
