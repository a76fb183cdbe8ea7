package cn.tianshan.review;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;

/**
 * The columns and lifecycle every reviewed public document shares (a survey, a consultation, an interview): its
 * unit and author, its title, where it stands in review, and the revision approvals are bound to.
 */
@MappedSuperclass
public abstract class PublicDocument implements ReviewedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    private String title;
    @Enumerated(EnumType.STRING)
    private DraftStatus status;
    private int revision;
    private String contentHash;
    private String createdBy;
    private String createdByName;
    private LocalDateTime createdAt;
    private LocalDateTime publishedAt;

    protected PublicDocument() {
    }

    /** A new draft of {@code unitCode} by its author. */
    protected void startDraft(String unitCode, String createdBy, String createdByName, LocalDateTime now) {
        this.unitCode = unitCode;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = now;
        this.status = DraftStatus.DRAFT;
    }

    /** A new title and content; a content with another hash is a new revision (approvals of the old one lapse). */
    protected void revise(String title, String hash) {
        this.title = title;
        if (!hash.equals(contentHash)) {
            revision++;
            contentHash = hash;
        }
    }

    public void submitted() {
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

    public void published(LocalDateTime now) {
        status = DraftStatus.PUBLISHED;
        publishedAt = now;
    }

    public boolean isPublished() {
        return status == DraftStatus.PUBLISHED;
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
}
