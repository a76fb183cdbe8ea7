package cn.tianshan.interview;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A guest of an interview: who answers, with their title and, if chosen, their photo. */
@Entity
@Table(name = "interview_guest")
public class InterviewGuest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long interviewId;
    private int position;
    private String name;
    private String title;
    private Long photoId;

    protected InterviewGuest() {
    }

    static InterviewGuest of(long interviewId, int position, String name, String title, Long photoId) {
        InterviewGuest g = new InterviewGuest();
        g.interviewId = interviewId;
        g.position = position;
        g.name = name;
        g.title = title;
        g.photoId = photoId;
        return g;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public Long photoId() {
        return photoId;
    }
}
