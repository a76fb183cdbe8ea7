package cn.tianshan.survey;

import cn.tianshan.survey.SurveyEnums.SurveyPhase;
import cn.tianshan.survey.SurveyEnums.ResultsShown;
import cn.tianshan.review.PublicDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An online survey (网上调查): its questions live in {@link SurveyQuestion}. Changed only under its row lock. */
@Entity
@Table(name = "survey")
public class Survey extends PublicDocument {

    private String description;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    @Enumerated(EnumType.STRING)
    private ResultsShown resultsShown;
    private LocalDateTime closedEarlyAt;
    private String closedEarlyNote;

    protected Survey() {
    }

    static Survey drafted(String unitCode, String createdBy, String createdByName, LocalDateTime now) {
        Survey s = new Survey();
        s.startDraft(unitCode, createdBy, createdByName, now);
        return s;
    }

    void describe(String title, String description, LocalDateTime opensAt, LocalDateTime closesAt, ResultsShown shown, String hash) {
        this.description = description;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.resultsShown = shown;
        revise(title, hash);
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
        return isPublished() && (resultsShown == ResultsShown.LIVE ? !now.isBefore(opensAt) : phase(now) == SurveyPhase.CLOSED);
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

    public LocalDateTime closedEarlyAt() {
        return closedEarlyAt;
    }

    public String closedEarlyNote() {
        return closedEarlyNote;
    }
}
