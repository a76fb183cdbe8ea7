package cn.tianshan.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

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
