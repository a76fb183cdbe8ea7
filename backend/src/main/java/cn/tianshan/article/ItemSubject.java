package cn.tianshan.article;

import cn.tianshan.article.ItemRepositories.ItemRepository;
import cn.tianshan.article.ItemRepositories.RevisionRepository;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.review.ReviewStep;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.ReviewTask;
import cn.tianshan.review.SubjectSnapshot;
import cn.tianshan.site.Sites;
import cn.tianshan.site.SiteViews.ColumnInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import cn.tianshan.common.persistence.RowLocks;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Items as the review engine sees them. The first column decides the chain and whose department and
 * leader review it; approval of the whole chain publishes (now, or at the scheduled time).
 */
@ApplicationScoped
class ItemSubject implements ReviewSubject {

    static final String TYPE = "item";

    private final ItemRepository items;
    private final RevisionRepository revisions;
    private final Sites sites;
    private final Publisher publisher;
    private final IndexNumbers indexNumbers;
    private final PublicationClearance clearance;
    private final EntityManager em;
    private final Clock clock;

    ItemSubject(ItemRepository items, RevisionRepository revisions, Sites sites, Publisher publisher,
                IndexNumbers indexNumbers, PublicationClearance clearance, EntityManager em, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.sites = sites;
        this.publisher = publisher;
        this.indexNumbers = indexNumbers;
        this.clearance = clearance;
        this.em = em;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        Item item = find(id);
        ItemRevision revision = revisions.findById(item.currentRevisionId());
        ColumnInfo first = sites.column(revision.columnIds().get(0));
        return new SubjectSnapshot(revision.title(), item.unitCode(), first.ownerUnit(), first.siteOwnerUnit(),
                revision.id(), revision.contentHash(), item.dueDate());
    }

    @Override
    public long chainId(long id) {
        Item item = find(id);
        return sites.column(revisions.findById(item.currentRevisionId()).columnIds().get(0)).reviewChainId();
    }

    @Override
    public void stepApproved(long id, ReviewTask task) {
        if (task.requiresConfidentiality()) {
            clearance.handled(id, task.revisionId(), task.actorUsername(), task.actorName());
        }
    }

    @Override
    public void approved(long id) {
        Item item = RowLocks.lock(em, Item.class, "item", id).orElseThrow(() -> ProblemException.notFound("item", id));
        LocalDateTime now = Timestamps.now(clock);
        ItemRevision revision = revisions.findById(item.currentRevisionId());
        boolean governmentAffairs = revision.columnIds().stream().map(sites::column).anyMatch(ColumnInfo::governmentAffairs);
        if (governmentAffairs || item.kind() == ItemKind.POLICY || item.kind() == ItemKind.INTERPRETATION) {
            if (item.indexNumber() == null) {
                item.assignIndexNumber(indexNumbers.next(now.getYear()));
            }
        }
        if (item.scheduledAt() != null && item.scheduledAt().isAfter(now)) {
            publisher.blocker(item).ifPresent(reason -> {
                throw ProblemException.conflict("cannot schedule: " + reason);
            });
            item.approvedForLater(now);
        } else {
            publisher.publish(item);
        }
    }

    @Override
    public void returned(long id, String reason) {
        find(id).returned(Timestamps.now(clock));
    }

    @Override
    public void cancelled(long id) {
        find(id).reviewCancelled(Timestamps.now(clock));
    }

    @Override
    public Optional<String> blocker(long id, ReviewStep step) {
        if (!step.requiresConfidentiality()) {
            return Optional.empty();
        }
        Item item = find(id);
        ItemRevision revision = revisions.findById(item.currentRevisionId());
        return clearance.blocker(id, revision.id(), revision.contentHash());
    }

    private Item find(long id) {
        return items.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("item", id));
    }
}
