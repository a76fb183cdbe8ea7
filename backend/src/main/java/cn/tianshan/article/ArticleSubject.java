package cn.tianshan.article;

import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
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
 * Articles as the review engine sees them. The first column decides the chain and whose department and
 * leader review it; approval of the whole chain publishes (now, or at the scheduled time).
 */
@ApplicationScoped
class ArticleSubject implements ReviewSubject {

    static final String TYPE = "article";

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final Sites sites;
    private final Publisher publisher;
    private final IndexNumbers indexNumbers;
    private final PublicationClearance clearance;
    private final EntityManager em;
    private final Clock clock;

    ArticleSubject(ArticleRepository articles, RevisionRepository revisions, Sites sites, Publisher publisher,
                IndexNumbers indexNumbers, PublicationClearance clearance, EntityManager em, Clock clock) {
        this.articles = articles;
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
        Article article = find(id);
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        ColumnInfo first = sites.column(revision.columnIds().get(0));
        return new SubjectSnapshot(revision.title(), article.unitCode(), first.ownerUnit(), first.siteOwnerUnit(),
                revision.id(), revision.contentHash(), article.dueDate());
    }

    @Override
    public long chainId(long id) {
        Article article = find(id);
        return sites.column(revisions.findById(article.currentRevisionId()).columnIds().get(0)).reviewChainId();
    }

    @Override
    public void stepApproved(long id, ReviewTask task) {
        if (task.requiresConfidentiality()) {
            clearance.handled(id, task.revisionId(), task.actorUsername(), task.actorName());
        }
    }

    @Override
    public void approved(long id) {
        Article article = RowLocks.lock(em, Article.class, "article", id).orElseThrow(() -> ProblemException.notFound("article", id));
        LocalDateTime now = Timestamps.now(clock);
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        boolean governmentAffairs = revision.columnIds().stream().map(sites::column).anyMatch(ColumnInfo::governmentAffairs);
        if (governmentAffairs || article.kind() == ArticleKind.POLICY || article.kind() == ArticleKind.INTERPRETATION) {
            if (article.indexNumber() == null) {
                article.assignIndexNumber(indexNumbers.next(now.getYear()));
            }
        }
        if (article.scheduledAt() != null && article.scheduledAt().isAfter(now)) {
            publisher.blocker(article).ifPresent(reason -> {
                throw ProblemException.conflict("cannot schedule: " + reason);
            });
            article.approvedForLater(now);
        } else {
            publisher.publish(article);
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
        Article article = find(id);
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        return clearance.blocker(id, revision.id(), revision.contentHash());
    }

    private Article find(long id) {
        return articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("article", id));
    }
}
