package cn.tianshan.article;

import cn.tianshan.link.LinkSource;
import cn.tianshan.link.OutboundLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** The outbound links of every published article (body, source address and a service guide's online handling address), for the reachability monitor. */
@ApplicationScoped
class PublishedArticleLinks implements LinkSource {

    private static final int PAGE = 500;

    private final EntityManager em;

    PublishedArticleLinks(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Occurrence> outboundLinks() {
        List<Occurrence> found = new ArrayList<>();
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT i.id, r.title, i.unit_code, r.body, r.source_url, r.guide_online_url FROM article i "
                            + "JOIN article_revision r ON r.id = i.published_revision_id WHERE i.public_status = ?1 AND i.id > ?2 "
                            + "ORDER BY i.id LIMIT " + PAGE)
                    .setParameter(1, ArticleEnums.PublicStatus.PUBLISHED.name()).setParameter(2, after).getResultList();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                String title = (String) r[1];
                String unit = (String) r[2];
                OutboundLinks.inHtml((String) r[3], "body", "正文").forEach(link ->
                        found.add(new Occurrence(link.url(), "article", id, title, unit, "/items/" + id)));
                if (r[4] != null && !((String) r[4]).isBlank()) {
                    found.add(new Occurrence(((String) r[4]).trim(), "article", id, title, unit, "/items/" + id));
                }
                if (r[5] != null) {
                    found.add(new Occurrence((String) r[5], "article", id, title, unit, "/items/" + id));
                }
                after = id;
            }
            if (rows.size() < PAGE) {
                return found;
            }
        }
    }
}
