package cn.tianshan.interview;

import cn.tianshan.interview.InterviewEnums.InterviewPhase;
import cn.tianshan.review.DraftStatus;
import cn.tianshan.review.ReviewedDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An online interview (在线访谈); its guests and questions are rows of their own. Changed under its row lock. */
@Entity
@Table(name = "interview")
public class Interview implements ReviewedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    private String title;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    @Enumerated(EnumType.STRING)
    private DraftStatus status;
    private int revision;
    private String contentHash;
    private String createdBy;
    private String createdByName;
    private LocalDateTime createdAt;
    private LocalDateTime publishedAt;
    private LocalDateTime recordPublishedAt;
    private String recordSummary;
    private int acceptedCount;

    protected Interview() {
    }

    static Interview drafted(String unitCode, String createdBy, String createdByName, LocalDateTime now) {
        Interview i = new Interview();
        i.unitCode = unitCode;
        i.createdBy = createdBy;
        i.createdByName = createdByName;
        i.createdAt = now;
        i.status = DraftStatus.DRAFT;
        return i;
    }

    void describe(String title, String description, LocalDateTime startsAt, LocalDateTime endsAt, String hash) {
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        if (!hash.equals(contentHash)) {
            revision++;
            contentHash = hash;
        }
    }

    void submitted() {
        status = DraftStatus.IN_REVIEW;
    }

    @Override
    public void returned() {
        status = DraftStatus.RETURNED;
    }

    @Override
    public void cancelled() {
        status = DraftStatus.DRAFT;
    }

    void published(LocalDateTime now) {
        status = DraftStatus.PUBLISHED;
        publishedAt = now;
    }

    /** The next place in the running order, for a question accepted now. */
    int nextSequence() {
        return ++acceptedCount;
    }

    void recorded(String summary, LocalDateTime now) {
        recordSummary = summary;
        recordPublishedAt = now;
    }

    InterviewPhase phase(LocalDateTime now) {
        if (recordPublishedAt != null) {
            return InterviewPhase.RECORDED;
        }
        if (now.isBefore(startsAt)) {
            return InterviewPhase.UPCOMING;
        }
        return now.isBefore(endsAt) ? InterviewPhase.LIVE : InterviewPhase.ENDED;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String unitCode() {
        return unitCode;
    }

    @Override
    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public DraftStatus status() {
        return status;
    }

    @Override
    public int revision() {
        return revision;
    }

    @Override
    public String contentHash() {
        return contentHash;
    }

    @Override
    public String createdBy() {
        return createdBy;
    }

    public String createdByName() {
        return createdByName;
    }

    @Override
    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime publishedAt() {
        return publishedAt;
    }

    public LocalDateTime recordPublishedAt() {
        return recordPublishedAt;
    }

    public String recordSummary() {
        return recordSummary;
    }
}
