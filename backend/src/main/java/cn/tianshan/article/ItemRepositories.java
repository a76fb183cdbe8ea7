package cn.tianshan.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

final class ItemRepositories {

    private ItemRepositories() {
    }

    @ApplicationScoped
    static class ItemRepository implements PanacheRepositoryBase<Item, Long> {
    }

    @ApplicationScoped
    static class RevisionRepository implements PanacheRepositoryBase<ItemRevision, Long> {
        List<ItemRevision> of(long itemId) {
            return list("itemId", Sort.descending("number"), itemId);
        }

        Optional<ItemRevision> number(long itemId, int number) {
            return find("itemId = ?1 and number = ?2", itemId, number).firstResultOptional();
        }

        /** The titles of these revisions, by revision id, without loading their bodies. */
        Map<Long, String> titles(Collection<Long> revisionIds) {
            if (revisionIds.isEmpty()) {
                return Map.of();
            }
            return getEntityManager().createQuery("select r.id, r.title from ItemRevision r where r.id in :ids", Object[].class)
                    .setParameter("ids", revisionIds).getResultStream()
                    .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        }

        /** Published items whose published revision interprets {@code policyId}. */
        List<ItemRevision> interpretationsOf(long policyId) {
            return list("interpretsItemId = ?1 and id in (select i.publishedRevisionId from Item i where i.publicStatus = ?2)",
                    policyId, ItemEnums.PublicStatus.PUBLISHED);
        }
    }

    @ApplicationScoped
    static class AttachmentRepository implements PanacheRepositoryBase<Attachment, Long> {
        List<Attachment> of(long itemId) {
            return list("itemId", Sort.ascending("id"), itemId);
        }
    }
}
