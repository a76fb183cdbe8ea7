package cn.tianshan.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

final class ArticleRepositories {

    private ArticleRepositories() {
    }

    @ApplicationScoped
    static class ArticleRepository implements PanacheRepositoryBase<Article, Long> {
    }

    @ApplicationScoped
    static class RevisionRepository implements PanacheRepositoryBase<ArticleRevision, Long> {
        List<ArticleRevision> of(long articleId) {
            return list("articleId", Sort.descending("number"), articleId);
        }

        Optional<ArticleRevision> number(long articleId, int number) {
            return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
        }

        /** The titles of these revisions, by revision id, without loading their bodies. */
        Map<Long, String> titles(Collection<Long> revisionIds) {
            if (revisionIds.isEmpty()) {
                return Map.of();
            }
            return getEntityManager().createQuery("select r.id, r.title from ArticleRevision r where r.id in :ids", Object[].class)
                    .setParameter("ids", revisionIds).getResultStream()
                    .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        }

        /** Published articles whose published revision interprets {@code policyId}. */
        List<ArticleRevision> interpretationsOf(long policyId) {
            return list("interpretsArticleId = ?1 and id in (select i.publishedRevisionId from Article i where i.publicStatus = ?2)",
                    policyId, ArticleEnums.PublicStatus.PUBLISHED);
        }
    }

    @ApplicationScoped
    static class AttachmentRepository implements PanacheRepositoryBase<Attachment, Long> {
        List<Attachment> of(long articleId) {
            return list("articleId", Sort.ascending("id"), articleId);
        }
    }
}
