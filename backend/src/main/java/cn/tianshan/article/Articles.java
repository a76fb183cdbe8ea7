package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.ArticleRepositories.AttachmentRepository;
import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.article.ArticleViews.AttachmentView;
import cn.tianshan.article.ArticleViews.ColumnRef;
import cn.tianshan.article.ArticleViews.ArticleCommand;
import cn.tianshan.article.ArticleViews.ArticleDetail;
import cn.tianshan.article.ArticleViews.ArticlePage;
import cn.tianshan.article.ArticleViews.ArticleSummary;
import cn.tianshan.article.ArticleViews.RevisionSummary;
import cn.tianshan.article.ArticleViews.RevisionView;
import cn.tianshan.article.ArticleViews.WithdrawCommand;
import cn.tianshan.audit.AuditTrail;
import cn.tianshan.calendar.Deadline;
import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.persistence.LikePatterns;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.org.Organisation;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewEngine;
import cn.tianshan.site.Sites;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import cn.tianshan.common.persistence.RowLocks;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drafting, revising, submitting and withdrawing articles. Every save is a revision; saving over a newer
 * revision is a 409 that carries the current one; an edit during review voids older approvals.
 */
@ApplicationScoped
public class Articles {

    /** Art. 18: published within 2 working days of coming into being; important articles within 1. */
    static final int DAYS_TO_PUBLISH = 2;
    static final int DAYS_TO_PUBLISH_IMPORTANT = 1;

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final AttachmentRepository attachments;
    private final ArticleContents contents;
    private final ArticleAccess access;
    private final AttachmentStore store;
    private final Publisher publisher;
    private final ReviewEngine engine;
    private final ReviewChains chains;
    private final WorkingDays workingDays;
    private final Sites sites;
    private final Organisation organisation;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final EntityManager em;
    private final Clock clock;

    Articles(ArticleRepository articles, RevisionRepository revisions, AttachmentRepository attachments, ArticleContents contents,
          ArticleAccess access, AttachmentStore store, Publisher publisher, ReviewEngine engine, ReviewChains chains,
          WorkingDays workingDays, Sites sites, Organisation organisation, CurrentUser user, AuditTrail audit,
          EntityManager em, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.attachments = attachments;
        this.contents = contents;
        this.access = access;
        this.store = store;
        this.publisher = publisher;
        this.engine = engine;
        this.chains = chains;
        this.workingDays = workingDays;
        this.sites = sites;
        this.organisation = organisation;
        this.user = user;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public ArticleDetail create(@Valid ArticleCommand command) {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("an article belongs to a unit"));
        LocalDateTime now = Timestamps.now(clock);
        access.requireEditIn(unit);
        ArticleContent content = contents.from(command, null);
        Deadline due = deadline(content);
        Article article = Article.draft(unit, content, due.due(), due.summary(), user.username(), now);
        articles.persist(article);
        articles.flush();
        addRevision(article, content, now);
        audit.target("article", article.id());
        return detail(article);
    }

    /** Saves a new revision unless the content did not change. A stale base revision is a 409 with the current one. */
    @Transactional
    public ArticleDetail update(long id, @Valid ArticleCommand command) {
        Article article = lock(id);
        access.requireEdit(article);
        if (command.baseRevision() == null) {
            throw ProblemException.invalid("baseRevision", "required: the revision number the edit started from");
        }
        if (command.baseRevision() != article.currentRevisionNo()) {
            throw ProblemException.conflict("revision " + article.currentRevisionNo() + " was saved after revision "
                    + command.baseRevision() + " you started from; compare and save again", revisionView(current(article)));
        }
        ArticleContent content = contents.from(command, id);
        audit.target("article", id);
        if (content.hash().equals(current(article).contentHash())) {
            return detail(article);
        }
        addRevision(article, content, Timestamps.now(clock));
        if (article.editorialStatus() == EditorialStatus.IN_REVIEW) {
            engine.contentChanged(ArticleSubject.TYPE, id);
        }
        return detail(article);
    }

    @Transactional
    public ArticleDetail submit(long id) {
        Article article = lock(id);
        access.requireEdit(article);
        article.submitted(Timestamps.now(clock));
        audit.target("article", id);
        articles.flush();
        engine.submit(ArticleSubject.TYPE, id);
        return detail(article);
    }

    @Transactional
    public ArticleDetail cancelReview(long id) {
        Article article = lock(id);
        access.requireEdit(article);
        audit.target("article", id);
        engine.cancel(ArticleSubject.TYPE, id);
        return detail(article);
    }

    @Transactional
    public ArticleDetail withdraw(long id, @Valid WithdrawCommand command) {
        Article article = lock(id);
        access.requireWithdraw(article);
        audit.target("article", id);
        publisher.withdraw(article, command.kind(), command.reason().trim(), user.username());
        return detail(article);
    }

    public ArticleDetail get(long id) {
        Article article = find(id);
        access.requireRead(article);
        return detail(article);
    }

    public ArticlePage list(EditorialStatus editorial, PublicStatus publicStatus, String unit, String query, int page, int size) {
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
        }
        if (publicStatus != null) {
            clauses.add("publicStatus = :public");
            parameters.and("public", publicStatus);
        }
        if (query != null) {
            clauses.add("currentRevisionId in (select r.id from ArticleRevision r where r.title like :query escape '\\')");
            parameters.and("query", LikePatterns.containing(query));
        }
        var found = articles.find(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), Sort.descending("updatedAt", "id"),
                parameters).page(page, size);
        List<Article> listed = found.list();
        Map<Long, String> titles = revisions.titles(listed.stream().map(Article::currentRevisionId).toList());
        return new ArticlePage(listed.stream().map(article -> summary(article, titles.get(article.currentRevisionId()))).toList(),
                found.count(), page, size);
    }

    public List<RevisionSummary> revisions(long id) {
        access.requireRead(find(id));
        return revisions.of(id).stream().map(r -> new RevisionSummary(r.id(), r.number(), r.title(), r.createdByName(),
                r.createdAt(), r.contentHash())).toList();
    }

    public RevisionView revision(long id, int number) {
        access.requireRead(find(id));
        return revisions.number(id, number).map(this::revisionView)
                .orElseThrow(() -> ProblemException.notFound("revision", id + "/" + number));
    }

    @Transactional
    public AttachmentView attach(long id, String originalName, Path uploaded, long size) {
        Article article = lock(id);
        access.requireEdit(article);
        if (size > store.maxSize()) {
            throw new ProblemException(413, "payload-too-large", "附件过大", "attachments are limited to "
                    + store.maxSize() / (1024 * 1024) + " MB", List.of(new cn.tianshan.common.error.FieldError("file", "too large")), null);
        }
        String name = safeName(originalName);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(uploaded);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FileTypes.Verdict verdict = FileTypes.check(name, bytes);
        if (!verdict.accepted()) {
            throw ProblemException.invalid("file", verdict.problem());
        }
        AttachmentStore.Stored stored = store.store(bytes, FileTypes.extension(name).orElseThrow());
        Attachment attachment = Attachment.of(id, stored.name(), name, verdict.mediaType(), bytes.length, stored.sha256(),
                user.username(), Timestamps.now(clock));
        attachments.persist(attachment);
        audit.target("article-attachment", id + "/" + name);
        attachments.flush();
        return attachmentView(attachment);
    }

    public AttachmentFile attachmentFile(long articleId, long attachmentId) {
        access.requireRead(find(articleId));
        Attachment attachment = attachments.findByIdOptional(attachmentId).filter(a -> a.articleId() == articleId)
                .orElseThrow(() -> ProblemException.notFound("attachment", attachmentId));
        return new AttachmentFile(attachment.originalName(), attachment.mediaType(), store.path(attachment.storedName()));
    }

    public record AttachmentFile(String name, String mediaType, Path path) {
    }

    /** What the confidentiality review form needs to know about an article's current revision (no access check). */
    public record ArticleFacts(long id, String unitCode, String unitName, String title, long revisionId, String revisionHash,
                            ArticleEnums.Origin origin, String sourceName, ArticleEnums.PublicationForm publicationForm,
                            String publicationFormOther, EditorialStatus editorialStatus, String submittedBy) {
    }

    public ArticleFacts facts(long id) {
        Article article = find(id);
        ArticleRevision revision = current(article);
        ArticleContent c = revision.content();
        String submitter = engine.activeRun(ArticleSubject.TYPE, id).map(r -> r.submittedBy()).orElse(null);
        return new ArticleFacts(id, article.unitCode(), organisation.nameOf(article.unitCode()), c.title(), revision.id(),
                revision.contentHash(), c.origin(), c.sourceName(), c.publicationForm(), c.publicationFormOther(),
                article.editorialStatus(), submitter);
    }

    public boolean mayRead(long id) {
        return access.mayRead(find(id));
    }

    public List<cn.tianshan.review.ReviewViews.RunView> reviews(long id) {
        access.requireRead(find(id));
        return engine.history(ArticleSubject.TYPE, id);
    }

    public List<ArticleViews.UnitTimeliness> timeliness(LocalDate from, LocalDate to) {
        LocalDate today = Timestamps.now(clock).toLocalDate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT unit_code, "
                        + "SUM(CASE WHEN first_published_at IS NOT NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN published_late THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN first_published_at IS NULL AND due_date < ?3 THEN 1 ELSE 0 END) "
                        + "FROM article WHERE info_date >= ?1 AND info_date <= ?2 GROUP BY unit_code ORDER BY unit_code")
                .setParameter(1, from).setParameter(2, to).setParameter(3, today).getResultList();
        return rows.stream().map(r -> new ArticleViews.UnitTimeliness((String) r[0], organisation.nameOf((String) r[0]),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    private void addRevision(Article article, ArticleContent content, LocalDateTime now) {
        ArticleRevision revision = ArticleRevision.of(article.id(), article.currentRevisionNo() + 1, content, user.username(),
                user.displayName(), now);
        revisions.persist(revision);
        revisions.flush();
        Deadline due = deadline(content);
        article.revised(revision, due.due(), due.summary(), now);
        articles.flush();
    }

    /** Art. 18: the date the information came into being plus 2 working days, or 1 for an important article. */
    private Deadline deadline(ArticleContent content) {
        return workingDays.add(content.infoDate(), content.important() ? DAYS_TO_PUBLISH_IMPORTANT : DAYS_TO_PUBLISH);
    }

    Article lock(long id) {
        return RowLocks.lock(em, Article.class, "article", id).orElseThrow(() -> ProblemException.notFound("article", id));
    }

    private Article find(long id) {
        return articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("article", id));
    }

    private ArticleRevision current(Article article) {
        return revisions.findById(article.currentRevisionId());
    }

    private ArticleSummary summary(Article article, String title) {
        return new ArticleSummary(article.id(), title, article.kind(), article.kind().label(), article.unitCode(),
                organisation.nameOf(article.unitCode()), article.editorialStatus(), article.editorialStatus().label(),
                article.publicStatus(), article.publicStatus().label(), article.currentRevisionNo(), article.dueDate(), overdue(article),
                article.publishedLate(), article.updatedAt(), article.firstPublishedAt());
    }

    ArticleDetail detail(Article article) {
        ArticleRevision revision = current(article);
        List<ColumnRef> columns = revision.columnIds().stream().map(sites::column)
                .map(c -> new ColumnRef(c.id(), c.name(), c.siteId(), c.siteCode(), c.siteName(), c.governmentAffairs())).toList();
        Integer published = article.publishedRevisionId() == null ? null : revisions.findById(article.publishedRevisionId()).number();
        String chainName = columns.isEmpty() ? null : chains.chain(sites.column(columns.get(0).id()).reviewChainId()).name();
        List<String> allowed = new ArrayList<>();
        if (access.mayEdit(article)) {
            allowed.add("edit");
            if (article.editorialStatus() == EditorialStatus.DRAFT || article.editorialStatus() == EditorialStatus.NEEDS_CHANGES) {
                allowed.add("submit");
            }
            if (article.editorialStatus() == EditorialStatus.IN_REVIEW) {
                allowed.add("cancel-review");
            }
        }
        if (access.mayWithdraw(article) && article.publicStatus() == PublicStatus.PUBLISHED) {
            allowed.add("withdraw");
        }
        return new ArticleDetail(article.id(), article.unitCode(), organisation.nameOf(article.unitCode()), article.editorialStatus(),
                article.editorialStatus().label(), article.publicStatus(), article.publicStatus().label(), revisionView(revision),
                published, article.dueDate(), article.dueExplanation(), overdue(article), article.publishedLate(), article.indexNumber(),
                article.scheduledAt(), article.firstPublishedAt(), article.lastPublishedAt(), article.withdrawnAt(), article.withdrawalKind(),
                article.withdrawalReason(), columns, attachments.of(article.id()).stream().map(Articles::attachmentView).toList(),
                chainName, engine.activeRun(ArticleSubject.TYPE, article.id()).orElse(null),
                engine.actionsFor(ArticleSubject.TYPE, article.id()), allowed,
                article.publicStatus() == PublicStatus.UNPUBLISHED ? null : "/items/" + article.id());
    }

    private boolean overdue(Article article) {
        return article.firstPublishedAt() == null && Timestamps.now(clock).toLocalDate().isAfter(article.dueDate());
    }

    RevisionView revisionView(ArticleRevision r) {
        ArticleContent c = r.content();
        return new RevisionView(r.id(), r.number(), c.kind(), c.infoDate(), c.important(), c.scheduledAt(), c.title(),
                c.subtitle(), c.summary(), c.body(), c.columnIds(), c.attachmentIds(), c.coverAttachmentId(), c.origin(),
                c.sourceName(), c.sourceUrl(), c.publicationForm(), c.publicationFormOther(), c.documentNumber(),
                c.validity(), c.interpretsArticleId(), r.contentHash(), r.createdBy(), r.createdByName(), r.createdAt());
    }

    static AttachmentView attachmentView(Attachment a) {
        return new AttachmentView(a.id(), a.originalName(), a.mediaType(), a.sizeBytes(), a.image(), a.sha256(), a.uploadedAt());
    }

    /** Keeps the original name for downloads, without paths or control characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").trim();
        if (base.isEmpty() || base.startsWith(".")) {
            throw ProblemException.invalid("file", "the file needs a name with an extension");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
