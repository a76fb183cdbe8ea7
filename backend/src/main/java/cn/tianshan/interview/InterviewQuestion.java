package cn.tianshan.interview;

import cn.tianshan.interview.InterviewEnums.QuestionStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A question from the public, its moderation, its place in the running order and the guest's answer. */
@Entity
@Table(name = "interview_question")
public class InterviewQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long interviewId;
    private String content;
    private String askerName;
    private String sourceAddress;
    private LocalDateTime receivedAt;
    @Enumerated(EnumType.STRING)
    private QuestionStatus status;
    private String screening;
    private Integer runningOrder;
    private Long mergedWith;
    private String moderationNote;
    private String moderatedByName;
    private LocalDateTime moderatedAt;
    private String answer;
    private String answeredBy;
    private LocalDateTime answeredAt;

    protected InterviewQuestion() {
    }

    static InterviewQuestion received(long interviewId, String content, String askerName, String address, String screening,
                                      LocalDateTime now) {
        InterviewQuestion q = new InterviewQuestion();
        q.interviewId = interviewId;
        q.content = content;
        q.askerName = askerName;
        q.sourceAddress = address;
        q.screening = screening;
        q.receivedAt = now;
        q.status = QuestionStatus.PENDING;
        return q;
    }

    void accepted(int sequence, String byName, LocalDateTime now) {
        status = QuestionStatus.ACCEPTED;
        this.runningOrder = sequence;
        moderated(byName, now, null);
    }

    void merged(long into, String byName, LocalDateTime now) {
        status = QuestionStatus.MERGED;
        mergedWith = into;
        moderated(byName, now, null);
    }

    void rejected(String note, String byName, LocalDateTime now) {
        status = QuestionStatus.REJECTED;
        moderated(byName, now, note);
    }

    void answered(String text, String guest, LocalDateTime now) {
        answer = text;
        answeredBy = guest;
        answeredAt = now;
    }

    private void moderated(String byName, LocalDateTime now, String note) {
        moderatedByName = byName;
        moderatedAt = now;
        moderationNote = note;
    }

    public Long id() {
        return id;
    }

    public long interviewId() {
        return interviewId;
    }

    public String content() {
        return content;
    }

    public String askerName() {
        return askerName;
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }

    public QuestionStatus status() {
        return status;
    }

    public String screening() {
        return screening;
    }

    public Integer sequence() {
        return runningOrder;
    }

    public Long mergedInto() {
        return mergedWith;
    }

    public String moderationNote() {
        return moderationNote;
    }

    public String moderatedByName() {
        return moderatedByName;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public LocalDateTime answeredAt() {
        return answeredAt;
    }
}
