package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.article.ArticleViews.ArticleDetail;
import cn.tianshan.article.ArticleViews.ColumnRef;
import cn.tianshan.article.ArticleViews.RevisionView;
import cn.tianshan.calendar.DueDateHistory;
import cn.tianshan.org.People;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewDuties;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.Sites;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The article as the admin console shows it: current revision, state, columns, files, review, what the user may do. */
@ApplicationScoped
class ArticleDetails {

    private final RevisionRepository revisions;
    private final ArticleRepository articles;
    private final ArticleAttachments attachments;
    private final ArticleAccess access;
    private final ReviewEngine engine;
    private final ReviewChains chains;
    private final Sites sites;
    private final Organisation organisation;
    private final People people;
    private final DueDateHistory dueDates;
    private final ReviewDuties reviewDuties;
    private final Clock clock;

    ArticleDetails(RevisionRepository revisions, ArticleRepository articles, ArticleAttachments attachments,
                   ArticleAccess access, ReviewEngine engine, ReviewChains chains, Sites sites, Organisation organisation,
                   People people, DueDateHistory dueDates, ReviewDuties reviewDuties, Clock clock) {
        this.revisions = revisions;
        this.articles = articles;
        this.attachments = attachments;
        this.access = access;
        this.engine = engine;
        this.chains = chains;
        this.sites = sites;
        this.organisation = organisation;
        this.people = people;
        this.dueDates = dueDates;
        this.reviewDuties = reviewDuties;
        this.clock = clock;
    }

    ArticleDetail of(Article article) {
        ArticleRevision revision = revisions.findById(article.currentRevisionId());
        List<ColumnInfo> placed = revision.columnIds().stream().map(sites::column).toList();
        List<ColumnRef> columns = placed.stream()
                .map(c -> new ColumnRef(c.id(), c.name(), c.siteId(), c.siteCode(), c.siteName(), c.ownerUnit(), c.ownerUnitName(),
                        c.requiresAnnex5())).toList();
        Integer published = article.publishedRevisionId() == null ? null : revisions.findById(article.publishedRevisionId()).number();
        String chainName = placed.isEmpty() ? null : chains.chain(placed.get(0).reviewChainId()).name();
        Long interprets = revision.content().interpretsArticleId();
        String interpretsTitle = interprets == null ? null : articles.findByIdOptional(interprets)
                .map(p -> revisions.findById(p.currentRevisionId()).title()).orElse(null);
        return new ArticleDetail(article.id(), article.unitCode(), organisation.nameOf(article.unitCode()),
                article.editorialStatus(), article.editorialStatus().label(), article.publicStatus(), article.publicStatus().label(),
                revisionView(revision), published, article.dueDate(), article.dueExplanation(),
                ArticleDeadlines.overdue(article, clock), article.publishedLate(), article.indexNumber(), article.scheduledAt(),
                article.firstPublishedAt(), article.lastPublishedAt(), article.withdrawnAt(), article.withdrawalKind(),
                article.withdrawalKind() == null ? null : article.withdrawalKind().label(), article.withdrawalReason(),
                article.discardedAt(), article.discardReason(), people.nameOf(article.createdBy()), columns,
                columns.stream().anyMatch(ColumnRef::requiresAnnex5), attachments.views(article), chainName,
                engine.activeRun(ArticleSubject.TYPE, article.id()).orElse(null),
                engine.actionsFor(ArticleSubject.TYPE, article.id()), allowed(article),
                article.publicStatus() == PublicStatus.UNPUBLISHED ? null : "/items/" + article.id(),
                dueDates.of(ArticleSubject.TYPE, article.id()), interpretsTitle,
                reviewDuties.lastSeen(ArticleSubject.TYPE, article.id()).orElse(null));
    }

    private List<String> allowed(Article article) {
        List<String> allowed = new ArrayList<>();
        EditorialStatus status = article.editorialStatus();
        if (access.mayEdit(article)) {
            if (status != EditorialStatus.DISCARDED) {
                allowed.add("edit");
            }
            if (status == EditorialStatus.DRAFT || status == EditorialStatus.NEEDS_CHANGES) {
                allowed.add("submit");
                if (article.publicStatus() == PublicStatus.UNPUBLISHED) {
                    allowed.add("discard");
                }
            }
            if (status == EditorialStatus.IN_REVIEW) {
                allowed.add("cancel-review");
            }
        }
        if (access.mayWithdraw(article) && article.publicStatus() == PublicStatus.PUBLISHED) {
            allowed.add("withdraw");
        }
        return allowed;
    }

    RevisionView revisionView(ArticleRevision r) {
        ArticleContent c = r.content();
        return new RevisionView(r.id(), r.number(), c.kind(), c.infoDate(), c.important(), c.scheduledAt(), c.title(),
                c.subtitle(), c.summary(), c.body(), c.columnIds(), c.attachmentIds(), c.coverAttachmentId(), c.origin(),
                c.sourceName(), c.sourceUrl(), c.publicationForm(), c.publicationFormOther(), c.documentNumber(),
                c.validity(), c.interpretsArticleId(), r.contentHash(), r.createdBy(), r.createdByName(), r.createdAt(), c.guide());
    }
}
