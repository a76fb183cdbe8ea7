package cn.tianshan.survey;

import cn.tianshan.survey.SurveyEnums.SurveyPhase;
import cn.tianshan.survey.SurveyEnums.ResultsShown;
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

/** An online survey (网上调查): its questions live in {@link SurveyQuestion}. Changed only under its row lock. */
@Entity
@Table(name = "survey")
public class Survey implements ReviewedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    private String title;
    private String description;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    @Enumerated(EnumType.STRING)
    private ResultsShown resultsShown;
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

    protected Survey() {
    }

    static Survey drafted(String unitCode, String createdBy, String createdByName, LocalDateTime now) {
        Survey s = new Survey();
        s.unitCode = unitCode;
        s.createdBy = createdBy;
        s.createdByName = createdByName;
        s.createdAt = now;
        s.status = DraftStatus.DRAFT;
        return s;
    }

    void describe(String title, String description, LocalDateTime opensAt, LocalDateTime closesAt, ResultsShown shown, String hash) {
        this.title = title;
        this.description = description;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.resultsShown = shown;
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

    SurveyPhase phase(LocalDateTime now) {
        if (now.isBefore(opensAt)) {
            return SurveyPhase.UPCOMING;
        }
        return now.isBefore(closesAt) ? SurveyPhase.OPEN : SurveyPhase.CLOSED;
    }

    boolean resultsPublic(LocalDateTime now) {
        return status == DraftStatus.PUBLISHED && (resultsShown == ResultsShown.LIVE ? !now.isBefore(opensAt) : phase(now) == SurveyPhase.CLOSED);
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

    public LocalDateTime opensAt() {
        return opensAt;
    }

    public LocalDateTime closesAt() {
        return closesAt;
    }

    public ResultsShown resultsShown() {
        return resultsShown;
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
}
