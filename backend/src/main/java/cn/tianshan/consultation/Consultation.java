package cn.tianshan.consultation;

import cn.tianshan.consultation.ConsultationEnums.ConsultationPhase;
import cn.tianshan.review.PublicDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A draft document published for comment (征求意见) and, after the close, the unit's feedback. Changed under its row lock. */
@Entity
@Table(name = "consultation")
public class Consultation extends PublicDocument {

    private String summary;
    private String body;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private boolean contactRequired;
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
        c.startDraft(unitCode, createdBy, createdByName, now);
        return c;
    }

    void describe(String title, String summary, String body, LocalDateTime opensAt, LocalDateTime closesAt, boolean contactRequired,
                  String hash) {
        this.summary = summary;
        this.body = body;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.contactRequired = contactRequired;
        revise(title, hash);
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
