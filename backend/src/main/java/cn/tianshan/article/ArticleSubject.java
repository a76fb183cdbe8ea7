package cn.tianshan.article;

import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.review.ReviewStep;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.ReviewTask;
import cn.tianshan.review.SubjectSnapshot;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.Sites;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Articles as the review engine sees them. The first column decides the chain, and whose reviewers (the
 * column's owner unit) and leader review it; approval of the whole chain publishes (now, or at the scheduled time).
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
    private final Clock clock;

    ArticleSubject(ArticleRepository articles, RevisionRepository revisions, Sites sites, Publisher publisher,
                   IndexNumbers indexNumbers, PublicationClearance clearance, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.sites = sites;
        this.publisher = publisher;
        this.indexNumbers = indexNumbers;
        this.clearance = clearance;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "信息";
    }

    @Override
    public String consolePath(long id) {
        return "/admin/articles/" + id;
    }

    @Override
    public void lock(long id) {
        articles.lock(id).orElseThrow(() -> ProblemException.notFound("信息", id));
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        Article article = find(id);
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        ColumnInfo first = sites.column(revision.columnIds().get(0));
        return new SubjectSnapshot(revision.title(), article.unitCode(), first.ownerUnit(), first.siteOwnerUnit(),
                revision.id(), revision.contentHash(), article.infoDate(), article.dueDate());
    }

    @Override
    public long chainId(long id) {
        Article article = find(id);
        return sites.column(revisions.findById(article.currentRevisionId()).columnIds().get(0)).reviewChainId();
    }

    @Override
    public List<String> concerned(long id) {
        return List.of(find(id).createdBy());
    }

    @Override
    public void stepApproved(long id, ReviewTask task) {
        if (task.requiresConfidentiality() && publisher.requiresAnnex5(revisions.findById(task.revisionId()))) {
            clearance.handled(id, task.revisionId(), task.actorUsername(), task.actorName());
        }
    }

    @Override
    public void approved(long id) {
        Article article = articles.lock(id).orElseThrow(() -> ProblemException.notFound("信息", id));
        LocalDateTime now = Timestamps.now(clock);
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        boolean disclosure = revision.columnIds().stream().map(sites::column).anyMatch(ColumnInfo::disclosure);
        if ((disclosure || article.kind() == ArticleKind.POLICY || article.kind() == ArticleKind.INTERPRETATION)
                && article.indexNumber() == null) {
            article.assignIndexNumber(indexNumbers.next(now.getYear()));
        }
        if (article.scheduledAt() != null && article.scheduledAt().isAfter(now)) {
            publisher.blocker(article).ifPresent(reason -> {
                throw ProblemException.conflict("不能定时发布：" + reason);
            });
            article.approvedForLater(now);
            publisher.announceScheduled(article, revision);
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

    /** At the confidentiality step of an article that needs the Annex 5 form: agree/agree on this very revision. */
    @Override
    public Optional<String> blocker(long id, ReviewStep step) {
        if (!step.requiresConfidentiality()) {
            return Optional.empty();
        }
        return publisher.blocker(find(id));
    }

    private Article find(long id) {
        return articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("信息", id));
    }
}
