package cn.tianshan.interview;

import cn.tianshan.interview.InterviewEnums.InterviewPhase;
import cn.tianshan.review.PublicDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An online interview (在线访谈); its guests and questions are rows of their own. Changed under its row lock. */
@Entity
@Table(name = "interview")
public class Interview extends PublicDocument {

    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime recordPublishedAt;
    private String recordSummary;
    private int acceptedCount;

    protected Interview() {
    }

    static Interview drafted(String unitCode, String createdBy, String createdByName, LocalDateTime now) {
        Interview i = new Interview();
        i.startDraft(unitCode, createdBy, createdByName, now);
        return i;
    }

    void describe(String title, String description, LocalDateTime startsAt, LocalDateTime endsAt, String hash) {
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        revise(title, hash);
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

    public String description() {
        return description;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public LocalDateTime recordPublishedAt() {
        return recordPublishedAt;
    }

    public String recordSummary() {
        return recordSummary;
    }
}
