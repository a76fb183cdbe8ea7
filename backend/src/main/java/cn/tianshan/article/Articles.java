package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.article.ArticleViews.ArticleCommand;
import cn.tianshan.article.ArticleViews.ArticleDetail;
import cn.tianshan.article.ArticleViews.ArticlePage;
import cn.tianshan.article.ArticleViews.ArticleSummary;
import cn.tianshan.article.ArticleViews.DiscardCommand;
import cn.tianshan.article.ArticleViews.PolicyChoice;
import cn.tianshan.article.ArticleViews.RevisionSummary;
import cn.tianshan.article.ArticleViews.RevisionView;
import cn.tianshan.article.ArticleViews.SubmitCommand;
import cn.tianshan.article.ArticleViews.WithdrawCommand;
import cn.tianshan.audit.AuditTrail;
import cn.tianshan.calendar.Deadline;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.persistence.LikePatterns;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.review.ReviewViews.RouteStep;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.site.SiteViews.ColumnChoice;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.Sites;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drafting, revising, submitting, discarding and withdrawing articles. Every save is a revision; saving over a
 * newer revision is a 409 that carries the current one; an edit during review voids older approvals; a
 * submission names the revision on the editor's screen, so what is reviewed is exactly what they saw.
 */
@ApplicationScoped
public class Articles {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ArticleContents contents;
    private final ArticleAccess access;
    private final ArticleAttachments attachments;
    private final ArticleDeadlines deadlines;
    private final ArticleDetails details;
    private final Publisher publisher;
    private final ReviewEngine engine;
    private final Sites sites;
    private final Organisation organisation;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    Articles(ArticleRepository articles, RevisionRepository revisions, ArticleContents contents, ArticleAccess access,
             ArticleAttachments attachments, ArticleDeadlines deadlines, ArticleDetails details, Publisher publisher,
             ReviewEngine engine, Sites sites, Organisation organisation, CurrentUser user, AuditTrail audit, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.contents = contents;
        this.access = access;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.details = details;
        this.publisher = publisher;
        this.engine = engine;
        this.sites = sites;
        this.organisation = organisation;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ArticleDetail create(@Valid ArticleCommand command) {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("信息须属于一个单位，您的账号未归属单位"));
        LocalDateTime now = Timestamps.now(clock);
        access.requireEditIn(unit);
        ArticleContent content = contents.from(command, null, unit);
        Deadline due = deadlines.deadline(content);
        Article article = Article.draft(unit, content, due.due(), due.summary(), user.username(), now);
        articles.persist(article);
        articles.flush();
        addRevision(article, content, now);
        audit.target("article", article.id());
        return details.of(article);
    }

    /** Saves a new revision unless the content did not change. A stale base revision is a 409 with the current one. */
    @Transactional
    public ArticleDetail update(long id, @Valid ArticleCommand command) {
        Article article = lock(id);
        access.requireEdit(article);
        if (command.baseRevision() == null) {
            throw ProblemException.invalid("baseRevision", "请注明修改所依据的版本号");
        }
        ArticleRevision current = current(article);
        if (command.baseRevision() != article.currentRevisionNo()) {
            throw ProblemException.conflict(current.createdByName() + "在您修改期间保存了第 " + article.currentRevisionNo()
                    + " 版（您依据的是第 " + command.baseRevision() + " 版），请比较后再保存", details.revisionView(current));
        }
        ArticleContent content = contents.from(command, id, article.unitCode());
        if (article.editorialStatus() == EditorialStatus.IN_REVIEW) {
            ArticleContents.requireComplete(content);
        }
        audit.target("article", id);
        if (content.hash().equals(current.contentHash())) {
            return details.of(article);
        }
        LocalDate previousInfoDate = article.infoDate();
        LocalDate previousDue = article.dueDate();
        addRevision(article, content, Timestamps.now(clock));
        if (!previousInfoDate.equals(content.infoDate()) && engine.everSubmitted(ArticleSubject.TYPE, id)) {
            deadlines.infoDateCorrected(article, previousInfoDate, previousDue);
        }
        if (article.editorialStatus() == EditorialStatus.IN_REVIEW) {
            engine.contentChanged(ArticleSubject.TYPE, id);
        }
        return details.of(article);
    }

    /**
     * Submits the revision the editor is looking at. Refused when a newer one was saved meanwhile, when an
     * uploaded file is in no saved revision (nothing is silently left out), or when the route would not reach the
     * unit that owns the column (谁主管、谁发布).
     */
    @Transactional
    public ArticleDetail submit(long id, @Valid SubmitCommand command) {
        Article article = lock(id);
        access.requireEdit(article);
        if (command.revision() != article.currentRevisionNo()) {
            ArticleRevision current = current(article);
            throw ProblemException.conflict("您看到的是第 " + command.revision() + " 版，但" + current.createdByName()
                    + "已保存第 " + article.currentRevisionNo() + " 版：请刷新，确认内容后再送审", details.revisionView(current));
        }
        ArticleContents.requireComplete(current(article).content());
        List<String> pending = attachments.pendingNames(article);
        if (!pending.isEmpty()) {
            throw ProblemException.conflict("附件“" + String.join("”“", pending) + "”已上传但还没有保存到信息中："
                    + "请勾选后保存，或删除后再送审，以免附件被遗漏");
        }
        ColumnInfo first = sites.column(current(article).columnIds().get(0));
        if (!first.ownerUnit().equals(article.unitCode())
                && !engine.routeReaches(ArticleSubject.TYPE, id, first.ownerUnit())) {
            throw ProblemException.conflict("栏目“" + first.name() + "”由" + first.ownerUnitName() + "主管，但所用审核流程中没有"
                    + first.ownerUnitName() + "的审核环节，不能报送；请厅网站主管处室调整该栏目的审核流程");
        }
        article.submitted(Timestamps.now(clock));
        audit.target("article", id);
        articles.flush();
        engine.submit(ArticleSubject.TYPE, id);
        return details.of(article);
    }

    /** 撤回送审: the author takes the article back out of review, before anyone has decided the last step. */
    @Transactional
    public ArticleDetail cancelReview(long id) {
        Article article = lock(id);
        access.requireEdit(article);
        audit.target("article", id);
        engine.cancel(ArticleSubject.TYPE, id);
        return details.of(article);
    }

    /** An abandoned draft stops counting: it is kept, audited, and no longer overdue. */
    @Transactional
    public ArticleDetail discard(long id, @Valid DiscardCommand command) {
        Article article = lock(id);
        access.requireEdit(article);
        article.discard(command.reason().trim(), user.username(), Timestamps.now(clock));
        audit.target("article", id);
        return details.of(article);
    }

    /** 撤回发布: a published article leaves the public site, with its notice or (published in error) without. */
    @Transactional
    public ArticleDetail withdraw(long id, @Valid WithdrawCommand command) {
        Article article = lock(id);
        access.requireWithdraw(article);
        audit.target("article", id);
        publisher.withdraw(article, command.kind(), command.reason().trim(), user.username());
        return details.of(article);
    }

    public ArticleDetail get(long id) {
        Article article = find(id);
        access.requireRead(article);
        return details.of(article);
    }

    public ArticlePage list(EditorialStatus editorial, PublicStatus publicStatus, ArticleKind kind, String unit, String query,
                            int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!access.seesEveryUnit()) {
            clauses.add("unitCode = :ownUnit");
            parameters.and("ownUnit", user.unitCode().orElse("-"));
        }
        if (unit != null) {
            clauses.add("unitCode = :unit");
            parameters.and("unit", unit);
        }
        if (editorial != null) {
            clauses.add("editorialStatus = :editorial");
            parameters.and("editorial", editorial);
        } else {
            clauses.add("editorialStatus <> :discarded");
            parameters.and("discarded", EditorialStatus.DISCARDED);
        }
        if (publicStatus != null) {
            clauses.add("publicStatus = :public");
            parameters.and("public", publicStatus);
        }
        if (kind != null) {
            clauses.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (query != null) {
            clauses.add("currentRevisionId in (select r.id from ArticleRevision r where r.title like :query escape '\\' "
                    + "or r.documentNumber like :query escape '\\')");
            parameters.and("query", LikePatterns.containing(query));
        }
        var found = articles.find(String.join(" and ", clauses), Sort.descending("updatedAt", "id"), parameters).page(page, size);
        List<Article> listed = found.list();
        Map<Long, ArticleRepositories.TitleAndNumber> titles = revisions.titles(listed.stream().map(Article::currentRevisionId).toList());
        return new ArticlePage(listed.stream().map(a -> summary(a, titles.get(a.currentRevisionId()))).toList(),
                found.count(), page, size);
    }

    /** Policy documents an interpretation may link to, found by title or document number (any unit's). */
    public List<PolicyChoice> policyChoices(String query) {
        return revisions.policies(query == null ? null : LikePatterns.containing(query), 20).stream()
                .map(p -> new PolicyChoice(p.articleId(), p.title(), p.documentNumber(), organisation.nameOf(p.unitCode()),
                        p.publicStatus().label())).toList();
    }

    /** The columns the caller's unit may draft into, with owner, chain and the kinds each takes. */
    public List<ColumnChoice> columnChoices() {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("您的账号未归属单位，不能起草信息"));
        access.requireEditIn(unit);
        return sites.choicesFor(unit);
    }

    /** Each step the article would pass if submitted now, and who can act at each. */
    public List<RouteStep> route(long id) {
        access.requireRead(find(id));
        return engine.route(ArticleSubject.TYPE, id);
    }

    public List<RevisionSummary> revisions(long id) {
        access.requireRead(find(id));
        return revisions.of(id).stream().map(r -> new RevisionSummary(r.id(), r.number(), r.title(), r.createdByName(),
                r.createdAt(), r.contentHash())).toList();
    }

    public RevisionView revision(long id, int number) {
        access.requireRead(find(id));
        return revisions.number(id, number).map(details::revisionView)
                .orElseThrow(() -> ProblemException.notFound("修订版本", id + "/" + number));
    }

    @Transactional
    public ArticleViews.AttachmentView attach(long id, String originalName, java.nio.file.Path uploaded, long size) {
        return attachments.attach(lock(id), originalName, uploaded, size);
    }

    @Transactional
    public void deleteAttachment(long id, long attachmentId) {
        attachments.delete(lock(id), attachmentId);
    }

    public AttachmentFile attachmentFile(long id, long attachmentId) {
        return attachments.file(find(id), attachmentId);
    }

    public record AttachmentFile(String name, String mediaType, java.nio.file.Path path) {
    }

    public List<RunView> reviews(long id) {
        access.requireRead(find(id));
        return engine.history(ArticleSubject.TYPE, id);
    }

    /** What the confidentiality review needs to know about an article's current revision (no access check). */
    public record ArticleFacts(long id, String unitCode, String unitName, String title, long revisionId, int revisionNumber,
                               String revisionHash, ArticleEnums.Origin origin, String sourceName,
                               ArticleEnums.PublicationForm publicationForm, String publicationFormOther,
                               EditorialStatus editorialStatus, String submittedBy, boolean requiresAnnex5,
                               LocalDate dueDate, LocalDateTime submittedAt) {
    }

    public ArticleFacts facts(long id) {
        return facts(find(id));
    }

    /** Articles in review whose current revision needs the Annex 5 form, for the confidentiality reviewers' inbox. */
    public List<ArticleFacts> inReviewNeedingAnnex5() {
        return articles.list("editorialStatus", EditorialStatus.IN_REVIEW).stream().map(this::facts)
                .filter(ArticleFacts::requiresAnnex5).toList();
    }

    /** Holds the article's row for the rest of the caller's transaction (a confidentiality opinion on it, say). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockArticle(long id) {
        lock(id);
    }

    public boolean mayRead(long id) {
        return access.mayRead(find(id));
    }

    private ArticleFacts facts(Article article) {
        ArticleRevision revision = current(article);
        ArticleContent c = revision.content();
        ReviewEngine.Submission run = engine.activeSubmission(ArticleSubject.TYPE, article.id()).orElse(null);
        return new ArticleFacts(article.id(), article.unitCode(), organisation.nameOf(article.unitCode()), c.title(),
                revision.id(), revision.number(), revision.contentHash(), c.origin(), c.sourceName(), c.publicationForm(),
                c.publicationFormOther(), article.editorialStatus(), run == null ? null : run.submittedBy(),
                publisher.requiresAnnex5(revision), article.dueDate(), run == null ? null : run.submittedAt());
    }

    private void addRevision(Article article, ArticleContent content, LocalDateTime now) {
        ArticleRevision revision = ArticleRevision.of(article.id(), article.currentRevisionNo() + 1, content, user.username(),
                user.displayName(), now);
        revisions.persist(revision);
        revisions.flush();
        Deadline due = deadlines.deadline(content);
        article.revised(revision, due.due(), due.summary(), now);
        articles.flush();
    }

    Article lock(long id) {
        return articles.lock(id).orElseThrow(() -> ProblemException.notFound("信息", id));
    }

    private Article find(long id) {
        return articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("信息", id));
    }

    private ArticleRevision current(Article article) {
        return revisions.findById(article.currentRevisionId());
    }

    private ArticleSummary summary(Article a, ArticleRepositories.TitleAndNumber title) {
        return new ArticleSummary(a.id(), title == null ? null : title.title(), a.kind(), a.kind().label(), a.unitCode(),
                organisation.nameOf(a.unitCode()), a.editorialStatus(), a.editorialStatus().label(), a.publicStatus(),
                a.publicStatus().label(), a.currentRevisionNo(), a.infoDate(), a.dueDate(), ArticleDeadlines.overdue(a, clock),
                a.publishedLate(), a.updatedAt(), a.firstPublishedAt(), title == null ? null : title.documentNumber());
    }
}
