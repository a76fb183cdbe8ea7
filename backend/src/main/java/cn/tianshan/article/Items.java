package cn.tianshan.article;

import cn.tianshan.article.ItemEnums.EditorialStatus;
import cn.tianshan.article.ItemEnums.PublicStatus;
import cn.tianshan.article.ItemRepositories.AttachmentRepository;
import cn.tianshan.article.ItemRepositories.ItemRepository;
import cn.tianshan.article.ItemRepositories.RevisionRepository;
import cn.tianshan.article.ItemViews.AttachmentView;
import cn.tianshan.article.ItemViews.ColumnRef;
import cn.tianshan.article.ItemViews.ItemCommand;
import cn.tianshan.article.ItemViews.ItemDetail;
import cn.tianshan.article.ItemViews.ItemPage;
import cn.tianshan.article.ItemViews.ItemSummary;
import cn.tianshan.article.ItemViews.RevisionSummary;
import cn.tianshan.article.ItemViews.RevisionView;
import cn.tianshan.article.ItemViews.WithdrawCommand;
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
 * Drafting, revising, submitting and withdrawing items. Every save is a revision; saving over a newer
 * revision is a 409 that carries the current one; an edit during review voids older approvals.
 */
@ApplicationScoped
public class Items {

    /** Art. 18: published within 2 working days of coming into being; important items within 1. */
    static final int DAYS_TO_PUBLISH = 2;
    static final int DAYS_TO_PUBLISH_IMPORTANT = 1;

    private final ItemRepository items;
    private final RevisionRepository revisions;
    private final AttachmentRepository attachments;
    private final ItemContents contents;
    private final ItemAccess access;
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

    Items(ItemRepository items, RevisionRepository revisions, AttachmentRepository attachments, ItemContents contents,
          ItemAccess access, AttachmentStore store, Publisher publisher, ReviewEngine engine, ReviewChains chains,
          WorkingDays workingDays, Sites sites, Organisation organisation, CurrentUser user, AuditTrail audit,
          EntityManager em, Clock clock) {
        this.items = items;
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
    public ItemDetail create(@Valid ItemCommand command) {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("an item belongs to a unit"));
        LocalDateTime now = Timestamps.now(clock);
        access.requireEditIn(unit);
        ItemContent content = contents.from(command, null);
        Deadline due = deadline(content);
        Item item = Item.draft(unit, content, due.due(), due.summary(), user.username(), now);
        items.persist(item);
        items.flush();
        addRevision(item, content, now);
        audit.target("item", item.id());
        return detail(item);
    }

    /** Saves a new revision unless the content did not change. A stale base revision is a 409 with the current one. */
    @Transactional
    public ItemDetail update(long id, @Valid ItemCommand command) {
        Item item = lock(id);
        access.requireEdit(item);
        if (command.baseRevision() == null) {
            throw ProblemException.invalid("baseRevision", "required: the revision number the edit started from");
        }
        if (command.baseRevision() != item.currentRevisionNo()) {
            throw ProblemException.conflict("revision " + item.currentRevisionNo() + " was saved after revision "
                    + command.baseRevision() + " you started from; compare and save again", revisionView(current(item)));
        }
        ItemContent content = contents.from(command, id);
        audit.target("item", id);
        if (content.hash().equals(current(item).contentHash())) {
            return detail(item);
        }
        addRevision(item, content, Timestamps.now(clock));
        if (item.editorialStatus() == EditorialStatus.IN_REVIEW) {
            engine.contentChanged(ItemSubject.TYPE, id);
        }
        return detail(item);
    }

    @Transactional
    public ItemDetail submit(long id) {
        Item item = lock(id);
        access.requireEdit(item);
        item.submitted(Timestamps.now(clock));
        audit.target("item", id);
        items.flush();
        engine.submit(ItemSubject.TYPE, id);
        return detail(item);
    }

    @Transactional
    public ItemDetail cancelReview(long id) {
        Item item = lock(id);
        access.requireEdit(item);
        audit.target("item", id);
        engine.cancel(ItemSubject.TYPE, id);
        return detail(item);
    }

    @Transactional
    public ItemDetail withdraw(long id, @Valid WithdrawCommand command) {
        Item item = lock(id);
        access.requireWithdraw(item);
        audit.target("item", id);
        publisher.withdraw(item, command.kind(), command.reason().trim(), user.username());
        return detail(item);
    }

    public ItemDetail get(long id) {
        Item item = find(id);
        access.requireRead(item);
        return detail(item);
    }

    public ItemPage list(EditorialStatus editorial, PublicStatus publicStatus, String unit, String query, int page, int size) {
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
            clauses.add("currentRevisionId in (select r.id from ItemRevision r where r.title like :query escape '\\')");
            parameters.and("query", LikePatterns.containing(query));
        }
        var found = items.find(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), Sort.descending("updatedAt", "id"),
                parameters).page(page, size);
        List<Item> listed = found.list();
        Map<Long, String> titles = revisions.titles(listed.stream().map(Item::currentRevisionId).toList());
        return new ItemPage(listed.stream().map(item -> summary(item, titles.get(item.currentRevisionId()))).toList(),
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
        Item item = lock(id);
        access.requireEdit(item);
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
        audit.target("item-attachment", id + "/" + name);
        attachments.flush();
        return attachmentView(attachment);
    }

    public AttachmentFile attachmentFile(long itemId, long attachmentId) {
        access.requireRead(find(itemId));
        Attachment attachment = attachments.findByIdOptional(attachmentId).filter(a -> a.itemId() == itemId)
                .orElseThrow(() -> ProblemException.notFound("attachment", attachmentId));
        return new AttachmentFile(attachment.originalName(), attachment.mediaType(), store.path(attachment.storedName()));
    }

    public record AttachmentFile(String name, String mediaType, Path path) {
    }

    /** What the confidentiality review form needs to know about an item's current revision (no access check). */
    public record ItemFacts(long id, String unitCode, String unitName, String title, long revisionId, String revisionHash,
                            ItemEnums.Origin origin, String sourceName, ItemEnums.PublicationForm publicationForm,
                            String publicationFormOther, EditorialStatus editorialStatus, String submittedBy) {
    }

    public ItemFacts facts(long id) {
        Item item = find(id);
        ItemRevision revision = current(item);
        ItemContent c = revision.content();
        String submitter = engine.activeRun(ItemSubject.TYPE, id).map(r -> r.submittedBy()).orElse(null);
        return new ItemFacts(id, item.unitCode(), organisation.nameOf(item.unitCode()), c.title(), revision.id(),
                revision.contentHash(), c.origin(), c.sourceName(), c.publicationForm(), c.publicationFormOther(),
                item.editorialStatus(), submitter);
    }

    public boolean mayRead(long id) {
        return access.mayRead(find(id));
    }

    public List<cn.tianshan.review.ReviewViews.RunView> reviews(long id) {
        access.requireRead(find(id));
        return engine.history(ItemSubject.TYPE, id);
    }

    public List<ItemViews.UnitTimeliness> timeliness(LocalDate from, LocalDate to) {
        LocalDate today = Timestamps.now(clock).toLocalDate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT unit_code, "
                        + "SUM(CASE WHEN first_published_at IS NOT NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN published_late THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN first_published_at IS NULL AND due_date < ?3 THEN 1 ELSE 0 END) "
                        + "FROM item WHERE info_date >= ?1 AND info_date <= ?2 GROUP BY unit_code ORDER BY unit_code")
                .setParameter(1, from).setParameter(2, to).setParameter(3, today).getResultList();
        return rows.stream().map(r -> new ItemViews.UnitTimeliness((String) r[0], organisation.nameOf((String) r[0]),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    private void addRevision(Item item, ItemContent content, LocalDateTime now) {
        ItemRevision revision = ItemRevision.of(item.id(), item.currentRevisionNo() + 1, content, user.username(),
                user.displayName(), now);
        revisions.persist(revision);
        revisions.flush();
        Deadline due = deadline(content);
        item.revised(revision, due.due(), due.summary(), now);
        items.flush();
    }

    /** Art. 18: the date the information came into being plus 2 working days, or 1 for an important item. */
    private Deadline deadline(ItemContent content) {
        return workingDays.add(content.infoDate(), content.important() ? DAYS_TO_PUBLISH_IMPORTANT : DAYS_TO_PUBLISH);
    }

    Item lock(long id) {
        return RowLocks.lock(em, Item.class, "item", id).orElseThrow(() -> ProblemException.notFound("item", id));
    }

    private Item find(long id) {
        return items.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("item", id));
    }

    private ItemRevision current(Item item) {
        return revisions.findById(item.currentRevisionId());
    }

    private ItemSummary summary(Item item, String title) {
        return new ItemSummary(item.id(), title, item.kind(), item.kind().label(), item.unitCode(),
                organisation.nameOf(item.unitCode()), item.editorialStatus(), item.editorialStatus().label(),
                item.publicStatus(), item.publicStatus().label(), item.currentRevisionNo(), item.dueDate(), overdue(item),
                item.publishedLate(), item.updatedAt(), item.firstPublishedAt());
    }

    ItemDetail detail(Item item) {
        ItemRevision revision = current(item);
        List<ColumnRef> columns = revision.columnIds().stream().map(sites::column)
                .map(c -> new ColumnRef(c.id(), c.name(), c.siteId(), c.siteCode(), c.siteName(), c.governmentAffairs())).toList();
        Integer published = item.publishedRevisionId() == null ? null : revisions.findById(item.publishedRevisionId()).number();
        String chainName = columns.isEmpty() ? null : chains.chain(sites.column(columns.get(0).id()).reviewChainId()).name();
        List<String> allowed = new ArrayList<>();
        if (access.mayEdit(item)) {
            allowed.add("edit");
            if (item.editorialStatus() == EditorialStatus.DRAFT || item.editorialStatus() == EditorialStatus.NEEDS_CHANGES) {
                allowed.add("submit");
            }
            if (item.editorialStatus() == EditorialStatus.IN_REVIEW) {
                allowed.add("cancel-review");
            }
        }
        if (access.mayWithdraw(item) && item.publicStatus() == PublicStatus.PUBLISHED) {
            allowed.add("withdraw");
        }
        return new ItemDetail(item.id(), item.unitCode(), organisation.nameOf(item.unitCode()), item.editorialStatus(),
                item.editorialStatus().label(), item.publicStatus(), item.publicStatus().label(), revisionView(revision),
                published, item.dueDate(), item.dueExplanation(), overdue(item), item.publishedLate(), item.indexNumber(),
                item.scheduledAt(), item.firstPublishedAt(), item.lastPublishedAt(), item.withdrawnAt(), item.withdrawalKind(),
                item.withdrawalReason(), columns, attachments.of(item.id()).stream().map(Items::attachmentView).toList(),
                chainName, engine.activeRun(ItemSubject.TYPE, item.id()).orElse(null),
                engine.actionsFor(ItemSubject.TYPE, item.id()), allowed,
                item.publicStatus() == PublicStatus.UNPUBLISHED ? null : "/items/" + item.id());
    }

    private boolean overdue(Item item) {
        return item.firstPublishedAt() == null && Timestamps.now(clock).toLocalDate().isAfter(item.dueDate());
    }

    RevisionView revisionView(ItemRevision r) {
        ItemContent c = r.content();
        return new RevisionView(r.id(), r.number(), c.kind(), c.infoDate(), c.important(), c.scheduledAt(), c.title(),
                c.subtitle(), c.summary(), c.body(), c.columnIds(), c.attachmentIds(), c.coverAttachmentId(), c.origin(),
                c.sourceName(), c.sourceUrl(), c.publicationForm(), c.publicationFormOther(), c.documentNumber(),
                c.validity(), c.interpretsItemId(), r.contentHash(), r.createdBy(), r.createdByName(), r.createdAt());
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
