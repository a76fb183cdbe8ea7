package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.PublicViews.CatalogueCategory;
import cn.tianshan.article.PublicViews.CatalogueEntry;
import cn.tianshan.article.PublicViews.CataloguePage;
import cn.tianshan.org.Organisation;
import cn.tianshan.publicweb.RenderTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proactive-disclosure catalogue (政府信息公开目录, Art. 10): every published item that carries an index number,
 * with its disclosure columns as categories; filtered by category, unit and year, newest first, keyset-paged.
 */
@ApplicationScoped
public class DisclosureCatalogue {

    private static final String DISCLOSURE_KINDS = "('GOV_DISCLOSURE', 'GOV_SERVICE')";

    private final EntityManager em;
    private final Organisation organisation;

    DisclosureCatalogue(EntityManager em, Organisation organisation) {
        this.em = em;
        this.organisation = organisation;
    }

    public CataloguePage page(Long category, String unit, Integer year, String after, int size) {
        RenderTags.shows(RenderTags.CATALOGUE);
        NewestFirst query = new NewestFirst("SELECT i.id, i.index_number, r.title, r.summary, i.unit_code, r.info_date, "
                + "i.first_published_at FROM article i JOIN article_revision r ON r.id = i.published_revision_id "
                + "WHERE i.public_status = ? AND i.index_number IS NOT NULL", PublicStatus.PUBLISHED.name());
        if (category != null) {
            query.and("EXISTS (SELECT 1 FROM article_placement p WHERE p.article_id = i.id AND p.column_id = ?)", category);
        }
        if (unit != null) {
            query.and("i.unit_code = ?", unit);
        }
        if (year != null) {
            query.and("r.info_date >= ? AND r.info_date < ?", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        List<Object[]> rows = query.after("after", after).rows(em, size);
        List<Object[]> shown = rows.size() > size ? rows.subList(0, size) : rows;
        Map<Long, List<String>> categories = categoriesOf(shown.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<CatalogueEntry> entries = shown.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            return new CatalogueEntry(id, (String) r[1], (String) r[2], (String) r[3], categories.getOrDefault(id, List.of()),
                    organisation.nameOf((String) r[4]), SqlValues.toDate(r[5]), SqlValues.toTime(r[6]));
        }).toList();
        String next = null;
        if (rows.size() > size) {
            CatalogueEntry last = entries.get(size - 1);
            next = new Cursor(last.publishedAt(), last.id()).encode();
        }
        return new CataloguePage(entries, next);
    }

    /** The disclosure columns of the main site that hold catalogue items, with how many each holds. */
    public List<CatalogueCategory> categories() {
        RenderTags.shows(RenderTags.CATALOGUE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.name, COUNT(DISTINCT i.id) FROM site_column c "
                + "JOIN site s ON s.id = c.site_id AND s.code = 'main' "
                + "JOIN article_placement p ON p.column_id = c.id JOIN article i ON i.id = p.article_id "
                + "AND i.public_status = ?1 AND i.index_number IS NOT NULL WHERE c.kind IN " + DISCLOSURE_KINDS
                + " GROUP BY c.id, c.name, c.sort_order ORDER BY c.sort_order, c.id").setParameter(1, PublicStatus.PUBLISHED.name())
                .getResultList();
        return rows.stream().map(r -> new CatalogueCategory(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    private Map<Long, List<String>> categoriesOf(List<Long> articleIds) {
        Map<Long, List<String>> names = new HashMap<>();
        if (articleIds.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT p.article_id, c.name, c.sort_order FROM article_placement p "
                + "JOIN site_column c ON c.id = p.column_id WHERE p.article_id IN (?1) AND c.kind IN " + DISCLOSURE_KINDS
                + " ORDER BY c.sort_order").setParameter(1, articleIds).getResultList();
        rows.forEach(r -> names.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
        return names;
    }
}
