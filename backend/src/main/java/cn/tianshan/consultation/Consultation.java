package cn.tianshan.consultation;

import cn.tianshan.review.DraftStatus;
import cn.tianshan.consultation.ConsultationEnums.ConsultationPhase;
import cn.tianshan.review.ReviewedDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A draft document published for comment (征求意见) and, after the close, the unit's feedback. Changed under its row lock. */
@Entity
@Table(name = "consultation")
public class Consultation implements ReviewedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    private String title;
    private String summary;
    private String body;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private boolean contactRequired;
    @Enumerated(EnumType.STRING)
    private DraftStatus status;
    private int revision;
    private String contentHash;
    private String createdBy;
    private String createdByName;
    private LocalDateTime createdAt;
    private LocalDateTime publishedAt;
    private LocalDateTime closedEarlyAt;
    private String closedEarlyNote;
    private String feedbackAdopted;
    private String feedbackNotAdopted;
    private Integer feedbackAdoptedCount;
    private Integer feedbackCommentCount;
    private LocalDateTime feedbackAt;
    private String feedbackByName;

    protected Consultation() {
    }

    static Consultation drafted(String unitCode, String createdBy, String createdByName, LocalDateTime now) {
        Consultation c = new Consultation();
        c.unitCode = unitCode;
        c.createdBy = createdBy;
        c.createdByName = createdByName;
        c.createdAt = now;
        c.status = DraftStatus.DRAFT;
        return c;
    }

    void describe(String title, String summary, String body, LocalDateTime opensAt, LocalDateTime closesAt, boolean contactRequired,
                  String hash) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.contactRequired = contactRequired;
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

    void closeEarly(LocalDateTime now, String note) {
        closedEarlyAt = now;
        closedEarlyNote = note;
        closesAt = now;
    }

    void feedback(String adopted, String notAdopted, int adoptedCount, int commentCount, String byName, LocalDateTime now) {
        feedbackAdopted = adopted;
        feedbackNotAdopted = notAdopted;
        feedbackAdoptedCount = adoptedCount;
        feedbackCommentCount = commentCount;
        feedbackByName = byName;
        feedbackAt = now;
    }

    ConsultationPhase phase(LocalDateTime now) {
        if (feedbackAt != null) {
            return ConsultationPhase.CONCLUDED;
        }
        if (now.isBefore(opensAt)) {
            return ConsultationPhase.UPCOMING;
        }
        return now.isBefore(closesAt) ? ConsultationPhase.OPEN : ConsultationPhase.AWAITING_FEEDBACK;
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

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public LocalDateTime opensAt() {
        return opensAt;
    }

    public LocalDateTime closesAt() {
        return closesAt;
    }

    public boolean contactRequired() {
        return contactRequired;
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

    public LocalDateTime closedEarlyAt() {
        return closedEarlyAt;
    }

    public String closedEarlyNote() {
        return closedEarlyNote;
    }

    public String feedbackAdopted() {
        return feedbackAdopted;
    }

    public String feedbackNotAdopted() {
        return feedbackNotAdopted;
    }

    public Integer feedbackAdoptedCount() {
        return feedbackAdoptedCount;
    }

    public Integer feedbackCommentCount() {
        return feedbackCommentCount;
    }

    public LocalDateTime feedbackAt() {
        return feedbackAt;
    }

    public String feedbackByName() {
        return feedbackByName;
    }
}
