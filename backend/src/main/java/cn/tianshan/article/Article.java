package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleEnums.PublicStatus;
import cn.tianshan.article.ArticleEnums.WithdrawalKind;
import cn.tianshan.common.error.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * An information article (信息). Two states run side by side: the editorial one (draft, in review, …) and the
 * public one (unpublished, published, withdrawn, removed); a correction is reviewed while the published
 * revision stays public.
 */
@Entity
@Table(name = "article")
public class Article {

    private static final Set<EditorialStatus> EDITABLE = EnumSet.of(EditorialStatus.DRAFT, EditorialStatus.NEEDS_CHANGES,
            EditorialStatus.IN_REVIEW, EditorialStatus.SCHEDULED, EditorialStatus.DONE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    @Enumerated(EnumType.STRING)
    private ArticleKind kind;
    @Enumerated(EnumType.STRING)
    private EditorialStatus editorialStatus;
    @Enumerated(EnumType.STRING)
    private PublicStatus publicStatus;
    private Long currentRevisionId;
    private int currentRevisionNo;
    private Long publishedRevisionId;
    private LocalDate infoDate;
    private boolean important;
    private LocalDate dueDate;
    private String dueExplanation;
    private String indexNumber;
    private LocalDateTime scheduledAt;
    private LocalDateTime firstPublishedAt;
    private LocalDateTime lastPublishedAt;
    private LocalDateTime correctedAt;
    private Boolean publishedLate;
    private LocalDateTime withdrawnAt;
    @Enumerated(EnumType.STRING)
    private WithdrawalKind withdrawalKind;
    private String withdrawalReason;
    private String withdrawnBy;
    private LocalDateTime discardedAt;
    private String discardedBy;
    private String discardReason;
    private String createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    protected Article() {
    }

    static Article draft(String unitCode, ArticleContent content, LocalDate dueDate, String dueExplanation, String by,
                      LocalDateTime at) {
        Article article = new Article();
        article.unitCode = unitCode;
        article.kind = content.kind();
        article.infoDate = content.infoDate();
        article.important = content.important();
        article.dueDate = dueDate;
        article.dueExplanation = dueExplanation;
        article.editorialStatus = EditorialStatus.DRAFT;
        article.publicStatus = PublicStatus.UNPUBLISHED;
        article.createdBy = by;
        article.createdAt = at;
        article.updatedAt = at;
        return article;
    }

    /** A new revision became current; an approved-and-scheduled or published article needs review again. */
    void revised(ArticleRevision revision, LocalDate dueDate, String dueExplanation, LocalDateTime at) {
        if (!EDITABLE.contains(editorialStatus)) {
            throw ProblemException.conflict("信息" + editorialStatus.label() + "，不能再修改");
        }
        this.currentRevisionId = revision.id();
        this.currentRevisionNo = revision.number();
        this.kind = revision.kind();
        this.infoDate = revision.infoDate();
        this.important = revision.important();
        this.scheduledAt = revision.scheduledAt();
        this.dueDate = dueDate;
        this.dueExplanation = dueExplanation;
        if (editorialStatus == EditorialStatus.SCHEDULED || editorialStatus == EditorialStatus.DONE) {
            editorialStatus = EditorialStatus.DRAFT;
        }
        this.updatedAt = at;
    }

    void submitted(LocalDateTime at) {
        require(EnumSet.of(EditorialStatus.DRAFT, EditorialStatus.NEEDS_CHANGES), "送审");
        editorialStatus = EditorialStatus.IN_REVIEW;
        updatedAt = at;
    }

    void reviewCancelled(LocalDateTime at) {
        require(EnumSet.of(EditorialStatus.IN_REVIEW), "撤回送审");
        editorialStatus = EditorialStatus.DRAFT;
        updatedAt = at;
    }

    void returned(LocalDateTime at) {
        require(EnumSet.of(EditorialStatus.IN_REVIEW), "退回");
        editorialStatus = EditorialStatus.NEEDS_CHANGES;
        updatedAt = at;
    }

    void approvedForLater(LocalDateTime at) {
        require(EnumSet.of(EditorialStatus.IN_REVIEW), "定时发布");
        editorialStatus = EditorialStatus.SCHEDULED;
        updatedAt = at;
    }

    /** An abandoned draft leaves the books: never published, not in review. */
    void discard(String reason, String by, LocalDateTime at) {
        require(EnumSet.of(EditorialStatus.DRAFT, EditorialStatus.NEEDS_CHANGES), "废弃");
        if (publicStatus != PublicStatus.UNPUBLISHED) {
            throw ProblemException.conflict("信息已经发布过，不能废弃；如需下线请撤回发布");
        }
        editorialStatus = EditorialStatus.DISCARDED;
        discardReason = reason;
        discardedBy = by;
        discardedAt = at;
        updatedAt = at;
    }

    /** The calendar changed, or the information date was corrected: the Art. 18 due date moves. */
    void dueMoved(LocalDate due, String explanation) {
        this.dueDate = due;
        this.dueExplanation = explanation;
    }

    void assignIndexNumber(String number) {
        if (indexNumber == null) {
            indexNumber = number;
        }
    }

    /**
     * The current revision goes public now; the time is the server's and is never earlier than a previous
     * publication. Returns true for a first publication, false for a correction.
     */
    boolean publish(LocalDateTime now) {
        require(EnumSet.of(EditorialStatus.IN_REVIEW, EditorialStatus.SCHEDULED), "发布");
        boolean first = firstPublishedAt == null;
        if (first) {
            firstPublishedAt = now;
            publishedLate = now.toLocalDate().isAfter(dueDate);
        }
        lastPublishedAt = lastPublishedAt != null && lastPublishedAt.isAfter(now) ? lastPublishedAt : now;
        if (!first) {
            correctedAt = lastPublishedAt;
        }
        publishedRevisionId = currentRevisionId;
        publicStatus = PublicStatus.PUBLISHED;
        editorialStatus = EditorialStatus.DONE;
        withdrawnAt = null;
        withdrawalKind = null;
        withdrawalReason = null;
        withdrawnBy = null;
        updatedAt = now;
        return first;
    }

    void withdraw(WithdrawalKind how, String reason, String by, LocalDateTime at) {
        if (publicStatus != PublicStatus.PUBLISHED) {
            throw ProblemException.conflict("只有已发布的信息才能撤回发布，此信息" + publicStatus.label());
        }
        publicStatus = how == WithdrawalKind.PUBLISHED_IN_ERROR ? PublicStatus.REMOVED : PublicStatus.WITHDRAWN;
        withdrawalKind = how;
        withdrawalReason = reason;
        withdrawnBy = by;
        withdrawnAt = at;
        updatedAt = at;
    }

    private void require(Set<EditorialStatus> allowed, String action) {
        if (!allowed.contains(editorialStatus)) {
            throw ProblemException.conflict("信息" + editorialStatus.label() + "，不能" + action);
        }
    }

    /** When a later revision last replaced the first published one; null if the article was never corrected. */
    public LocalDateTime correctedAt() {
        return correctedAt;
    }

    public Long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public ArticleKind kind() {
        return kind;
    }

    public EditorialStatus editorialStatus() {
        return editorialStatus;
    }

    public PublicStatus publicStatus() {
        return publicStatus;
    }

    public Long currentRevisionId() {
        return currentRevisionId;
    }

    public int currentRevisionNo() {
        return currentRevisionNo;
    }

    public Long publishedRevisionId() {
        return publishedRevisionId;
    }

    public LocalDate infoDate() {
        return infoDate;
    }

    public boolean important() {
        return important;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String dueExplanation() {
        return dueExplanation;
    }

    public String indexNumber() {
        return indexNumber;
    }

    public LocalDateTime scheduledAt() {
        return scheduledAt;
    }

    public LocalDateTime firstPublishedAt() {
        return firstPublishedAt;
    }

    public LocalDateTime lastPublishedAt() {
        return lastPublishedAt;
    }

    public Boolean publishedLate() {
        return publishedLate;
    }

    public LocalDateTime withdrawnAt() {
        return withdrawnAt;
    }

    public WithdrawalKind withdrawalKind() {
        return withdrawalKind;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public LocalDateTime discardedAt() {
        return discardedAt;
    }

    public String discardReason() {
        return discardReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
