package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class ArticleRepositories {

    private ArticleRepositories() {
    }

    record TitleAndNumber(String title, String documentNumber) {
    }

    record PolicyRow(long articleId, String title, String documentNumber, String unitCode, PublicStatus publicStatus) {
    }

    @ApplicationScoped
    static class ArticleRepository implements PanacheRepositoryBase<Article, Long> {
        /** Holds the article's row until the transaction ends: its edits, submission and decisions happen one at a time. */
        Optional<Article> lock(long id) {
            return RowLocks.lock(getEntityManager(), Article.class, "article", id);
        }

        /** Not yet published, not abandoned: their due dates still run. */
        List<Article> openBetween(LocalDate fromInfoDate, LocalDate toInfoDate) {
            return list("firstPublishedAt is null and editorialStatus <> ?1 and infoDate >= ?2 and infoDate <= ?3",
                    EditorialStatus.DISCARDED, fromInfoDate, toInfoDate);
        }

        /** First published in the period, or due in it and still unpublished (not abandoned), for the Art. 18 report. */
        List<Article> timeliness(LocalDate from, LocalDate to, String unitCode) {
            String unit = unitCode == null ? "" : " and unitCode = :unit";
            var parameters = io.quarkus.panache.common.Parameters.with("from", from).and("to", to)
                    .and("discarded", EditorialStatus.DISCARDED);
            if (unitCode != null) {
                parameters.and("unit", unitCode);
            }
            return list("infoDate >= :from and infoDate <= :to and editorialStatus <> :discarded" + unit,
                    Sort.ascending("unitCode", "infoDate", "id"), parameters);
        }
    }

    @ApplicationScoped
    static class RevisionRepository implements PanacheRepositoryBase<ArticleRevision, Long> {
        List<ArticleRevision> of(long articleId) {
            return list("articleId", Sort.descending("number"), articleId);
        }

        Optional<ArticleRevision> number(long articleId, int number) {
            return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
        }

        /** The titles and document numbers of these revisions, by revision id, without loading their bodies. */
        Map<Long, TitleAndNumber> titles(Collection<Long> revisionIds) {
            if (revisionIds.isEmpty()) {
                return Map.of();
            }
            return getEntityManager().createQuery("select r.id, r.title, r.documentNumber from ArticleRevision r where r.id in :ids",
                            Object[].class)
                    .setParameter("ids", revisionIds).getResultStream()
                    .collect(Collectors.toMap(row -> (Long) row[0], row -> new TitleAndNumber((String) row[1], (String) row[2])));
        }

        /** Published articles whose published revision interprets {@code policyId}. */
        List<ArticleRevision> interpretationsOf(long policyId) {
            return list("interpretsArticleId = ?1 and id in (select a.publishedRevisionId from Article a where a.publicStatus = ?2)",
                    policyId, PublicStatus.PUBLISHED);
        }

        /** Policy documents by title or document number, newest first (their current revision). */
        List<PolicyRow> policies(String likePattern, int limit) {
            String filter = likePattern == null ? "" : " and (r.title like :q escape '\\' or r.documentNumber like :q escape '\\')";
            var query = getEntityManager().createQuery("select a.id, r.title, r.documentNumber, a.unitCode, a.publicStatus "
                    + "from Article a, ArticleRevision r where r.id = a.currentRevisionId and a.kind = :kind and a.editorialStatus <> :discarded"
                    + filter + " order by a.updatedAt desc", Object[].class)
                    .setParameter("kind", ArticleKind.POLICY).setParameter("discarded", EditorialStatus.DISCARDED).setMaxResults(limit);
            if (likePattern != null) {
                query.setParameter("q", likePattern);
            }
            return query.getResultStream().map(r -> new PolicyRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (PublicStatus) r[4])).toList();
        }

        /** Every attachment id any revision of the article ever listed. */
        Set<Long> everListedAttachments(long articleId) {
            return of(articleId).stream().flatMap(r -> r.attachmentIds().stream()).collect(Collectors.toSet());
        }
    }

    @ApplicationScoped
    static class AttachmentRepository implements PanacheRepositoryBase<Attachment, Long> {
        List<Attachment> of(long articleId) {
            return list("articleId", Sort.ascending("id"), articleId);
        }
    }
}
